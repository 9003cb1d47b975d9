package uk.frontdoor.staff.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import uk.frontdoor.applicant.registration.InvitedApplicants;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.CalendarFiles;
import uk.frontdoor.testing.Mailbox;
import uk.frontdoor.testing.WebClient;

/**
 * Staff change or cancel a preparation training session still to come, or cancel a whole course, and everyone
 * enrolled is told by email (no personal details), with a calendar file of their sessions as they now are when a
 * session moves.
 */
@MicronautTest(transactional = false)
class ChangingATrainingSessionTest extends AppTest {
    @Inject
    StaffFixture staff;
    @Inject
    InvitedApplicants applicants;
    @Inject
    Sql sql;

    private WebClient officer;
    private long courseId;
    private List<Long> sessions;
    private InvitedApplicants.Invited person;
    private String title;

    private void aCourseWithSomeoneEnrolled() {
        clock.set(Instant.parse("2027-01-10T09:00:00Z"));
        officer = staff.signIn(client(), staff.person("Sam Sessions", Role.RECRUITMENT_OFFICER, staff.team("se-recruitment")));
        title = "Stage One prep " + UUID.randomUUID();
        officer.get("/staff/training/new");
        assertEquals(200, officer.submit("/staff/training/new", PreparationTrainingTest.course(title, "STAGE_ONE", "12")).status());
        courseId = sql.one("SELECT id FROM training_course WHERE title = ?", rs -> rs.getLong(1), title).orElseThrow();
        sessions = sql.list("SELECT id FROM training_session WHERE course_id = ? ORDER BY starts_at", rs -> rs.getLong(1),
                courseId);
        person = applicants.invite(uniqueEmail("trainee"));
        sql.update("UPDATE adopter_journey SET state = 'STAGE_ONE' WHERE id = ?", person.journey().id());
        WebClient browser = applicants.signIn(client(), person.email());
        browser.get("/account/training");
        browser.submit("/account/training/" + courseId, Map.of());
    }

    private static String sessionUid(long sessionId) {
        return "training-session-" + sessionId + "@frontdoor";
    }

    /** The calendar file this person was sent when they enrolled. */
    private net.fortuna.ical4j.model.Calendar invitation() throws Exception {
        return CalendarFiles.attached(awaitSubject("You have a place on a preparation course: " + title),
                "sessions.ics", "PUBLISH");
    }

    private MimeMessage awaitSubject(String subject) {
        return Mailbox.awaitSubject(person.email(), subject, Duration.ofSeconds(20));
    }

    private static Map<String, String> session(int n, String day, String month, String start, String end, String venue) {
        Map<String, String> form = new HashMap<>();
        form.put("session" + n + "-day", day);
        form.put("session" + n + "-month", month);
        form.put("session" + n + "-year", "2027");
        form.put("session" + n + "Start", start);
        form.put("session" + n + "End", end);
        form.put("session" + n + "Venue", venue);
        return form;
    }

    @Test
    void a_session_moved_emails_everyone_enrolled_a_calendar_of_their_sessions_in_summer_and_winter_time() throws Exception {
        aCourseWithSomeoneEnrolled();
        long second = sessions.get(1);
        String change = "/staff/training/sessions/" + second + "/change";
        var form = officer.get(change).html();
        assertEquals("10", form.getElementById("session2").val(), "the session's day as it stands");
        assertEquals("10:00", form.getElementById("session2Start").val());

        var refused = officer.post(change, session(2, "10", "7", "16:00", "10:00", "Southwark office"));
        assertEquals(422, refused.status());
        assertEquals(List.of("End time must be after the start time"), refused.errorSummary());
        assertEquals(List.of("The session’s new date and time must be in the future"),
                officer.post(change, session(2, "1", "1", "10:00", "12:00", "Southwark office")).errorSummary());

        sql.update("INSERT INTO training_session_reminder (session_id, enrolment_id, sent_at) SELECT ?, id, ? "
                + "FROM training_enrolment WHERE course_id = ?", second, LocalDateTime.of(2027, 1, 10, 9, 0), courseId);
        var saved = officer.post(change, session(2, "10", "7", "10:00", "16:00", "Lambeth office, 2 Example Road"));
        assertEquals(303, saved.status());
        assertTrue(officer.open(saved.location()).html().select(".govuk-notification-banner").text()
                .contains("The session has been changed and everyone enrolled has been emailed."));

        MimeMessage sent = awaitSubject("A session of your preparation course has changed: " + title);
        MimeMultipart parts = (MimeMultipart) sent.getContent();
        String body = String.valueOf(parts.getBodyPart(0).getContent());
        assertFalse(body.contains(person.email()), "no personal details");
        String ics = new String(parts.getBodyPart(1).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        List<OffsetDateTime> starts = new CalendarBuilder().build(new StringReader(ics)).getComponents("VEVENT").stream()
                .map(c -> ((ZonedDateTime) ((VEvent) c).getDateTimeStart().getDate()).toOffsetDateTime()).sorted().toList();
        assertEquals(List.of(OffsetDateTime.parse("2027-03-03T10:00Z"), OffsetDateTime.parse("2027-07-10T10:00+01:00")),
                starts,
                "both sessions at their local times, one in winter (GMT) and one in summer (BST)");
        assertEquals("2027-07-10T09:00", sql.one("SELECT starts_at FROM training_session WHERE id = ?",
                rs -> rs.getObject(1, LocalDateTime.class), second).orElseThrow().toString(), "stored in UTC");
        assertEquals(0, sql.count("SELECT COUNT(*) FROM training_session_reminder WHERE session_id = ?", second),
                "a moved session is reminded again before its new day");
    }

    @Test
    void a_session_is_cancelled_with_everyone_told_but_a_course_keeps_its_last_session_and_past_ones_stay() throws Exception {
        aCourseWithSomeoneEnrolled();
        var invitation = invitation(); // sent before the session goes (the file is built when it is sent)
        java.util.Set<String> invited = CalendarFiles.statusByUid(invitation).keySet();
        String cancel = "/staff/training/sessions/" + sessions.get(0) + "/cancel";
        assertEquals(200, officer.get(cancel).status());
        assertEquals(303, officer.post(cancel, Map.of()).status());
        MimeMessage told = awaitSubject("A session of your preparation course is cancelled: " + title);
        assertTrue(Mailbox.body(told).contains("The attached calendar file takes it out of your calendar"));
        var cancelling = CalendarFiles.attached(told, "cancelled.ics", "CANCEL");
        assertEquals(Map.of(sessionUid(sessions.get(0)), "CANCELLED"), CalendarFiles.statusByUid(cancelling),
                "the cancelled session's entry, by the UID of the file they were sent when they enrolled");
        assertTrue(CalendarFiles.sequences(cancelling).get(0) > CalendarFiles.sequences(invitation).get(0),
                "a calendar takes it as later than the entry it cancels, even sent in the same second");
        assertTrue(invited.containsAll(CalendarFiles.statusByUid(cancelling).keySet()), invited.toString());
        assertEquals(List.of(sessions.get(1)), sql.list("SELECT id FROM training_session WHERE course_id = ?",
                rs -> rs.getLong(1), courseId));

        String last = "/staff/training/sessions/" + sessions.get(1) + "/cancel";
        var refused = officer.post(last, Map.of());
        assertEquals(422, refused.status());
        assertEquals(List.of("This is the course’s only session, so it cannot be cancelled on its own"),
                refused.errorSummary());

        clock.set(Instant.parse("2027-03-20T09:00:00Z"));
        officer = staff.signIn(client(), staff.person("Sam Later", Role.RECRUITMENT_OFFICER, staff.team("se-recruitment")));
        assertEquals(404, officer.get("/staff/training/sessions/" + sessions.get(1) + "/change").status(),
                "a session that has taken place is not changed");
        assertFalse(officer.get("/staff/training/" + courseId).body().contains("/cancel"));
    }

    @Test
    void a_whole_course_is_cancelled_everyone_is_told_and_freed_to_choose_another_but_not_once_it_has_started()
            throws Exception {
        aCourseWithSomeoneEnrolled();
        String cancel = "/staff/training/" + courseId + "/cancel";
        var course = officer.get("/staff/training/" + courseId).html();
        assertEquals(1, course.select("a#cancel-course[href=" + cancel + "]").size());
        assertEquals("People enrolled: 1", officer.get(cancel).html().getElementById("enrolled").text());

        var done = officer.post(cancel, Map.of());
        assertEquals(303, done.status());
        var after = officer.open(done.location()).html();
        assertEquals("The course has been cancelled and everyone who was enrolled has been emailed.",
                after.select(".govuk-notification-banner__heading").text());
        assertEquals("Cancelled", after.getElementById("course-cancelled").text());
        assertTrue(after.select("a[href$=/change], a[href$=/cancel]").isEmpty(), "nothing left to change or cancel");
        MimeMessage told = awaitSubject("Your preparation course is cancelled: " + title);
        String body = Mailbox.body(told);
        assertTrue(body.contains("You can choose another course in your account"), body);
        var cancelling = CalendarFiles.attached(told, "cancelled.ics", "CANCEL");
        assertEquals(Map.of(sessionUid(sessions.get(0)), "CANCELLED", sessionUid(sessions.get(1)), "CANCELLED"),
                CalendarFiles.statusByUid(cancelling), "every session of the course out of their calendar");
        assertEquals(CalendarFiles.statusByUid(invitation()).keySet(), CalendarFiles.statusByUid(cancelling).keySet());
        assertFalse(body.contains(person.email()), "no personal details");

        WebClient browser = applicants.signIn(client(), person.email());
        String choices = browser.get("/account/training").body();
        assertFalse(choices.contains(title), "the cancelled course is neither theirs nor offered to anyone");
        assertEquals(0, sql.count("SELECT places_taken FROM training_course WHERE id = ?", courseId));
        assertEquals(404, officer.post(cancel, Map.of()).status(), "cancelled once only");
        assertEquals(404, officer.get("/staff/training/sessions/" + sessions.get(0) + "/change").status());
        assertEquals(1, sql.count("SELECT COUNT(*) FROM audit_event WHERE action = 'CANCEL_COURSE' AND subject_id = ? "
                + "AND detail = '1 enrolled emailed'", courseId));

        // another course, whose first session has taken place: its later sessions can go, the course cannot
        aCourseWithSomeoneEnrolled();
        clock.set(Instant.parse("2027-03-20T09:00:00Z"));
        officer = staff.signIn(client(), staff.person("Sam Later", Role.RECRUITMENT_OFFICER, staff.team("se-recruitment")));
        assertTrue(officer.get("/staff/training/" + courseId).html().select("#cancel-course").isEmpty());
        var refused = officer.post("/staff/training/" + courseId + "/cancel", Map.of());
        assertEquals(422, refused.status());
        assertEquals(List.of("The course has started, so it cannot be cancelled. Cancel its sessions still to come instead"),
                refused.errorSummary());
    }

    @Test
    void a_course_renamed_emails_everyone_enrolled_their_sessions_under_its_new_name_but_never_below_the_places_taken()
            throws Exception {
        aCourseWithSomeoneEnrolled();
        String change = "/staff/training/" + courseId + "/change";
        assertEquals(title, officer.get(change).html().select("input#title").val());
        var second = applicants.invite(uniqueEmail("trainee-two"));
        sql.update("UPDATE adopter_journey SET state = 'STAGE_ONE' WHERE id = ?", second.journey().id());
        WebClient browser = applicants.signIn(client(), second.email());
        browser.get("/account/training");
        browser.submit("/account/training/" + courseId, Map.of());
        var refused = officer.post(change, Map.of("title", "", "capacity", "1"));
        assertEquals(422, refused.status());
        assertEquals(List.of("Enter a course title", "Number of places must be at least 2, the number of places taken"),
                refused.errorSummary());

        String renamed = "Stage One preparation " + UUID.randomUUID();
        var saved = officer.post(change, Map.of("title", renamed, "capacity", "15"));
        assertEquals(303, saved.status());
        assertEquals("The course has been changed. If its title changed, everyone enrolled has been emailed.",
                officer.open(saved.location()).html().select(".govuk-notification-banner__heading").text());
        MimeMessage sent = awaitSubject("Your preparation course has a new name: " + renamed);
        MimeMultipart parts = (MimeMultipart) sent.getContent();
        String ics = new String(parts.getBodyPart(1).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(ics.contains("SUMMARY:" + renamed), "the calendar file carries the new name");
        assertFalse(String.valueOf(parts.getBodyPart(0).getContent()).contains(person.email()), "no personal details");
        assertEquals(15, sql.count("SELECT capacity FROM training_course WHERE id = ?", courseId));
    }
}
