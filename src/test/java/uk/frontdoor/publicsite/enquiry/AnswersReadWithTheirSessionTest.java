package uk.frontdoor.publicsite.enquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.enquiry.EnquiryStep;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.WebClient;

/**
 * A question page's answer reads the browser's session and its draft in one query (ADR 63). Sent straight from page to
 * page, as a person without JavaScript pressing Continue does, every answer is still kept; a session idle past its
 * time is not taken up again by an answer; an answer keeps the session alive.
 */
@MicronautTest(transactional = false)
class AnswersReadWithTheirSessionTest extends AppTest {
    @Inject
    Sql sql;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Starts an enquiry: the start page (for the CSRF token) and Start now, and nothing else opened. */
    private Enquirer started() {
        Enquirer person = new Enquirer(client(), "lambeth");
        assertEquals(200, person.client.get("/enquiry").status());
        assertEquals(303, person.client.post("/enquiry", Map.of()).status());
        return person;
    }

    /** Answers a page without opening it first: the answer is the request's first use of its session. */
    private static WebClient.Page answersStraightAway(Enquirer person, EnquiryStep step) {
        return person.client.post(Enquirer.path(step), Map.of(
                EnquiryStep.WHERE_YOU_LIVE, Map.of("borough", "lambeth"),
                EnquiryStep.YOUR_NAME, Map.of("fullName", person.fullName),
                EnquiryStep.CONTACT_DETAILS, Map.of("email", person.email, "phone", person.phone)).get(step));
    }

    @Test
    void every_answer_sent_straight_from_page_to_page_is_kept() {
        Enquirer person = started();
        for (EnquiryStep step : new EnquiryStep[] {EnquiryStep.WHERE_YOU_LIVE, EnquiryStep.YOUR_NAME,
                EnquiryStep.CONTACT_DETAILS}) {
            WebClient.Page answered = answersStraightAway(person, step);
            assertEquals(303, answered.status(), step + ": " + answered.errorSummary());
            assertEquals(Enquirer.path(EnquiryStep.values()[step.ordinal() + 1]), answered.location());
        }
        String page = person.client.get(Enquirer.path(EnquiryStep.CONTACT_DETAILS)).body();
        assertTrue(page.contains(person.email), "the email address given is shown again on its page");
        assertTrue(person.client.get(Enquirer.path(EnquiryStep.YOUR_NAME)).body().contains(person.fullName),
                "and the name on its page");
    }

    @Test
    void a_session_idle_for_over_four_hours_is_not_taken_up_again_by_an_answer() {
        Enquirer person = started();
        assertEquals(303, answersStraightAway(person, EnquiryStep.WHERE_YOU_LIVE).status());
        clock.advance(Duration.ofHours(4).plusMinutes(1));

        WebClient.Page late = answersStraightAway(person, EnquiryStep.YOUR_NAME);
        assertEquals(303, late.status());
        assertEquals("/enquiry", late.location(), "sent back to the start: the answers went with the session");
        assertEquals(0, sql.count("SELECT COUNT(*) FROM enquiry_draft WHERE answers LIKE ?",
                "%" + person.fullName.replace(' ', '+') + "%"), "the late answer is kept nowhere");
        assertEquals("/enquiry", person.client.get("/enquiry/check-answers").location());
    }

    @Test
    void an_answer_keeps_the_session_alive() {
        Enquirer person = started();
        clock.advance(Duration.ofHours(3));
        assertEquals(303, answersStraightAway(person, EnquiryStep.WHERE_YOU_LIVE).status());
        clock.advance(Duration.ofHours(3)); // six hours since the start, three since the last answer
        WebClient.Page answered = answersStraightAway(person, EnquiryStep.YOUR_NAME);
        assertEquals(Enquirer.path(EnquiryStep.CONTACT_DETAILS), answered.location(),
                "the session lasts four idle hours from the last answer, not from the start");
    }
}
