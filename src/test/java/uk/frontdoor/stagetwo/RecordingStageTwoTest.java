package uk.frontdoor.stagetwo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.calendar.TypedDate;
import uk.frontdoor.core.journey.JourneyState;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.stagetwo.StageTwo;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Mailbox;
import uk.frontdoor.testing.WebClient;

/**
 * Staff of the applicant's team record Stage Two on /staff/journeys/{id}/stage-two: the assessor, the plan with
 * its target panel date, home visits, the report, the panel and the agency decision maker's decision.
 */
@MicronautTest(transactional = false)
class RecordingStageTwoTest extends AppTest {
    /** Monday 4 January 2027: Stage Two starts; the decision is due 4 May 2027; comments would be due 18 January. */
    private static final Instant NOTIFIED = Instant.parse("2027-01-04T10:00:00Z");

    @Inject
    StageTwoPeople people;
    @Inject
    StaffFixture staff;
    @Inject
    StageTwo stageTwo;
    @Inject
    Sql sql;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String page(StageTwoPeople.Person person) {
        return "/staff/journeys/" + person.journeyId() + "/stage-two";
    }

    private static Map<String, String> date(String name, String d, String m, String y) {
        return Map.of(name + "-day", d, name + "-month", m, name + "-year", y);
    }

    private static Map<String, String> with(Map<String, String> a, Map<String, String> b) {
        Map<String, String> all = new HashMap<>(a);
        all.putAll(b);
        return all;
    }

    @Test
    void a_social_worker_assigns_plans_schedules_visits_shares_the_report_and_sends_the_case_to_panel() {
        clock.set(NOTIFIED);
        var person = people.inStageTwo(uniqueEmail("assessed"));
        var worker = people.person("Sam Social", Role.SOCIAL_WORKER);
        var elsewhere = staff.person("Wen Elsewhere", Role.SOCIAL_WORKER, staff.team("sw-recruitment"));
        var officer = people.person("Olu Officer", Role.RECRUITMENT_OFFICER);
        WebClient sw = staff.signIn(client(), worker);
        String page = page(person);

        var shown = sw.get(page);
        assertEquals(200, shown.status());
        assertEquals("4 May 2027 On track", shown.html().getElementById("decision-clock").text());
        assertEquals("Stage Two", shown.html().getElementById("stage").text());
        assertEquals(1, staff.audits(worker.id(), "VIEW_STAGE_TWO", "JOURNEY", person.journeyId()));

        for (String wrong : List.of("", "999999999", String.valueOf(elsewhere.id()), String.valueOf(officer.id()), "x")) {
            var refused = sw.post(page + "/assessor", Map.of("assessor", wrong));
            assertEquals(422, refused.status(), wrong);
            assertEquals(List.of("Select a social worker from this applicant’s team"), refused.errorSummary());
        }
        assertEquals(1 + 5, staff.audits(worker.id(), "VIEW_STAGE_TWO", "JOURNEY", person.journeyId()),
                "each page shown again with its errors is a view too (issue 12)");
        assertEquals(303, sw.post(page + "/assessor", Map.of("assessor", String.valueOf(worker.id()))).status());
        assertEquals(worker.name(), sw.get(page).html().getElementById("assessor-name").text());

        String plan = "Six sessions at home; health and references";
        assertEquals(List.of("Enter the target panel date"),
                sw.post(page + "/plan", Map.of("plan", plan)).errorSummary());
        assertEquals(List.of("Enter the assessment plan", "Enter the target panel date"),
                sw.post(page + "/plan", Map.of()).errorSummary());
        assertEquals(List.of("Target panel date must be a real date, like 27 3 2027"),
                sw.post(page + "/plan", with(Map.of("plan", plan), date("targetPanelDate", "31", "2", "2027"))).errorSummary());
        var today = sw.post(page + "/plan", with(Map.of("plan", plan), date("targetPanelDate", "4", "1", "2027")));
        assertEquals(422, today.status());
        assertEquals(List.of("Target panel date must be after today"), today.errorSummary());
        assertEquals("Target panel date must be after today", today.inlineError("targetPanelDate"));
        assertEquals("4", today.html().getElementById("targetPanelDate").val(), "what was typed stays");
        assertEquals(List.of("Target panel date must be no later than the date the decision is due"),
                sw.post(page + "/plan", with(Map.of("plan", plan), date("targetPanelDate", "5", "5", "2027"))).errorSummary());
        assertEquals(List.of("Enter the assessment plan"),
                sw.post(page + "/plan", with(Map.of("plan", " "), date("targetPanelDate", "4", "5", "2027"))).errorSummary());
        assertEquals(303, sw.post(page + "/plan", with(Map.of("plan", plan), date("targetPanelDate", "4", "5", "2027"))).status());
        assertEquals("4 May 2027", sw.get(page).html().getElementById("target-panel-date").text());

        assertEquals(List.of("Date of the visit must be today or in the future"),
                sw.post(page + "/visits", with(Map.of("visitTime", "10:00"), date("visit", "3", "1", "2027"))).errorSummary());
        assertEquals(List.of("Enter the time of the visit"),
                sw.post(page + "/visits", date("visit", "11", "1", "2027")).errorSummary());
        assertEquals(List.of("Enter the time as hours and minutes, like 14:30"),
                sw.post(page + "/visits", with(Map.of("visitTime", "25:00"), date("visit", "11", "1", "2027"))).errorSummary());
        assertEquals(303, sw.post(page + "/visits", with(Map.of("visitTime", "14:30", "visitNote", "First session"),
                date("visit", "11", "1", "2027"))).status());
        assertEquals("11 January 2027 at 14:30: First session", sw.get(page).html().getElementById("visits").text());

        var early = sw.post(page + "/panel-date", date("panelDate", "1", "2", "2027"));
        assertEquals(422, early.status());
        assertEquals(List.of("Share the report with the applicant before setting the panel date"), early.errorSummary());
        assertTrue(early.html().getElementById("panelDate") != null, "the error links to a place on the page");

        int mailsBefore = Mailbox.to(person.email()).size();
        assertEquals(303, sw.post(page + "/report", Map.of()).status());
        assertEquals("Shared on 4 January 2027; comments due by 18 January 2027",
                sw.get(page).html().getElementById("par-shared").text());
        Mailbox.await(person.email(), mailsBefore + 1, Duration.ofSeconds(15));
        assertEquals(List.of("The report has already been shared"), sw.post(page + "/report", Map.of()).errorSummary());

        assertEquals(List.of("Panel date must be after the applicant’s time to comment on the report ends"),
                sw.post(page + "/panel-date", date("panelDate", "18", "1", "2027")).errorSummary());
        assertEquals(List.of("Enter the panel date"), sw.post(page + "/panel-date", Map.of()).errorSummary());
        assertEquals(303, sw.post(page + "/panel-date", date("panelDate", "19", "1", "2027")).status());
        assertEquals(JourneyState.AWAITING_PANEL, people.journey(person).state());
        var atPanel = sw.get(page).html();
        assertEquals("Waiting for panel", atPanel.getElementById("stage").text());
        assertTrue(atPanel.getElementById("history").text().contains("Sent to panel"));
        assertEquals(1, staff.audits(worker.id(), "STAGE_TWO_PLAN", "JOURNEY", person.journeyId()));
        assertEquals(1, staff.audits(worker.id(), "STAGE_TWO_SHARE_REPORT", "JOURNEY", person.journeyId()));
    }

    /** Takes a person in Stage Two to panel on {@code panel}, by the core steps staff take. */
    private StageTwoPeople.Person atPanel(String who, LocalDate panel) {
        clock.set(NOTIFIED);
        var person = people.inStageTwo(uniqueEmail(who));
        var worker = people.member(Role.SOCIAL_WORKER);
        assertTrue(stageTwo.assign(worker, person.journeyId(), worker.id()).isDone());
        assertTrue(stageTwo.plan(worker, person.journeyId(), "Plan", TypedDate.of(LocalDate.of(2027, 4, 1))).isDone());
        assertTrue(stageTwo.shareReport(worker, person.journeyId()).isDone());
        assertTrue(stageTwo.panelDate(worker, person.journeyId(), TypedDate.of(panel)).isDone());
        return person;
    }

    @Test
    void the_panel_recommends_on_its_date_and_only_a_team_manager_records_the_decision() {
        var person = atPanel("approved", LocalDate.of(2027, 2, 1));
        String page = page(person);
        clock.set(Instant.parse("2027-01-29T10:00:00Z"));
        WebClient sw = staff.signIn(client(), people.person("Sam Social", Role.SOCIAL_WORKER));
        assertEquals(List.of("The recommendation can be recorded on or after the panel date"),
                sw.post(page + "/recommendation", Map.of("recommendation", "SUITABLE")).errorSummary());

        clock.set(Instant.parse("2027-02-01T16:00:00Z"));
        sw = staff.signIn(client(), people.person("Sam Social", Role.SOCIAL_WORKER));
        assertEquals(List.of("Select the panel’s recommendation"),
                sw.post(page + "/recommendation", Map.of("recommendation", "MAYBE")).errorSummary());
        assertEquals(303, sw.post(page + "/recommendation", Map.of("recommendation", "SUITABLE")).status());

        Map<String, String> approve = with(Map.of("decision", "APPROVED"), date("decidedOn", "1", "2", "2027"));
        WebClient officer = staff.signIn(client(), people.person("Olu Officer", Role.RECRUITMENT_OFFICER));
        officer.get(page);
        var refused = officer.post(page + "/decision", approve);
        assertEquals(422, refused.status());
        assertEquals(List.of("Only a team manager, as agency decision maker, can record the decision"), refused.errorSummary());
        assertEquals(List.of("Only a team manager, as agency decision maker, can record the decision"),
                sw.post(page + "/decision", approve).errorSummary());
        assertEquals(JourneyState.AWAITING_PANEL, people.journey(person).state());

        var managerPerson = people.person("Tam Manager", Role.TEAM_MANAGER);
        WebClient adm = staff.signIn(client(), managerPerson);
        assertEquals(List.of("Select the decision", "Enter the date of the decision"),
                adm.post(page + "/decision", Map.of()).errorSummary());
        assertEquals(List.of("Date of the decision must be today or in the past"),
                adm.post(page + "/decision", with(Map.of("decision", "APPROVED"), date("decidedOn", "2", "2", "2027"))).errorSummary());
        assertEquals(List.of("Date of the decision must be on or after the panel date"),
                adm.post(page + "/decision", with(Map.of("decision", "APPROVED"), date("decidedOn", "29", "1", "2027"))).errorSummary());
        assertEquals(303, adm.post(page + "/decision", approve).status());
        assertEquals(JourneyState.APPROVED, people.journey(person).state());
        var done = adm.get(page).html();
        assertEquals("Approved on 1 February 2027", done.getElementById("decision-text").text());
        assertTrue(done.getElementById("history").text().contains("Approved by the agency decision maker"));
        assertEquals(1, sql.count("SELECT COUNT(*) FROM audit_event WHERE actor_id = ? AND action = 'JOURNEY_APPROVE'",
                managerPerson.id()));
    }

    @Test
    void a_not_suitable_decision_shows_the_forty_working_days_for_representations_or_the_irm() {
        var person = atPanel("not-suitable", LocalDate.of(2027, 2, 1));
        clock.set(Instant.parse("2027-02-02T10:00:00Z"));
        var manager = people.person("Tam Manager", Role.TEAM_MANAGER);
        WebClient adm = staff.signIn(client(), manager);
        String page = page(person);
        assertEquals(List.of("Record the panel’s recommendation before the decision"),
                adm.post(page + "/decision", with(Map.of("decision", "NOT_SUITABLE"), date("decidedOn", "1", "2", "2027"))).errorSummary());
        assertEquals(303, adm.post(page + "/recommendation", Map.of("recommendation", "NOT_SUITABLE")).status());
        assertEquals(303, adm.post(page + "/decision", with(Map.of("decision", "NOT_SUITABLE"),
                date("decidedOn", "1", "2", "2027"))).status());
        assertEquals(JourneyState.NOT_SUITABLE, people.journey(person).state());
        // 40 working days from Monday 1 February 2027, skipping Good Friday and Easter Monday
        assertEquals("31 March 2027", adm.get(page).html().getElementById("representations-due").text());
    }

    @Test
    void staff_record_comments_that_reached_them_another_way_but_not_after_the_ten_working_days() {
        clock.set(NOTIFIED);
        var person = people.inStageTwo(uniqueEmail("comments"));
        var worker = people.member(Role.SOCIAL_WORKER);
        assertTrue(stageTwo.assign(worker, person.journeyId(), worker.id()).isDone());
        assertTrue(stageTwo.plan(worker, person.journeyId(), "Plan", TypedDate.of(LocalDate.of(2027, 4, 1))).isDone());
        assertTrue(stageTwo.shareReport(worker, person.journeyId()).isDone());
        String page = page(person);

        clock.set(Instant.parse("2027-01-19T09:00:00Z")); // the day after the comments were due
        WebClient sw = staff.signIn(client(), people.person("Sam Social", Role.SOCIAL_WORKER));
        var late = sw.post(page + "/comments", Map.of("comments", "A letter that came late"));
        assertEquals(422, late.status());
        assertEquals(List.of("You cannot send comments on the report now: the time to comment has ended or your "
                + "comments have already been sent"), late.errorSummary());
        assertTrue(late.html().getElementById("comments") != null, "the error links to a place on the page");

        clock.set(Instant.parse("2027-01-18T16:00:00Z")); // the last day
        sw = staff.signIn(client(), people.person("Sam Social", Role.SOCIAL_WORKER));
        assertEquals(List.of("Enter your comments on the report"), sw.post(page + "/comments", Map.of()).errorSummary());
        assertEquals(303, sw.post(page + "/comments", Map.of("comments", "By letter: the dates are right")).status());
        assertEquals("By letter: the dates are right", sw.get(page).html().getElementById("comments-text").text());
    }

    @Test
    void staff_of_another_team_get_not_found_and_team_managers_see_every_team() {
        clock.set(NOTIFIED);
        var person = people.inStageTwo(uniqueEmail("boundaries"));
        String page = page(person);
        WebClient elsewhere = staff.signIn(client(), staff.person("Wen Elsewhere", Role.SOCIAL_WORKER,
                staff.team("sw-recruitment")));
        assertEquals(404, elsewhere.get(page).status());
        elsewhere.get("/staff");
        assertEquals(404, elsewhere.post(page + "/report", Map.of()).status());
        assertEquals(404, elsewhere.get("/staff/journeys/999999999/stage-two").status());
        assertEquals(0, sql.count("SELECT COUNT(*) FROM audit_event WHERE action = 'VIEW_STAGE_TWO' AND subject_id = ?",
                person.journeyId()), "nothing was shown to another team");
        assertEquals(0, sql.count("SELECT COUNT(*) FROM stage_two WHERE journey_id = ? AND par_shared_on IS NOT NULL",
                person.journeyId()));

        WebClient manager = staff.signIn(client(), staff.person("Tam Manager", Role.TEAM_MANAGER,
                staff.team("sw-recruitment")));
        assertEquals(200, manager.get(page).status());
        assertTrue(manager.get(page + "?done=nonsense").html().select(".govuk-notification-banner").isEmpty());
        assertEquals("The report is marked as shared and the applicant has been emailed.",
                manager.get(page + "?done=report").html().selectFirst(".govuk-notification-banner__heading").text());
    }
}
