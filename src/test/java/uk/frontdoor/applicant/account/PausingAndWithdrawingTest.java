package uk.frontdoor.applicant.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.frontdoor.applicant.registration.InvitedApplicants;
import uk.frontdoor.core.journey.JourneyEvent;
import uk.frontdoor.core.journey.JourneyState;
import uk.frontdoor.core.journey.Journeys;
import uk.frontdoor.core.registration.Registrations;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Mailbox;
import uk.frontdoor.testing.WebClient;

/** A person pauses and resumes their journey, or withdraws, from their account; staff can do it for them. */
@MicronautTest(transactional = false)
class PausingAndWithdrawingTest extends AppTest {
    @Inject
    InvitedApplicants invited;
    @Inject
    StaffFixture staff;
    @Inject
    Registrations registrations;
    @Inject
    Journeys journeys;

    record InStageOne(String email, long journeyId) {
    }

    InStageOne inStageOne(String who) {
        var sent = invited.sent(uniqueEmail(who));
        assertTrue(registrations.decide(invited.officer("se-recruitment"), sent.registrationId(),
                Registrations.Decision.ACCEPT, "Checks", "").isDone());
        Mailbox.await(sent.person().email(), 3, Duration.ofSeconds(20));
        return new InStageOne(sent.person().email(), sent.person().journey().id());
    }

    @Test
    void a_person_pauses_without_a_reason_then_resumes_where_they_were() {
        var person = inStageOne("pauses");
        WebClient browser = invited.signIn(client(), person.email());
        var account = browser.get("/account");
        assertEquals(List.of("Pause", "Withdraw"), account.html().select("#journey-choices .govuk-button").eachText());
        var confirm = browser.get("/account/pause");
        assertEquals(200, confirm.status());
        assertEquals("Pause your journey", confirm.html().selectFirst("h1").text());

        var paused = browser.submit("/account/pause", Map.of("reason", ""));
        assertEquals("Your journey is paused. We have emailed you to confirm.",
                paused.html().selectFirst(".govuk-notification-banner__heading").text());
        assertEquals(JourneyState.PAUSED, journeys.find(person.journeyId()).orElseThrow().state());
        assertNull(journeys.history(person.journeyId()).get(0).detail(), "no reason is fine");
        assertEquals(List.of("Resume", "Withdraw"), paused.html().select("#journey-choices .govuk-button").eachText());
        assertTrue(paused.html().select("#stage-one-checks").size() == 1, "the checks still show while paused");

        browser.submit("/account/resume", Map.of());
        var journey = journeys.find(person.journeyId()).orElseThrow();
        assertEquals(JourneyState.STAGE_ONE, journey.state());
        assertEquals(JourneyEvent.RESUME, journeys.history(journey.id()).get(0).event());
        Mailbox.await(person.email(), 6, Duration.ofSeconds(20)); // …, sign-in link, paused, resumed
    }

    @Test
    void a_person_withdraws_with_a_reason_and_then_has_no_buttons() {
        var person = inStageOne("withdraws");
        WebClient browser = invited.signIn(client(), person.email());
        browser.get("/account/withdraw");
        var done = browser.submit("/account/withdraw", Map.of("reason", "We have decided to wait a year"));
        assertEquals(JourneyState.WITHDRAWN, journeys.find(person.journeyId()).orElseThrow().state());
        assertEquals("We have decided to wait a year", journeys.history(person.journeyId()).get(0).detail());
        assertTrue(done.html().select("#journey-choices").isEmpty());
        assertEquals(303, browser.get("/account/pause").status(), "nothing to pause any more");
        assertEquals(303, browser.post("/account/pause", Map.of()).status());
        assertEquals(JourneyState.WITHDRAWN, journeys.find(person.journeyId()).orElseThrow().state());
    }

    @Test
    void a_reason_longer_than_500_characters_is_refused_with_a_message() {
        var person = inStageOne("long-reason");
        WebClient browser = invited.signIn(client(), person.email());
        browser.get("/account/pause");
        var refused = browser.post("/account/pause", Map.of("reason", "z".repeat(501)));
        assertEquals(422, refused.status());
        assertEquals(List.of("The reason must be 500 characters or fewer"), refused.errorSummary());
        assertEquals("The reason must be 500 characters or fewer", refused.inlineError("reason"));
        assertEquals(JourneyState.STAGE_ONE, journeys.find(person.journeyId()).orElseThrow().state());
        assertEquals(303, browser.post("/account/pause", Map.of("reason", "z".repeat(500))).status());
    }

    @Test
    void staff_pause_and_withdraw_for_the_person_from_the_journey_page() {
        var person = inStageOne("staff-pause");
        var officer = staff.signIn(client(), staff.person("Olu Officer", Role.RECRUITMENT_OFFICER, staff.team("se-recruitment")));
        String page = "/staff/journeys/" + person.journeyId();
        officer.get(page);
        assertEquals(List.of("The reason must be 500 characters or fewer"),
                officer.post(page + "/pause", Map.of("choiceReason", "q".repeat(501))).errorSummary());
        assertEquals(303, officer.post(page + "/pause", Map.of("choiceReason", "Moving house, asked by phone")).status());
        var shown = officer.get(page);
        assertEquals("Paused", shown.html().selectFirst("#journey-state").text());
        assertEquals(1, shown.html().select("form#choice-resume").size());
        assertEquals(303, officer.post(page + "/withdraw", Map.of()).status());
        assertEquals(JourneyState.WITHDRAWN, journeys.find(person.journeyId()).orElseThrow().state());
        assertTrue(officer.get(page).html().select("form[id^=choice-]").isEmpty());
    }
}
