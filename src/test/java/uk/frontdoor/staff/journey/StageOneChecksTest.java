package uk.frontdoor.staff.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uk.frontdoor.applicant.registration.InvitedApplicants;
import uk.frontdoor.core.journey.JourneyState;
import uk.frontdoor.core.journey.Journeys;
import uk.frontdoor.core.registration.Registrations;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.stageone.StageOne;
import uk.frontdoor.core.stageone.StageOneCheck;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.WebClient;

/**
 * Staff open a person's journey after accepting their registration: the Stage One checks, recording progress, the
 * extension of the decision date, the outcome, and who may see any of it.
 */
@MicronautTest(transactional = false)
class StageOneChecksTest extends AppTest {
    @Inject
    InvitedApplicants invited;
    @Inject
    StaffFixture staff;
    @Inject
    Registrations registrations;
    @Inject
    Journeys journeys;
    @Inject
    StageOne stageOne;
    @Inject
    Sql sql;

    /** A person whose registration a recruitment officer has just accepted; returns the journey id. */
    long accepted(String who) {
        var sent = invited.sent(uniqueEmail(who));
        assertTrue(registrations.decide(invited.officer("se-recruitment"), sent.registrationId(),
                Registrations.Decision.ACCEPT, "Checks and the March course", "").isDone());
        return sent.person().journey().id();
    }

    WebClient signedIn(Role role, String team) {
        var person = staff.person("Sol Staff", role, staff.team(team));
        return staff.signIn(client(), person);
    }

    static String page(long journeyId) {
        return "/staff/journeys/" + journeyId;
    }

    StageOneCheck check(long journeyId, int n) {
        return stageOne.checks(journeyId).get(n);
    }

    @Test
    void accepting_a_registration_opens_a_check_for_each_adult_each_referee_and_the_household() {
        long journey = accepted("checks-opened");
        WebClient office = signedIn(Role.RECRUITMENT_OFFICER, "se-recruitment");
        var shown = office.get(page(journey));
        assertEquals(200, shown.status());
        assertEquals(List.of("DBS check: Ivy Invited", "DBS check: Gus Gran", "Local authority checks", "GP health report",
                "Reference: Referee 1", "Reference: Referee 2", "Reference: Referee 3", "Preparation training",
                "Initial home visit"), WebClient.texts(shown.html(), "#checks tbody th"));
        assertTrue(shown.html().select(".app-check__status").eachText().stream().allMatch("Not started"::equals));
        assertEquals("Stage One", shown.html().selectFirst("#journey-state").text());
        assertTrue(shown.html().selectFirst("#journey-clock").text().contains("On track"));
        assertEquals("Registration accepted: Stage One", shown.html().selectFirst("#history tbody td:nth-child(2)").text());
        assertEquals(1, sql.count("SELECT COUNT(*) FROM audit_event WHERE action = 'VIEW_JOURNEY' AND subject_id = ?", journey));
    }

    @Test
    void the_clock_reads_due_within_five_working_days_then_overdue_as_the_date_passes() {
        clock.set(java.time.Instant.parse("2027-01-15T10:00:00Z")); // accepted Friday 15 January: due 15 March
        try {
            long journey = accepted("clock");
            clock.set(java.time.Instant.parse("2027-03-05T10:00:00Z")); // Friday: 6 working days left
            assertEquals("15 March 2027 On track", signedIn(Role.TEAM_MANAGER, "se-recruitment").get(page(journey))
                    .html().selectFirst("#journey-clock").text());
            clock.set(java.time.Instant.parse("2027-03-08T10:00:00Z")); // Monday: 5 working days left
            assertEquals("15 March 2027 Due within 5 working days", signedIn(Role.TEAM_MANAGER, "se-recruitment")
                    .get(page(journey)).html().selectFirst("#journey-clock").text());
            clock.set(java.time.Instant.parse("2027-03-16T10:00:00Z"));
            assertEquals("15 March 2027 Overdue", signedIn(Role.TEAM_MANAGER, "se-recruitment").get(page(journey))
                    .html().selectFirst("#journey-clock").text());
        } finally {
            clock.reset();
        }
    }

    @Test
    void an_officer_records_a_checks_progress_with_a_staff_note_and_the_change_is_audited() {
        long journey = accepted("check-recorded");
        WebClient office = signedIn(Role.RECRUITMENT_OFFICER, "se-recruitment");
        office.get(page(journey));
        var dbs = check(journey, 0);
        var saved = office.post(page(journey) + "/checks/" + dbs.id(), Map.of("status-" + dbs.id(), "REQUESTED",
                "note-" + dbs.id(), "Sent to DBS on the 3rd", "version", dbs.version()));
        assertEquals(303, saved.status());
        var shown = office.get(saved.location());
        assertEquals("The check has been updated.", shown.html().selectFirst(".govuk-notification-banner__heading").text());
        Element row = shown.html().getElementById("check-" + dbs.id());
        assertEquals("Requested", row.selectFirst(".app-check__status").text());
        assertTrue(row.selectFirst(".app-check__note").text().contains("Sent to DBS on the 3rd"));
        assertEquals(1, sql.count("""
                SELECT COUNT(*) FROM audit_event WHERE action = 'RECORD_STAGE_ONE_CHECK' AND subject_type = 'JOURNEY'
                AND subject_id = ? AND detail = 'DBS REQUESTED'""", journey));
    }

    @Test
    void an_unknown_status_or_an_overlong_note_is_refused_and_nothing_changes() {
        long journey = accepted("check-refused");
        WebClient office = signedIn(Role.RECRUITMENT_OFFICER, "se-recruitment");
        office.get(page(journey));
        var gp = check(journey, 3);
        var unknown = office.post(page(journey) + "/checks/" + gp.id(), Map.of("status-" + gp.id(), "LOST",
                "version", gp.version()));
        assertEquals(422, unknown.status());
        assertEquals(List.of("Select a status from the list"), unknown.errorSummary());
        assertEquals("Select a status from the list", unknown.inlineError("status-" + gp.id()));
        var tooLong = office.post(page(journey) + "/checks/" + gp.id(), Map.of("status-" + gp.id(), "RECEIVED",
                "note-" + gp.id(), "x".repeat(2001), "version", gp.version()));
        assertEquals(422, tooLong.status());
        assertEquals(List.of("The note must be 2000 characters or fewer"), tooLong.errorSummary());
        assertEquals("NOT_STARTED", check(journey, 3).status().name());
        assertEquals(1 + 2, sql.count("SELECT COUNT(*) FROM audit_event WHERE action = 'VIEW_JOURNEY' AND subject_id = ?",
                journey), "each page shown again with its errors is a view too (issue 12)");
    }

    @Test
    void an_administrator_sees_no_journey_and_a_support_worker_in_the_team_reads_it_but_records_no_check() {
        long journey = accepted("check-admin");
        WebClient admin = staff.signIn(client(), staff.person("Ada Admin", Role.ADMINISTRATOR));
        assertEquals(404, admin.get(page(journey)).status(), "administrators work no cases");
        WebClient worker = signedIn(Role.SUPPORT_WORKER, "se-recruitment");
        assertEquals(200, worker.get(page(journey)).status());
        var la = check(journey, 2);
        var refused = worker.post(page(journey) + "/checks/" + la.id(), Map.of("status-" + la.id(), "REQUESTED",
                "version", la.version()));
        assertEquals(422, refused.status());
        assertEquals(List.of("Only a recruitment officer, social worker or team manager can record a check"),
                refused.errorSummary());
        assertEquals("NOT_STARTED", check(journey, 2).status().name());
    }

    @Test
    void when_two_people_change_the_same_check_the_second_is_told_it_changed_meanwhile() {
        long journey = accepted("check-conflict");
        WebClient first = signedIn(Role.RECRUITMENT_OFFICER, "se-recruitment");
        WebClient second = signedIn(Role.TEAM_MANAGER, "se-recruitment");
        var visit = check(journey, 8);
        first.get(page(journey));
        second.get(page(journey));
        assertEquals(303, first.post(page(journey) + "/checks/" + visit.id(), Map.of("status-" + visit.id(), "COMPLETED",
                "version", visit.version())).status());
        var late = second.post(page(journey) + "/checks/" + visit.id(), Map.of("status-" + visit.id(), "NEEDS_ATTENTION",
                "version", visit.version()));
        assertEquals(409, late.status());
        assertTrue(late.errorSummary().get(0).startsWith("Someone else changed this check"));
        assertEquals("Completed", late.html().getElementById("check-" + visit.id()).selectFirst(".app-check__status").text());
        assertEquals("COMPLETED", check(journey, 8).status().name());
    }

    @Test
    void a_support_worker_cannot_move_the_stage_one_decision_date() {
        long journey = accepted("extension-admin");
        WebClient admin = signedIn(Role.SUPPORT_WORKER, "se-recruitment");
        admin.get(page(journey));
        var due = stageOne.decisionDue(journey).orElseThrow();
        var later = due.plusWeeks(3);
        var refused = admin.post(page(journey) + "/extension", Map.of("newDue-day", "" + later.getDayOfMonth(),
                "newDue-month", "" + later.getMonthValue(), "newDue-year", "" + later.getYear(),
                "reasonKind", "CHECKS_DELAYED", "reason", "The GP health report is late"));
        assertEquals(422, refused.status());
        assertEquals(List.of("Only a recruitment officer, social worker or team manager can extend Stage One"),
                refused.errorSummary());
        assertEquals(due, stageOne.decisionDue(journey).orElseThrow(), "the decision date has not moved");
        assertEquals(0, sql.count("SELECT COUNT(*) FROM journey_extension WHERE journey_id = ?", journey));
    }

    @Test
    void extending_the_decision_date_needs_a_real_later_date_and_a_reason_and_shows_who_and_why() {
        long journey = accepted("extension");
        WebClient office = signedIn(Role.RECRUITMENT_OFFICER, "se-recruitment");
        office.get(page(journey));
        var due = stageOne.decisionDue(journey).orElseThrow();
        String url = page(journey) + "/extension";

        var empty = office.post(url, Map.of());
        assertEquals(422, empty.status());
        assertEquals(List.of("Enter the new decision date", "Select why more time is needed",
                "Enter the reason for the extension"), empty.errorSummary());
        var unknownKind = office.post(url, Map.of("newDue-day", "1", "newDue-month", "1",
                "newDue-year", "" + (due.getYear() + 1), "reasonKind", "BECAUSE", "reason", "GP report late"));
        assertEquals(List.of("Select why more time is needed"), unknownKind.errorSummary());
        assertEquals("GP report late", unknownKind.html().getElementById("reason").val(), "what was typed is kept");
        var notReal = office.post(url, Map.of("newDue-day", "31", "newDue-month", "2", "newDue-year", "2027",
                "reasonKind", "CHECKS_DELAYED", "reason", "GP report late"));
        assertEquals(List.of("The new decision date must be a real date, for example 30 4 2027"), notReal.errorSummary());
        assertEquals("31", notReal.html().getElementById("newDue").val(), "what was typed is kept");
        var same = office.post(url, Map.of("newDue-day", "" + due.getDayOfMonth(), "newDue-month", "" + due.getMonthValue(),
                "newDue-year", "" + due.getYear(), "reasonKind", "CHECKS_DELAYED", "reason", "GP report late"));
        assertEquals(List.of("The new decision date must be after the current decision date"), same.errorSummary());
        var longReason = office.post(url, Map.of("newDue-day", "1", "newDue-month", "1", "newDue-year", "" + (due.getYear() + 1),
                "reasonKind", "OTHER", "reason", "y".repeat(2001)));
        assertEquals(List.of("The reason must be 2000 characters or fewer"), longReason.errorSummary());
        assertEquals(due, stageOne.decisionDue(journey).orElseThrow(), "nothing half-written");

        var later = due.plusWeeks(3);
        var extended = office.post(url, Map.of("newDue-day", "" + later.getDayOfMonth(),
                "newDue-month", "" + later.getMonthValue(), "newDue-year", "" + later.getYear(),
                "reasonKind", "CHECKS_DELAYED", "reason", "The GP health report is late"));
        assertEquals(303, extended.status());
        assertEquals(later, stageOne.decisionDue(journey).orElseThrow());
        var manager = signedIn(Role.TEAM_MANAGER, "se-recruitment");
        var shown = manager.get(page(journey));
        assertTrue(shown.html().selectFirst("#extensions").text().contains("The GP health report is late"));
        assertTrue(shown.html().selectFirst("#extensions").text().contains("Checks or references are taking longer"));
        assertEquals("CHECKS_DELAYED", sql.one("SELECT reason_kind FROM journey_extension WHERE journey_id = ?",
                rs -> rs.getString(1), journey).orElseThrow());
        assertTrue(shown.html().selectFirst("#extensions").text().contains("Sol Staff"));
        assertEquals(1, sql.count("SELECT COUNT(*) FROM audit_event WHERE action = 'EXTEND_STAGE_ONE' AND subject_id = ?", journey));
    }

    @Test
    void the_outcome_needs_every_check_completed_or_reasons_and_only_an_assessor_records_it() {
        long journey = accepted("outcome");
        WebClient office = signedIn(Role.RECRUITMENT_OFFICER, "se-recruitment");
        WebClient social = signedIn(Role.SOCIAL_WORKER, "se-recruitment");
        social.get(page(journey));
        String url = page(journey) + "/outcome";
        assertEquals(List.of("Select the Stage One outcome"), social.post(url, Map.of()).errorSummary());
        assertEquals(List.of("Enter the reasons the applicants are not suitable to proceed"),
                social.post(url, Map.of("outcome", "not-suitable", "reasons", " ")).errorSummary());
        var early = social.post(url, Map.of("outcome", "proceed"));
        assertEquals(422, early.status());
        assertEquals(List.of("Every check must be completed before the applicants can proceed to Stage Two"),
                early.errorSummary());

        for (StageOneCheck c : stageOne.checks(journey)) {
            assertEquals(303, social.post(page(journey) + "/checks/" + c.id(), Map.of("status-" + c.id(), "COMPLETED",
                    "version", c.version())).status());
        }
        office.get(page(journey));
        var notAssessor = office.post(url, Map.of("outcome", "proceed"));
        assertEquals(List.of("Only a social worker or a team manager can record the Stage One outcome"),
                notAssessor.errorSummary());
        assertEquals(JourneyState.STAGE_ONE, journeys.find(journey).orElseThrow().state());

        social.get(page(journey));
        assertEquals(303, social.post(url, Map.of("outcome", "proceed")).status());
        assertEquals(JourneyState.STAGE_ONE_COMPLETE, journeys.find(journey).orElseThrow().state());
        var after = social.get(page(journey));
        assertFalse(after.body().contains("action=\"" + url + "\""), "no outcome form once decided");
        var dbs = check(journey, 0);
        assertEquals(422, social.post(page(journey) + "/checks/" + dbs.id(), Map.of("status-" + dbs.id(), "REQUESTED",
                "version", dbs.version())).status());
    }

    @Test
    void a_team_manager_finds_a_person_not_suitable_with_reasons() {
        long journey = accepted("not-suitable");
        WebClient manager = signedIn(Role.TEAM_MANAGER, "se-recruitment");
        manager.get(page(journey));
        assertEquals(303, manager.post(page(journey) + "/outcome", Map.of("outcome", "not-suitable",
                "reasons", "A reference raised concerns we discussed with you")).status());
        assertEquals(JourneyState.NOT_SUITABLE_AT_STAGE_ONE, journeys.find(journey).orElseThrow().state());
        assertEquals("A reference raised concerns we discussed with you", journeys.history(journey).get(0).detail());
    }

    @Test
    void staff_of_another_spoke_get_not_found_and_nothing_is_shown_or_changed() {
        long journey = accepted("other-spoke");
        WebClient elsewhere = signedIn(Role.RECRUITMENT_OFFICER, "sw-recruitment");
        var shown = elsewhere.get(page(journey));
        assertEquals(404, shown.status());
        assertFalse(shown.body().contains("Ivy Invited"));
        elsewhere.get("/staff");
        var dbs = check(journey, 0);
        assertEquals(404, elsewhere.post(page(journey) + "/checks/" + dbs.id(), Map.of("status-" + dbs.id(), "COMPLETED",
                "version", dbs.version())).status());
        assertEquals(404, elsewhere.post(page(journey) + "/extension", Map.of("newDue-day", "1", "newDue-month", "1",
                "newDue-year", "2099", "reason", "x")).status());
        assertEquals("NOT_STARTED", check(journey, 0).status().name());
        assertEquals(0, sql.count("SELECT COUNT(*) FROM audit_event WHERE action = 'VIEW_JOURNEY' AND subject_id = ?", journey));

        WebClient home = signedIn(Role.RECRUITMENT_OFFICER, "se-recruitment");
        home.get(page(journey));
        long other = accepted("other-journey");
        var foreignCheck = check(other, 0);
        assertEquals(404, home.post(page(journey) + "/checks/" + foreignCheck.id(), Map.of(
                "status-" + foreignCheck.id(), "COMPLETED", "version", foreignCheck.version())).status(),
                "a check of another journey through this journey's address");
        assertEquals(404, home.get("/staff/journeys/999999999").status());
    }
}
