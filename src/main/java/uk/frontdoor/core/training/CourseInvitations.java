package uk.frontdoor.core.training;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import uk.frontdoor.core.events.CalendarInvitation;
import uk.frontdoor.core.notify.EmailAttachments;
import uk.frontdoor.core.notify.EmailTemplate;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.mail.OutgoingEmail;

/**
 * Attaches a calendar file of every session of the course to an enrolment's confirmation, and to the email that tells
 * them a session's time or place has changed, built when the email is
 * sent, so it holds the sessions as they are then. Each session's UID is stable, so a calendar replaces rather than
 * repeats a session it already has.
 */
@Singleton
class CourseInvitations implements EmailAttachments {
    private final Sql sql;
    private final Training training;
    private final Clock clock;

    CourseInvitations(Sql sql, Training training, Clock clock) {
        this.sql = sql;
        this.training = training;
        this.clock = clock;
    }

    @Override
    public List<OutgoingEmail.Attachment> attachmentsFor(EmailTemplate template, Map<String, String> params) {
        if (template != EmailTemplate.TRAINING_ENROLLED && template != EmailTemplate.TRAINING_SESSION_CHANGED
                && template != EmailTemplate.TRAINING_COURSE_CHANGED || !params.containsKey("enrolmentId")) {
            return List.of();
        }
        return sql.one("SELECT course_id FROM training_enrolment WHERE id = ?", rs -> rs.getLong(1),
                        Long.parseLong(params.get("enrolmentId")))
                .flatMap(training::find)
                .map(course -> List.of(new OutgoingEmail.Attachment("sessions.ics", "text/calendar; charset=UTF-8; method=PUBLISH",
                        CalendarInvitation.of(training.sessions(course.id()).stream()
                                .map(s -> new CalendarInvitation.Entry("training-session-" + s.id() + "@frontdoor",
                                        course.title(), s.startsAt(), s.endsAt(), s.venueAddress(), s.joiningLink()))
                                .toList(), clock.instant()).getBytes(StandardCharsets.UTF_8))))
                .orElse(List.of());
    }
}
