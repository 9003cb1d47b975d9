package uk.frontdoor.publicsite.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.WebClient;

/**
 * A support worker records the case's application to the Adoption and Special Guardianship Support Fund, sees
 * it on the case, and the team's queue shows the case while its funded therapy is about to end.
 */
@MicronautTest(transactional = false)
class ASupportWorkerTracksAFundApplicationTest extends AppTest {
    @Inject
    Sql sql;
    @Inject
    StaffFixture staff;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private record Case(long item, String reference, long team) {
    }

    /** A request that lands in the South West support queue (order in 2018, the family in Merton). */
    private Case sendRequest() {
        SupportRequester sam = new SupportRequester(client()).hasAnsweredEverything();
        String reference = sam.sendsAndReadsReference();
        return sql.one("""
                SELECT w.id, w.team_id FROM work_item w JOIN support_request r ON r.id = w.subject_id
                WHERE w.subject_type = 'SUPPORT_REQUEST' AND r.email = ?""",
                rs -> new Case(rs.getLong(1), reference, rs.getLong(2)), sam.email).orElseThrow();
    }

    private static Map<String, String> approvedEnding(String day, String month, String year) {
        Map<String, String> f = new HashMap<>();
        date(f, "appliedOn", "1", "4", "2025");
        f.put("therapyType", "Dyadic developmental psychotherapy");
        f.put("provider", "Family Futures");
        f.put("amount", "2,500");
        f.put("decision", "APPROVED");
        date(f, "decidedOn", "15", "4", "2025");
        date(f, "startsOn", "1", "5", "2025");
        date(f, "endsOn", day, month, year);
        return f;
    }

    private static void date(Map<String, String> f, String name, String d, String m, String y) {
        f.put(name + "-day", d);
        f.put(name + "-month", m);
        f.put(name + "-year", y);
    }

    private long applications(long item) {
        return sql.count("""
                SELECT COUNT(*) FROM asgsf_application a JOIN work_item w ON w.subject_id = a.support_request_id
                WHERE w.id = ?""", item);
    }

    private Document queueRow(WebClient worker, Case c) {
        return worker.get("/staff/queues/" + c.team() + "?reference=" + c.reference()).html();
    }

    private long fundDeadlinesOnCard(WebClient worker, Case c) {
        var card = worker.get("/staff").html().select(".app-queue-card").stream()
                .filter(e -> e.select("a[href=/staff/queues/" + c.team() + "]").size() == 1).findFirst().orElseThrow();
        return Long.parseLong(card.selectFirst(".app-fund-deadlines dd").text());
    }

    @Test
    void a_support_worker_adds_an_approved_application_whose_funding_ends_soon_and_the_queue_shows_it() {
        clock.set(Instant.parse("2025-06-02T09:00:00Z"));
        Case c = sendRequest();
        StaffFixture.Person sue = staff.person("Sue Worker", Role.SUPPORT_WORKER, staff.team("sw-support"));
        WebClient worker = staff.signIn(client(), sue);
        assertTrue(worker.get("/staff/items/" + c.item()).html().getElementById("fund-applications").nextElementSibling()
                .text().contains("No applications"));
        long before = fundDeadlinesOnCard(worker, c);

        worker.get("/staff/items/" + c.item() + "/fund-applications/new");
        WebClient.Page added = worker.post("/staff/items/" + c.item() + "/fund-applications",
                approvedEnding("20", "6", "2025")); // 14 working days away: within the 20-day renewal window
        assertEquals(303, added.status(), String.valueOf(worker.post("/staff/items/" + c.item() + "/fund-applications",
                Map.of()).errorSummary()));
        assertEquals(1, applications(c.item()));

        Document item = worker.open(added.location()).html();
        String card = item.selectFirst(".app-fund-application").text();
        assertTrue(card.contains("Dyadic developmental psychotherapy") && card.contains("Family Futures")
                && card.contains("£2,500.00") && card.contains("Approved on 15 April 2025")
                && card.contains("1 May 2025 to 20 June 2025") && card.contains("Renewal due"), card);
        assertTrue(item.getElementById("history").parent().text().contains("Support fund application added"));
        assertEquals(1, sql.count("SELECT COUNT(*) FROM audit_event WHERE action = 'ASGSF_APPLICATION_ADDED' AND actor_id = ?",
                sue.id()));

        assertEquals("Fund deadline soon", queueRow(worker, c).selectFirst("tbody .govuk-tag--orange").text());
        assertEquals(before + 1, fundDeadlinesOnCard(worker, c));

        // the renewal window passes when the funding is extended
        String href = item.selectFirst(".app-fund-application a").attr("href");
        String version = worker.get(href).html().selectFirst("input[name=version]").val();
        Map<String, String> longer = approvedEnding("30", "11", "2025");
        longer.put("version", version);
        assertEquals(303, worker.post(href, longer).status());
        assertTrue(queueRow(worker, c).select("tbody .govuk-tag--orange").isEmpty());
        assertEquals(before, fundDeadlinesOnCard(worker, c));

        // a form opened before that change is out of date: refused, and shown as it now is
        longer.put("amount", "2,000");
        WebClient.Page stale = worker.post(href, longer);
        assertEquals(409, stale.status());
        assertEquals("2500.00", stale.html().getElementById("amount").val());
    }

    @Test
    void an_application_that_breaks_the_rules_is_refused_with_each_problem_and_nothing_is_kept() {
        clock.set(Instant.parse("2025-06-02T09:00:00Z"));
        Case c = sendRequest();
        WebClient worker = staff.signIn(client(), staff.person("Sue Worker", Role.SUPPORT_WORKER, staff.team("sw-support")));
        worker.get("/staff/items/" + c.item() + "/fund-applications/new");
        Map<String, String> wrong = approvedEnding("30", "4", "2025");
        wrong.put("amount", "25000");
        date(wrong, "decidedOn", "31", "3", "2025");
        wrong.put("provider", "");
        WebClient.Page refused = worker.post("/staff/items/" + c.item() + "/fund-applications", wrong);
        assertEquals(422, refused.status());
        assertTrue(refused.html().title().startsWith("Error:"));
        assertEquals("Enter the provider", refused.inlineError("provider"));
        assertEquals("Amount must be £10,000 or less", refused.inlineError("amount"));
        assertEquals("Decision date must be on or after the date applied", refused.inlineError("decidedOn"));
        assertEquals("End date must be after the start date", refused.inlineError("endsOn"));
        assertEquals("25000", refused.html().getElementById("amount").val(), "what was typed is shown again");
        assertEquals(0, applications(c.item()));

        Map<String, String> pending = approvedEnding("", "", "");
        pending.put("decision", "PENDING");
        date(pending, "decidedOn", "", "", "");
        date(pending, "startsOn", "", "", "");
        assertEquals(303, worker.post("/staff/items/" + c.item() + "/fund-applications", pending).status(),
                "a pending application needs no decision date or funded period");
    }

    @Test
    void another_cases_application_and_another_teams_case_are_not_reachable() {
        Case mine = sendRequest();
        Case other = sendRequest();
        WebClient worker = staff.signIn(client(), staff.person("Sue Worker", Role.SUPPORT_WORKER, staff.team("sw-support")));
        worker.get("/staff/items/" + other.item() + "/fund-applications/new");
        Map<String, String> pending = approvedEnding("", "", "");
        pending.put("decision", "PENDING");
        date(pending, "decidedOn", "", "", "");
        date(pending, "startsOn", "", "", "");
        assertEquals(303, worker.post("/staff/items/" + other.item() + "/fund-applications", pending).status());
        long othersApplication = sql.one("""
                SELECT a.id FROM asgsf_application a JOIN work_item w ON w.subject_id = a.support_request_id
                WHERE w.id = ?""", rs -> rs.getLong(1), other.item()).orElseThrow();

        assertEquals(404, worker.get("/staff/items/" + mine.item() + "/fund-applications/" + othersApplication).status());
        worker.get("/staff/items/" + mine.item());
        assertEquals(404, worker.post("/staff/items/" + mine.item() + "/fund-applications/" + othersApplication,
                pending).status());

        WebClient southEast = staff.signIn(client(), staff.person("Sam Worker", Role.SUPPORT_WORKER, staff.team("se-support")));
        southEast.get("/staff");
        assertEquals(404, southEast.get("/staff/items/" + mine.item() + "/fund-applications/new").status());
        long before = sql.count("SELECT COUNT(*) FROM asgsf_application");
        assertEquals(404, southEast.post("/staff/items/" + mine.item() + "/fund-applications", pending).status());
        assertEquals(before, sql.count("SELECT COUNT(*) FROM asgsf_application"), "another team's case takes nothing");
        assertNull(southEast.get("/staff/items/" + mine.item()).html().selectFirst(".app-fund-application"));
    }
}
