package uk.frontdoor.stagetwo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.core.stagetwo.StageTwo;
import uk.frontdoor.core.stagetwo.StageTwoRecord;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Mailbox;
import uk.frontdoor.testing.WebClient;

/** A person in Stage Two follows it on /account and comments on their report there; only ever their own. */
@MicronautTest(transactional = false)
class FollowingStageTwoTest extends AppTest {
    /** Monday 4 January 2027: Stage Two starts; the decision is due 4 May 2027. */
    private static final Instant NOTIFIED = Instant.parse("2027-01-04T10:00:00Z");

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
        Mailbox.await(person.email(), 2, Duration.ofSeconds(15)); // earlier emails first: no race with the link
        return invited.signIn(client(), person.email());
    }

    private StaffMember assessed(StageTwoPeople.Person person, boolean shareReport) {
        var worker = people.member(people.person("Sam Social", Role.SOCIAL_WORKER));
        assertTrue(stageTwo.assign(worker, person.journeyId(), worker.id()).isDone());
        assertTrue(stageTwo.plan(worker, person.journeyId(), "Plan", TypedDate.of(LocalDate.of(2027, 4, 20))).isDone());
        assertTrue(stageTwo.scheduleVisit(worker, person.journeyId(), TypedDate.of(LocalDate.of(2027, 1, 12)), "14:30",
                "First").isDone());
        if (shareReport) {
            assertTrue(stageTwo.shareReport(worker, person.journeyId()).isDone());
        }
        return worker;
    }

    @Test
    void a_person_in_stage_two_sees_their_social_worker_the_target_panel_date_visits_and_the_decision_clock() {
        clock.set(NOTIFIED);
        var person = people.inStageTwo(uniqueEmail("following"));
        var worker = assessed(person, false);
        clock.set(Instant.parse("2027-01-06T10:00:00Z"));
        var account = signedIn(person).get("/account").html();
        assertEquals("Stage Two", account.selectFirst(".app-journey .govuk-tag").text());
        assertEquals("We aim to decide by 4 May 2027: 81 working days from today.",
                account.getElementById("stage-two-clock").text());
        String facts = account.getElementById("stage-two-facts").text();
        assertTrue(facts.contains("Your social worker " + worker.displayName()), facts);
        assertTrue(facts.contains("Target date for the adoption panel 20 April 2027"), facts);
        assertTrue(facts.contains("Tuesday 12 January 2027 at 2:30pm"), facts);
        assertNull(account.getElementById("report-comments-due"), "no report yet");
        assertNull(account.getElementById("journey-clock"), "the clock is told once");
    }

    @Test
    void when_the_report_is_shared_the_person_sends_comments_once_within_ten_working_days() {
        clock.set(NOTIFIED);
        var person = people.inStageTwo(uniqueEmail("commenting"));
        assessed(person, true);
        clock.set(Instant.parse("2027-01-18T16:00:00Z")); // the last day to comment
        var browser = signedIn(person);
        var account = browser.get("/account").html();
        assertTrue(account.getElementById("report-comments-due").text().contains("until 18 January 2027"));
        assertEquals("/account/report-comments", account.selectFirst("a[href=/account/report-comments]").attr("href"));

        assertEquals(200, browser.get("/account/report-comments").status());
        var blank = browser.post("/account/report-comments", Map.of("comments", "  "));
        assertEquals(422, blank.status());
        assertEquals(List.of("Enter your comments on the report"), blank.errorSummary());
        assertEquals("Enter your comments on the report", blank.inlineError("comments"));

        var sent = browser.post("/account/report-comments", Map.of("comments", "Page 4: we have two cats, not one."));
        assertEquals(303, sent.status());
        assertEquals("Page 4: we have two cats, not one.", stageTwo.find(person.journeyId()).orElseThrow().comments());
        assertEquals("We have received your comments on the report. The panel will read them with it.",
                browser.get("/account").html().getElementById("report-comments-sent").text());
        var form = browser.get("/account/report-comments");
        assertTrue(form.html().select("textarea").isEmpty(), "sent once: the form is gone");
        var again = browser.post("/account/report-comments", Map.of("comments", "Something else"));
        assertEquals(422, again.status());
        assertEquals("Page 4: we have two cats, not one.", stageTwo.find(person.journeyId()).orElseThrow().comments());
    }

    @Test
    void after_the_ten_working_days_the_form_is_gone_and_comments_are_refused_with_a_message() {
        clock.set(NOTIFIED);
        var person = people.inStageTwo(uniqueEmail("too-late"));
        assessed(person, true);
        clock.set(Instant.parse("2027-01-19T09:00:00Z"));
        var browser = signedIn(person);
        var account = browser.get("/account").html();
        assertEquals("The time to send comments on your report ended on 18 January 2027.",
                account.getElementById("report-comments-closed").text());
        assertTrue(account.select("a[href=/account/report-comments]").isEmpty());
        assertTrue(browser.get("/account/report-comments").html().select("textarea").isEmpty());
        var refused = browser.post("/account/report-comments", Map.of("comments", "Late thoughts"));
        assertEquals(422, refused.status());
        assertEquals(List.of("You cannot send comments on the report now: the time to comment has ended or your "
                + "comments have already been sent"), refused.errorSummary());
        assertNull(stageTwo.find(person.journeyId()).orElseThrow().comments());
    }

    @Test
    void another_applicant_sees_only_their_own_stage_two_and_cannot_reach_or_comment_on_someone_elses_report() {
        clock.set(NOTIFIED);
        var a = people.inStageTwo(uniqueEmail("applicant-a"));
        var aWorker = assessed(a, true);
        var b = people.inStageTwo(uniqueEmail("applicant-b"));
        clock.set(Instant.parse("2027-01-05T10:00:00Z"));
        var browserB = signedIn(b);

        var accountB = browserB.get("/account");
        assertFalse(accountB.body().contains(aWorker.displayName()), "B sees nothing of A's social worker");
        assertEquals("Your social worker We will tell you who your social worker is soon",
                accountB.html().getElementById("stage-two-facts").selectFirst(".govuk-summary-list__row").text());
        assertTrue(accountB.html().select("a[href=/account/report-comments]").isEmpty());
        assertEquals(404, browserB.get("/account/report-comments").status());
        browserB.get("/account");
        assertEquals(404, browserB.post("/account/report-comments", Map.of("comments", "Not mine")).status());
        // ids in the address or the form are ignored: there is nothing to guess
        assertEquals(404, browserB.get("/account/report-comments?journey=" + a.journeyId()).status());
        browserB.get("/account");
        assertEquals(404, browserB.post("/account/report-comments",
                Map.of("comments", "Not mine", "journeyId", String.valueOf(a.journeyId()))).status());
        var staffPage = browserB.get("/staff/journeys/" + a.journeyId() + "/stage-two");
        assertTrue(staffPage.status() == 303 || staffPage.status() == 403, "the staff page is not for applicants");
        assertFalse(staffPage.body().contains(aWorker.displayName()));
        StageTwoRecord aRecord = stageTwo.find(a.journeyId()).orElseThrow();
        assertNull(aRecord.comments());
    }

    @Test
    void a_person_found_not_suitable_sees_the_decision_date_and_the_forty_working_days_for_representations_or_the_irm() {
        clock.set(NOTIFIED);
        var person = people.inStageTwo(uniqueEmail("not-suitable"));
        var worker = assessed(person, true);
        assertTrue(stageTwo.panelDate(worker, person.journeyId(), TypedDate.of(LocalDate.of(2027, 2, 1))).isDone());
        clock.set(Instant.parse("2027-02-01T15:00:00Z"));
        var manager = people.member(Role.TEAM_MANAGER);
        assertTrue(stageTwo.recommendation(worker, person.journeyId(), StageTwoRecord.PanelRecommendation.NOT_SUITABLE)
                .isDone());
        assertTrue(stageTwo.decide(manager, person.journeyId(), StageTwoRecord.AdmDecision.NOT_SUITABLE,
                TypedDate.of(LocalDate.of(2027, 2, 1))).isDone());

        var account = signedIn(person).get("/account").html();
        assertEquals("Not approved", account.selectFirst(".app-journey .govuk-tag").text());
        assertTrue(account.getElementById("stage-two-facts").text().contains("Date of the agency’s decision 1 February 2027"));
        assertEquals("You have until 31 March 2027 (40 working days from the decision) to do one of these:",
                account.getElementById("representations-due").text());
        assertTrue(account.text().contains("Independent Review Mechanism (IRM)"));
        assertNull(account.getElementById("stage-two-clock"), "the decision is made: no clock");
    }
}
