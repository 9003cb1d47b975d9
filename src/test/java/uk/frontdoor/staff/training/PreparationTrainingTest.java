package uk.frontdoor.staff.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.frontdoor.applicant.registration.InvitedApplicants;
import uk.frontdoor.core.applicant.Applicant;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.training.SessionReminders;
import uk.frontdoor.core.training.Training;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Mailbox;
import uk.frontdoor.testing.WebClient;

@MicronautTest(transactional = false)
class PreparationTrainingTest extends AppTest {
    @Inject
    StaffFixture staff;
    @Inject
    InvitedApplicants applicants;
    @Inject
    Training training;
    @Inject
    Sql sql;
    @Inject
    SessionReminders reminders;
    @Inject
    CompletedTrainings completions;

    private WebClient officer() {
        return staff.signIn(client(), staff.person("Tara Trainer", Role.RECRUITMENT_OFFICER, staff.team("se-recruitment")));
    }

    static Map<String, String> course(String title, String stage, String capacity) {
        Map<String, String> f = new HashMap<>();
        f.put("title", title);
        f.put("stage", stage);
        f.put("capacity", capacity);
        f.put("session1-day", "3");
        f.put("session1-month", "3");
        f.put("session1-year", "2027");
        f.put("session1Start", "10:00");
        f.put("session1End", "16:00");
        f.put("session1Venue", "Southwark office, 1 Example Street");
        f.put("session2-day", "10");
        f.put("session2-month", "3");
        f.put("session2-year", "2027");
        f.put("session2Start", "10:00");
        f.put("session2End", "16:00");
        f.put("session2Venue", "https://meet.example.org/prep");
        return f;
    }

    private long createCourse(WebClient client, String title, String stage, int capacity) {
        client.get("/staff/training/new");
        var page = client.submit("/staff/training/new", course(title, stage, String.valueOf(capacity)));
        assertEquals(200, page.status());
        return sql.one("SELECT id FROM training_course WHERE title = ?", rs -> rs.getLong(1), title).orElseThrow();
    }

    private InvitedApplicants.Invited inStage(String stage) {
        var person = applicants.invite(uniqueEmail("trainee"));
        sql.update("UPDATE adopter_journey SET state = ? WHERE id = ?", stage, person.journey().id());
        return person;
    }

    @ParameterizedTest(name = "{0}={1}: {3}")
    @CsvSource(delimiter = '|', value = {
        "title|''|title|Enter a course title",
        "stage|''|stage|Select the stage the course serves",
        "capacity|0|capacity|Number of places must be 1 or more",
        "capacity|many|capacity|Number of places must be a whole number, like 12",
        "session1End|09:00|session1End|End time must be after the start time",
        "session1Venue|''|session1Venue|Enter a venue address or a joining link",
        "session2Venue|http://insecure.example.org|session2Venue|Enter a joining link that starts with https://",
        "session1-month|13|session1|Date must be a real date, for example 27 3 2027",
    })
    void a_bad_course_is_explained_and_not_saved(String field, String value, String errorField, String message) {
        WebClient client = officer();
        client.get("/staff/training/new");
        String title = "Bad course " + UUID.randomUUID();
        Map<String, String> form = course(title, "STAGE_ONE", "12");
        form.put(field, value);
        var page = client.post("/staff/training/new", form);
        assertEquals(422, page.status());
        assertEquals(message, page.inlineError(errorField));
        assertEquals(0, sql.count("SELECT COUNT(*) FROM training_course WHERE title = ?", title));
    }

    @Test
    void enrolling_sends_a_confirmation_with_every_session_in_a_calendar_file_and_no_personal_details() throws Exception {
        String title = "Stage One prep " + UUID.randomUUID();
        long courseId = createCourse(officer(), title, "STAGE_ONE", 12);
        var person = inStage("STAGE_ONE");
        WebClient browser = applicants.signIn(client(), person.email());
        int before = Mailbox.to(person.email()).size();

        browser.get("/account/training");
        browser.submit("/account/training/" + courseId, Map.of());

        MimeMessage sent = Mailbox.await(person.email(), before + 1, Duration.ofSeconds(20)).get(before);
        assertEquals("You have a place on a preparation course: " + title, sent.getSubject());
        MimeMultipart parts = (MimeMultipart) sent.getContent();
        String body = String.valueOf(parts.getBodyPart(0).getContent());
        assertTrue(body.contains("/account"), body);
        assertFalse(body.contains(person.email()), "an email carries links, not personal details");
        var calendar = parts.getBodyPart(1);
        assertEquals("sessions.ics", calendar.getFileName());
        String ics = new String(calendar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, ics.split("BEGIN:VEVENT", -1).length - 1, "one entry for each of the course's two sessions");
        assertTrue(ics.contains("DTSTART;TZID=Europe/London:20270303T100000"), ics);
        assertTrue(ics.contains("Southwark office"), ics);
    }

    @Test
    void each_session_is_reminded_once_two_working_days_before_however_often_the_job_runs() throws Exception {
        String title = "Stage One prep " + UUID.randomUUID();
        long courseId = createCourse(officer(), title, "STAGE_ONE", 12); // sessions on Wednesdays 3 and 10 March 2027
        var person = inStage("STAGE_ONE");
        WebClient browser = applicants.signIn(client(), person.email());
        int signedIn = Mailbox.to(person.email()).size();
        browser.get("/account/training");
        browser.submit("/account/training/" + courseId, Map.of());
        int before = Mailbox.await(person.email(), signedIn + 1, Duration.ofSeconds(20)).size(); // the confirmation
        try {
            clock.set(Instant.parse("2027-02-26T12:00:00Z")); // Friday: too early for the Wednesday session
            reminders.due().forEach(reminders::remind);
            Thread.sleep(1500);
            assertEquals(before, Mailbox.to(person.email()).size(), "no reminder before the day");

            clock.set(Instant.parse("2027-03-01T08:00:00Z")); // Monday, two working days before
            reminders.due().forEach(reminders::remind);
            reminders.due().forEach(reminders::remind);
            var mails = Mailbox.await(person.email(), before + 1, Duration.ofSeconds(20));
            assertEquals("Reminder: your preparation training session is coming up", mails.get(before).getSubject());
            String body = String.valueOf(mails.get(before).getContent());
            assertTrue(body.contains("Wednesday 3 March 2027, 10:00am to 4:00pm"), body);
            assertFalse(body.contains(person.email()), "no personal details");
            Thread.sleep(2000);
            assertEquals(before + 1, Mailbox.to(person.email()).size(), "one reminder, and none yet for the next week");
        } finally {
            clock.reset();
        }
    }

    @Test
    void a_course_needs_at_least_one_session() {
        WebClient client = officer();
        client.get("/staff/training/new");
        Map<String, String> form = new HashMap<>(Map.of("title", "Empty " + UUID.randomUUID(), "stage", "STAGE_ONE", "capacity", "5"));
        var page = client.post("/staff/training/new", form);
        assertEquals(422, page.status());
        assertEquals("Enter at least one session", page.inlineError("session1"));
    }

    @Test
    void an_applicant_in_stage_one_enrols_sees_their_sessions_moves_course_and_completes_when_staff_mark_every_session() {
        WebClient staffBrowser = officer();
        String first = "Stage One prep " + UUID.randomUUID();
        String second = "Stage One prep (weekend) " + UUID.randomUUID();
        long firstId = createCourse(staffBrowser, first, "STAGE_ONE", 12);
        long secondId = createCourse(staffBrowser, second, "STAGE_ONE", 12);
        String stageTwo = "Stage Two prep " + UUID.randomUUID();
        createCourse(staffBrowser, stageTwo, "STAGE_TWO", 12);

        var person = inStage("STAGE_ONE");
        WebClient browser = applicants.signIn(client(), person.email());
        var account = browser.get("/account");
        assertTrue(account.html().select("#training-heading").text().contains("Preparation training"));
        var courses = browser.get("/account/training");
        assertTrue(courses.body().contains(first));
        assertFalse(courses.body().contains(stageTwo), "only courses of their stage");

        var enrolled = browser.submit("/account/training/" + firstId, Map.of());
        assertTrue(enrolled.html().select(".govuk-notification-banner").text().contains("You are enrolled"));
        account = browser.get("/account");
        assertTrue(account.html().select(".app-training").text().contains(first));
        assertEquals(2, account.html().select("#training-sessions li").size());
        assertTrue(account.html().select("#training-sessions").text().contains("Southwark office"));

        browser.get("/account/training");
        browser.submit("/account/training/" + secondId, Map.of());
        assertTrue(browser.get("/account").html().select(".app-training").text().contains(second));
        assertEquals(0, training.find(firstId).orElseThrow().placesTaken(), "moving frees the old place");
        assertEquals(1, training.find(secondId).orElseThrow().placesTaken());

        var course = staffBrowser.get("/staff/training/" + secondId);
        assertTrue(course.body().contains(person.email()));
        List<Long> sessions = sql.list("SELECT id FROM training_session WHERE course_id = ? ORDER BY starts_at",
                rs -> rs.getLong(1), secondId);
        long enrolment = sql.one("SELECT id FROM training_enrolment WHERE course_id = ? AND applicant_id = ?",
                rs -> rs.getLong(1), secondId, person.applicant().id()).orElseThrow();
        staffBrowser.get("/staff/training/sessions/" + sessions.get(0) + "/register");
        staffBrowser.submit("/staff/training/sessions/" + sessions.get(0) + "/register",
                Map.of("attendance-" + enrolment, "ATTENDED"));
        assertFalse(completions.journeys().contains(person.journey().id()), "one session of two is not the course");
        var register = staffBrowser.get("/staff/training/sessions/" + sessions.get(1) + "/register");
        assertEquals(200, register.status());
        var saved = staffBrowser.submit("/staff/training/sessions/" + sessions.get(1) + "/register",
                Map.of("attendance-" + enrolment, "ATTENDED"));
        assertTrue(saved.html().getElementById("attendance-" + enrolment).hasAttr("checked"));
        assertTrue(completions.journeys().contains(person.journey().id()), "TrainingCompleted published");
        var csv = staffBrowser.get("/staff/training/sessions/" + sessions.get(1) + "/register.csv");
        assertEquals(200, csv.status());
        assertTrue(csv.body().startsWith("\"Email\",\"Attendance\""), csv.body());
        assertTrue(csv.body().contains("\"" + person.email() + "\",\"Attended\""), csv.body());
        staffBrowser.submit("/staff/training/sessions/" + sessions.get(1) + "/register",
                Map.of("attendance-" + enrolment, "ATTENDED"));
        assertEquals(1, completions.journeys().stream().filter(j -> j == person.journey().id()).count(), "published once");
    }

    @Test
    void someone_not_yet_in_stage_one_is_told_why_they_cannot_enrol() {
        WebClient staffBrowser = officer();
        long courseId = createCourse(staffBrowser, "Prep " + UUID.randomUUID(), "STAGE_ONE", 12);
        var person = applicants.invite(uniqueEmail("early"));
        WebClient browser = applicants.signIn(client(), person.email());
        assertTrue(browser.get("/account").html().select(".app-training").text()
                .contains("You can enrol once you have registered your interest and it has been accepted"));
        browser.get("/account/training");
        var refused = browser.post("/account/training/" + courseId, Map.of());
        assertEquals(409, refused.status());
        assertEquals(0, training.find(courseId).orElseThrow().placesTaken());
    }

    @Test
    void two_hundred_people_enrolling_on_twenty_places_at_once_give_twenty_enrolments() throws Exception {
        WebClient staffBrowser = officer();
        long courseId = createCourse(staffBrowser, "Busy prep " + UUID.randomUUID(), "STAGE_ONE", 20);
        long teamId = staff.team("se-recruitment").id();
        List<Applicant> people = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String email = uniqueEmail("rush" + i);
            long id = sql.insert("INSERT INTO applicant_account (email, created_at) VALUES (?, NOW())", email);
            sql.insert("""
                    INSERT INTO adopter_journey (applicant_id, team_id, state, state_since, created_at)
                    VALUES (?, ?, 'STAGE_ONE', NOW(), NOW())""", id, teamId);
            people.add(new Applicant(id, email));
        }
        ExecutorService pool = Executors.newFixedThreadPool(200);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Training.Enrolled>> results = new ArrayList<>();
            for (Applicant a : people) {
                results.add(pool.submit(() -> {
                    go.await();
                    return training.enrol(a, courseId);
                }));
            }
            go.countDown();
            int done = 0;
            int full = 0;
            for (var r : results) {
                Training.Enrolled result = r.get(120, TimeUnit.SECONDS);
                if (result instanceof Training.Enrolled.Done) {
                    done++;
                } else {
                    assertInstanceOf(Training.Enrolled.Full.class, result);
                    full++;
                }
            }
            assertEquals(20, done);
            assertEquals(180, full);
            assertEquals(20, training.find(courseId).orElseThrow().placesTaken());
            assertEquals(20, sql.count("SELECT COUNT(*) FROM training_enrolment WHERE course_id = ? AND status = 'ENROLLED'", courseId));
        } finally {
            pool.shutdownNow();
        }
    }
}
