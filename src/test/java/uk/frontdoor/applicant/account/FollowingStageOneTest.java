package uk.frontdoor.applicant.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.frontdoor.applicant.registration.InvitedApplicants;
import uk.frontdoor.core.calendar.TypedDate;
import uk.frontdoor.core.registration.Registrations;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.core.stageone.CheckStatus;
import uk.frontdoor.core.stageone.StageOne;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Mailbox;
import uk.frontdoor.testing.WebClient;

/**
 * A person in Stage One follows their checks on /account: each check's status and the clock, never a staff note,
 * and only their own; then Stage One done. A person whose registration is declined is told why and how to complain.
 */
@MicronautTest(transactional = false)
class FollowingStageOneTest extends AppTest {
    @Inject
    InvitedApplicants invited;
    @Inject
    StaffFixture staff;
    @Inject
    Registrations registrations;
    @Inject
    StageOne stageOne;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record Accepted(String email, long journeyId) {
    }

    Accepted accepted(String who) {
        var sent = invited.sent(uniqueEmail(who));
        assertTrue(registrations.decide(invited.officer("se-recruitment"), sent.registrationId(),
                Registrations.Decision.ACCEPT, "Checks and the March course", "").isDone());
        Mailbox.await(sent.person().email(), 3, Duration.ofSeconds(20)); // invitation, sent, accepted
        return new Accepted(sent.person().email(), sent.person().journey().id());
    }

    StaffMember socialWorker() {
        var p = staff.person("Sam Social", Role.SOCIAL_WORKER, staff.team("se-recruitment"));
        return new StaffMember(p.id(), p.email(), p.name(), java.util.Set.of(Role.SOCIAL_WORKER),
                java.util.Set.of(staff.team("se-recruitment").id()));
    }

    void record(long journeyId, int n, CheckStatus status, String note, StaffMember by) {
        var check = stageOne.checks(journeyId).get(n);
        assertTrue(stageOne.record(by, journeyId, check.id(), status, note, check.version()).isDone());
    }

    @Test
    void the_person_sees_each_checks_status_and_the_clock_but_never_the_staff_note() {
        clock.set(Instant.parse("2027-01-15T10:00:00Z"));
        var person = accepted("task-list");
        var worker = socialWorker();
        record(person.journeyId(), 0, CheckStatus.NEEDS_ATTENTION, "Private: DBS shows a caution from 2004", worker);
        record(person.journeyId(), 4, CheckStatus.COMPLETED, "Referee 1 very positive", worker);

        var account = invited.signIn(client(), person.email()).get("/account");
        assertEquals(200, account.status());
        var html = account.html();
        assertEquals("Your Stage One checks", html.selectFirst("#stage-one-heading").text());
        List<String> names = html.select("#stage-one-checks .govuk-task-list__name-and-hint").eachText();
        assertEquals(9, names.size());
        assertEquals("DBS check: Ivy Invited", names.get(0));
        assertEquals("Reference: Referee 1", names.get(4));
        assertEquals("Needs attention", html.selectFirst("#check-1-status").text());
        assertEquals("Not started", html.selectFirst("#check-2-status").text());
        assertEquals("Completed", html.selectFirst("#check-5-status").text());
        assertNull(html.selectFirst("#check-5-status .govuk-tag"), "Completed is plain text, as GOV.UK shows it");
        assertFalse(account.body().contains("caution"), "the staff note never reaches the applicant");
        assertFalse(account.body().contains("very positive"));
        assertEquals("We aim to decide by 15 March 2027: 41 working days from today.", html.selectFirst("#journey-clock").text());
        assertTrue(html.text().contains("What happens next"));
    }

    @Test
    void an_extended_decision_date_is_the_one_the_person_sees() {
        clock.set(Instant.parse("2027-01-15T10:00:00Z"));
        var person = accepted("extended");
        assertTrue(stageOne.extend(socialWorker(), person.journeyId(), TypedDate.of(LocalDate.of(2027, 4, 30)),
                uk.frontdoor.core.stageone.ExtensionReason.CHECKS_DELAYED,
                "GP report late").isDone());
        var account = invited.signIn(client(), person.email()).get("/account");
        assertTrue(account.html().selectFirst("#journey-clock").text().startsWith("We aim to decide by 30 April 2027"));
    }

    @Test
    void a_person_signed_in_sees_only_their_own_checks() {
        var a = accepted("owner-a");
        var b = accepted("owner-b");
        var worker = socialWorker();
        for (int n = 0; n < 9; n++) {
            record(a.journeyId(), n, CheckStatus.RECEIVED, null, worker);
        }
        WebClient bBrowser = invited.signIn(client(), b.email());
        var bAccount = bBrowser.get("/account");
        assertTrue(bAccount.html().select("#stage-one-checks .govuk-task-list__status").eachText().stream()
                .allMatch("Not started"::equals), "B sees B's checks, none of A's progress");
        assertFalse(bAccount.body().contains(a.email()));
        var staffPage = bBrowser.get("/staff/journeys/" + a.journeyId());
        assertNotEquals200(staffPage.status());
        assertFalse(staffPage.body().contains("Received"));
    }

    private static void assertNotEquals200(int status) {
        assertTrue(status == 303 || status == 302 || status == 404 || status == 403, "status " + status);
    }

    @Test
    void when_every_check_is_completed_and_the_person_may_proceed_their_account_says_stage_one_is_done() {
        var person = accepted("done");
        var worker = socialWorker();
        for (int n = 0; n < 9; n++) {
            record(person.journeyId(), n, CheckStatus.COMPLETED, null, worker);
        }
        assertTrue(stageOne.decide(worker, person.journeyId(), StageOne.Outcome.PROCEED, "").isDone());
        var account = invited.signIn(client(), person.email()).get("/account");
        assertEquals("Done All 9 Stage One checks were completed.", account.html().selectFirst("#stage-one-done").text());
        assertNull(account.html().selectFirst("#stage-one-checks"));
        assertEquals("Stage One complete", account.html().selectFirst(".app-journey .govuk-tag").text());
    }

    @Test
    void a_person_found_not_suitable_reads_the_reasons_on_their_account_and_not_in_the_email() {
        var person = accepted("not-suitable");
        String reasons = "Your referees could not confirm your experience with children";
        assertTrue(stageOne.decide(socialWorker(), person.journeyId(), StageOne.Outcome.NOT_SUITABLE, reasons)
                .isDone());
        var mails = Mailbox.await(person.email(), 4, Duration.ofSeconds(20));
        assertFalse(Mailbox.body(mails.get(3)).contains("referees"), "the email never carries the reasons");
        var account = invited.signIn(client(), person.email()).get("/account");
        assertEquals("Not suitable to continue", account.html().selectFirst(".app-journey .govuk-tag").text());
        assertEquals(reasons, account.html().selectFirst("#decision-reasons").text());
        assertTrue(account.body().contains("Local Government and Social Care Ombudsman"));
        assertNull(account.html().selectFirst("#stage-one-checks"));
        assertNull(account.html().selectFirst("#journey-choices"), "nothing to pause or withdraw after the decision");
    }

    @Test
    void a_declined_person_is_emailed_only_that_there_is_an_update_and_reads_the_reasons_and_how_to_complain() {
        var sent = invited.sent(uniqueEmail("declined"));
        String email = sent.person().email();
        Mailbox.await(email, 2, Duration.ofSeconds(20));
        var officer = staff.person("Olu Officer", Role.RECRUITMENT_OFFICER, staff.team("se-recruitment"));
        WebClient office = staff.signIn(client(), officer);
        office.get("/staff/registrations/" + sent.registrationId());
        String reasons = "We are only recruiting adopters for sibling groups at present";
        assertEquals(303, office.post("/staff/registrations/" + sent.registrationId() + "/decision",
                Map.of("decision", "decline", "reasons", reasons)).status());

        var mails = Mailbox.await(email, 3, Duration.ofSeconds(20));
        String body = Mailbox.body(mails.get(2));
        assertTrue(body.contains("There is an update on your adoption journey"));
        assertTrue(body.contains("/sign-in"));
        assertFalse(body.contains("sibling"), "the email never carries the reasons");

        var account = invited.signIn(client(), email).get("/account");
        assertEquals(reasons, account.html().selectFirst("#decision-reasons").text());
        assertTrue(account.html().selectFirst("#complaints-route").text().startsWith("You can complain to us first"));
        assertTrue(account.body().contains("Local Government and Social Care Ombudsman"));
    }
}
