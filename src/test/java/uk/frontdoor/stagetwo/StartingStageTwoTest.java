package uk.frontdoor.stagetwo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.frontdoor.applicant.registration.InvitedApplicants;
import uk.frontdoor.core.journey.JourneyState;
import uk.frontdoor.core.stagetwo.StageTwo;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Mailbox;
import uk.frontdoor.testing.WebClient;

/** After Stage One a person has 6 months to tell us they want to start Stage Two, on their account page. */
@MicronautTest(transactional = false)
class StartingStageTwoTest extends AppTest {
    /** Stage One completed on Monday 31 August 2026: the last day to start Stage Two is Sunday 28 February 2027. */
    private static final Instant STAGE_ONE_DONE = Instant.parse("2026-08-31T10:00:00Z");

    @Inject
    StageTwoPeople people;
    @Inject
    InvitedApplicants invited;
    @Inject
    StageTwo stageTwo;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private WebClient signedIn(StageTwoPeople.Person person) {
        Mailbox.await(person.email(), 1, Duration.ofSeconds(15)); // the invitation, before asking for a link
        return invited.signIn(client(), person.email());
    }

    @Test
    void on_the_last_day_a_person_sees_the_date_confirms_and_starts_stage_two_and_is_emailed_an_update() {
        clock.set(STAGE_ONE_DONE);
        var person = people.stageOneComplete(uniqueEmail("last-day"));
        clock.set(Instant.parse("2027-02-28T12:00:00Z"));
        var browser = signedIn(person);

        var account = browser.get("/account").html();
        assertEquals("You can start Stage Two until 28 February 2027.", account.getElementById("stage-two-gap").text());
        assertEquals("/account/stage-two", account.getElementById("start-stage-two").attr("href"));
        assertNull(account.getElementById("journey-clock"), "the gap is told once");

        var confirm = browser.get("/account/stage-two");
        assertEquals(200, confirm.status());
        assertEquals("Start Stage Two", confirm.html().selectFirst("h1").text());
        int mailsBefore = Mailbox.to(person.email()).size();
        var started = browser.post("/account/stage-two", Map.of());
        assertEquals(303, started.status());
        assertEquals("/account", started.location());
        assertEquals(JourneyState.STAGE_TWO, people.journey(person).state());

        var after = browser.get("/account").html();
        assertEquals("Stage Two", after.selectFirst(".app-journey .govuk-tag").text());
        assertEquals("We aim to decide by 28 June 2027: 82 working days from today.",
                after.getElementById("stage-two-clock").text());
        assertNull(after.getElementById("start-stage-two"));
        assertEquals(java.time.LocalDate.of(2027, 2, 28), stageTwo.find(person.journeyId()).orElseThrow().notifiedOn());

        var mails = Mailbox.await(person.email(), mailsBefore + 1, Duration.ofSeconds(15));
        String update = Mailbox.body(mails.get(mails.size() - 1));
        assertTrue(update.contains("There is an update on your adoption journey"), update);
        assertTrue(update.contains("/sign-in"), update);
        assertTrue(!update.contains("Stage Two"), "the email says only that there is an update");
    }

    @Test
    void the_day_after_the_last_day_the_button_is_gone_and_the_person_is_told_to_register_again() {
        clock.set(STAGE_ONE_DONE);
        var person = people.stageOneComplete(uniqueEmail("day-after"));
        clock.set(Instant.parse("2027-03-01T09:00:00Z"));
        var browser = signedIn(person);

        var account = browser.get("/account").html();
        assertEquals("You cannot go on to Stage Two: the 6 months to tell us you wanted to start it ended on "
                + "28 February 2027. If you still want to adopt, you will need to register your interest again. "
                + "Contact us and we will help you.", account.getElementById("stage-two-gap").text());
        assertNull(account.getElementById("start-stage-two"));

        var refused = browser.post("/account/stage-two", Map.of());
        assertEquals(422, refused.status());
        assertEquals(List.of("You cannot start Stage Two because the 6 months to tell us have ended. "
                + "Register your interest again to carry on."), refused.errorSummary());
        assertTrue(refused.html().select("form[action=/account/stage-two]").isEmpty(), "no button to press again");
        assertEquals(JourneyState.STAGE_ONE_COMPLETE, people.journey(person).state());
    }

    @Test
    void a_person_who_opened_the_page_on_the_last_day_and_presses_start_after_midnight_is_refused() {
        clock.set(STAGE_ONE_DONE);
        var person = people.stageOneComplete(uniqueEmail("midnight"));
        clock.set(Instant.parse("2027-02-28T23:50:00Z"));
        var browser = signedIn(person);
        assertEquals(200, browser.get("/account/stage-two").status());
        clock.set(Instant.parse("2027-03-01T00:05:00Z"));
        var refused = browser.post("/account/stage-two", Map.of());
        assertEquals(422, refused.status());
        assertEquals("You cannot start Stage Two because the 6 months to tell us have ended. "
                + "Register your interest again to carry on.", refused.errorSummary().get(0));
        assertEquals(JourneyState.STAGE_ONE_COMPLETE, people.journey(person).state());
    }

    @Test
    void a_person_not_in_the_gap_has_no_stage_two_button_and_the_start_page_sends_them_home() {
        var person = invited.invite(uniqueEmail("not-yet"));
        Mailbox.await(person.email(), 1, Duration.ofSeconds(15));
        var browser = invited.signIn(client(), person.email());
        assertNull(browser.get("/account").html().getElementById("stage-two"));
        var start = browser.get("/account/stage-two");
        assertEquals(303, start.status());
        browser.get("/account");
        assertEquals(303, browser.post("/account/stage-two", Map.of()).status());
        assertEquals(JourneyState.INVITED_TO_REGISTER, invited.invite(person.email()).journey().state());
    }
}
