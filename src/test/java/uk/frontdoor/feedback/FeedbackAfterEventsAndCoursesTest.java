package uk.frontdoor.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.frontdoor.applicant.registration.InvitedApplicants;
import uk.frontdoor.core.feedback.Feedback;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.publicsite.events.EventFixture;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Mailbox;
import uk.frontdoor.testing.WebClient;

/**
 * After an information event or a preparation course, the people who came are asked once how it went; they answer
 * anonymously, and staff see the answers only when enough people have given them for no one to be picked out.
 */
@MicronautTest(transactional = false)
class FeedbackAfterEventsAndCoursesTest extends AppTest {
    private static final Pattern LINK = Pattern.compile("(/feedback/[A-Za-z0-9_-]+)");

    @Inject
    EventFixture events;
    @Inject
    Feedback feedback;
    @Inject
    Sql sql;
    @Inject
    StaffFixture staff;
    @Inject
    InvitedApplicants applicants;

    private String attendee(long eventId, String attendance) {
        String email = uniqueEmail("came");
        sql.update("""
                INSERT INTO event_booking (event_id, reference, full_name, email, attending, status, booked_at, attendance)
                VALUES (?, ?, 'Ada Attendee', ?, 1, 'BOOKED', ?, ?)""", eventId,
                "EVB-" + UUID.randomUUID().toString().substring(0, 8), email, LocalDateTime.of(2027, 4, 1, 9, 0), attendance);
        return email;
    }

    private List<Feedback.Due> dueFor(Feedback.Kind kind, long subjectId) {
        return feedback.due().stream().filter(d -> d.kind() == kind && d.subjectId() == subjectId).toList();
    }

    /** The feedback link in the email asking this address how it went. */
    private static String link(String email) {
        String body = Mailbox.body(Mailbox.awaitSubject(email, "How was ", Duration.ofSeconds(20)));
        Matcher m = LINK.matcher(body);
        assertTrue(m.find(), body);
        assertFalse(body.contains("Ada") || body.contains(email), "no personal details in the email");
        return m.group(1);
    }

    @Test
    void everyone_who_came_to_an_event_is_asked_once_answers_anonymously_and_staff_see_results_only_from_five() {
        clock.set(Instant.parse("2027-05-01T09:00:00Z"));
        var event = events.atOffice(LocalDateTime.of(2027, 5, 3, 18, 30), 20);
        List<String> came = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            came.add(attendee(event.id(), "ATTENDED"));
        }
        String stayedAway = attendee(event.id(), "DID_NOT_ATTEND");
        assertEquals(List.of(), dueFor(Feedback.Kind.EVENT, event.id()), "nobody is asked before the event");

        clock.set(Instant.parse("2027-05-04T09:00:00Z"));
        List<Feedback.Due> due = dueFor(Feedback.Kind.EVENT, event.id());
        assertEquals(6, due.size(), "only those marked as attended");
        due.forEach(d -> assertTrue(feedback.ask(d)));
        due.forEach(d -> assertFalse(feedback.ask(d), "asked once, however often the job runs or on however many nodes"));
        assertEquals(List.of(), dueFor(Feedback.Kind.EVENT, event.id()));

        List<String> links = came.stream().map(FeedbackAfterEventsAndCoursesTest::link).toList();
        WebClient officer = staff.signIn(client(), staff.person("Fay Feedback", Role.RECRUITMENT_OFFICER,
                staff.team("se-recruitment")));

        WebClient first = client();
        var form = first.get(links.get(0));
        assertEquals(200, form.status());
        assertTrue(form.body().contains(event.title()));
        var refused = first.post(links.get(0), Map.of("comment", "x".repeat(1001)));
        assertEquals(422, refused.status());
        assertEquals(List.of("Select how you felt about it", "Your comments must be 1,000 characters or fewer"),
                refused.errorSummary());
        assertEquals(0, sql.count("SELECT COUNT(*) FROM feedback_response WHERE kind = 'EVENT' AND subject_id = ?",
                event.id()), "nothing saved");

        List<String> ratings = List.of("5", "5", "5", "5", "5", "3");
        for (int i = 0; i < 4; i++) {
            WebClient person = client();
            person.get(links.get(i));
            assertEquals(303, person.post(links.get(i), Map.of("rating", ratings.get(i), "comment",
                    i == 0 ? "More about older children, please" : "")).status());
        }
        var tooFew = officer.get("/staff/events/" + event.id() + "/feedback").html();
        assertEquals("6 people were asked and 4 answered.", tooFew.getElementById("feedback-counts").text());
        assertTrue(tooFew.getElementById("feedback-hidden").text().contains("once 5 people have answered"));
        assertTrue(tooFew.select("#feedback-ratings, #feedback-comments").isEmpty(), "four answers are not shown");

        for (int i = 4; i < 6; i++) {
            WebClient person = client();
            person.get(links.get(i));
            assertEquals(303, person.post(links.get(i), Map.of("rating", ratings.get(i))).status());
        }
        var shown = officer.get("/staff/events/" + event.id() + "/feedback").html();
        assertEquals(List.of("Very satisfied 5", "Satisfied 0", "Neither satisfied nor dissatisfied Fewer than 5",
                "Dissatisfied 0", "Very dissatisfied 0"), shown.select("#feedback-ratings tbody tr").eachText(),
                "a rating fewer than five people gave is not shown");
        assertEquals(List.of("More about older children, please"), shown.select("#feedback-comments li").eachText());

        WebClient again = client();
        assertEquals(404, again.get(links.get(0)).status(), "a link answers once");
        assertEquals(List.of("id", "kind", "subject_id", "rating", "comment", "received_on"), sql.list("""
                SELECT column_name FROM information_schema.columns WHERE table_schema = DATABASE()
                AND table_name = 'feedback_response' ORDER BY ordinal_position""", rs -> rs.getString(1)),
                "an answer holds nothing that leads back to the person");
        assertEquals(0, Mailbox.to(stayedAway).size(), "someone who did not come is not asked");
    }

    @Test
    void people_who_came_to_a_preparation_course_are_asked_after_its_last_session() {
        clock.set(Instant.parse("2027-06-01T09:00:00Z"));
        long staffId = staff.person("Cal Course", Role.RECRUITMENT_OFFICER, staff.team("se-recruitment")).id();
        String title = "Prep course " + UUID.randomUUID().toString().substring(0, 8);
        sql.update("""
                INSERT INTO training_course (title, stage, capacity, places_taken, created_by, created_at)
                VALUES (?, 'STAGE_ONE', 10, 2, ?, ?)""", title, staffId, LocalDateTime.of(2027, 5, 1, 9, 0));
        long courseId = sql.one("SELECT id FROM training_course WHERE title = ?", rs -> rs.getLong(1), title).orElseThrow();
        for (int day : new int[] {3, 10}) {
            sql.update("""
                    INSERT INTO training_session (course_id, starts_at, ends_at, venue_address) VALUES (?, ?, ?, 'Office')""",
                    courseId, LocalDateTime.of(2027, 6, day, 9, 0), LocalDateTime.of(2027, 6, day, 15, 0));
        }
        long firstSession = sql.one("SELECT MIN(id) FROM training_session WHERE course_id = ?", rs -> rs.getLong(1),
                courseId).orElseThrow();
        var came = applicants.invite(uniqueEmail("trainee"));
        var absent = applicants.invite(uniqueEmail("absent"));
        for (var person : List.of(came, absent)) {
            sql.update("""
                    INSERT INTO training_enrolment (course_id, applicant_id, journey_id, status, enrolled_at)
                    VALUES (?, ?, ?, 'ENROLLED', ?)""", courseId, person.applicant().id(), person.journey().id(),
                    LocalDateTime.of(2027, 5, 20, 9, 0));
        }
        long enrolment = sql.one("SELECT id FROM training_enrolment WHERE course_id = ? AND applicant_id = ?",
                rs -> rs.getLong(1), courseId, came.applicant().id()).orElseThrow();
        sql.update("""
                INSERT INTO training_attendance (enrolment_id, session_id, attendance, marked_by, marked_at)
                VALUES (?, ?, 'ATTENDED', ?, ?)""", enrolment, firstSession, staffId, LocalDateTime.of(2027, 6, 3, 16, 0));

        clock.set(Instant.parse("2027-06-05T09:00:00Z"));
        assertEquals(List.of(), dueFor(Feedback.Kind.COURSE, courseId), "not before the course's last session");
        clock.set(Instant.parse("2027-06-11T09:00:00Z"));
        List<Feedback.Due> due = dueFor(Feedback.Kind.COURSE, courseId);
        assertEquals(List.of(enrolment), due.stream().map(Feedback.Due::attendeeId).toList(),
                "only someone who came to a session");
        assertTrue(feedback.ask(due.get(0)));
        String form = link(came.email());
        WebClient person = client();
        assertTrue(person.get(form).body().contains("Overall, how did you feel about the preparation course?"));
        assertEquals(303, person.post(form, Map.of("rating", "4")).status());
        assertEquals("Thank you for your feedback", person.open("/feedback/thanks").html().selectFirst("h1").text());
    }
}
