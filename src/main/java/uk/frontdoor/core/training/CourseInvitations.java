package uk.frontdoor.core.training;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import uk.frontdoor.core.events.CalendarInvitation;
import uk.frontdoor.core.notify.EmailAttachments;
import uk.frontdoor.core.notify.EmailTemplate;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.mail.OutgoingEmail;

/**
 * Attaches a calendar file of every session of the course to an enrolment's confirmation, and to the email that tells
 * them a session's time or place has changed, built when the email is sent, so it holds the sessions as they are then.
 * Each session's UID is stable, so a calendar replaces rather than repeats a session it already has. When a session or
 * the whole course is cancelled, the email's file cancels those entries (the same UIDs) instead.
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
        boolean published = template == EmailTemplate.TRAINING_ENROLLED
                || template == EmailTemplate.TRAINING_SESSION_CHANGED
                || template == EmailTemplate.TRAINING_COURSE_CHANGED;
        boolean courseCancelled = template == EmailTemplate.TRAINING_COURSE_CANCELLED;
        boolean sessionCancelled = template == EmailTemplate.TRAINING_SESSION_CANCELLED
                && params.containsKey("sessionId");
        if (!(published || courseCancelled || sessionCancelled) || !params.containsKey("enrolmentId")) {
            return List.of();
        }
        return sql.one("SELECT course_id FROM training_enrolment WHERE id = ?", rs -> rs.getLong(1),
                        Long.parseLong(params.get("enrolmentId")))
                .flatMap(training::find)
                .map(course -> {
                    if (sessionCancelled) { // the session is gone: what its calendar entry needs came with the email
                        List<CalendarInvitation.Entry> gone = List.of(new CalendarInvitation.Entry(
                                uid(Long.parseLong(params.get("sessionId"))), course.title(),
                                LocalDateTime.parse(params.get("startsAt")), LocalDateTime.parse(params.get("endsAt")),
                                null, null));
                        return file("cancelled.ics", CalendarInvitation.CANCELLED,
                                CalendarInvitation.cancelling(gone, clock.instant()));
                    }
                    List<CalendarInvitation.Entry> sessions = training.sessions(course.id()).stream()
                            .map(s -> new CalendarInvitation.Entry(uid(s.id()), course.title(), s.startsAt(),
                                    s.endsAt(), s.venueAddress(), courseCancelled ? null : s.joiningLink()))
                            .toList();
                    return courseCancelled
                            ? file("cancelled.ics", CalendarInvitation.CANCELLED,
                                    CalendarInvitation.cancelling(sessions, clock.instant()))
                            : file("sessions.ics", CalendarInvitation.PUBLISHED,
                                    CalendarInvitation.of(sessions, clock.instant()));
                })
                .orElse(List.of());
    }

    private static String uid(long sessionId) {
        return "training-session-" + sessionId + "@frontdoor";
    }

    private static List<OutgoingEmail.Attachment> file(String name, String type, String calendar) {
        return List.of(new OutgoingEmail.Attachment(name, type, calendar.getBytes(StandardCharsets.UTF_8)));
    }
}
