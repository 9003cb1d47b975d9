package uk.frontdoor.publicsite.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.WebClient;

/** A support worker records what happens to a support request: an assessment, then a referral to the council. */
@MicronautTest(transactional = false)
class ASupportWorkerRecordsAnOutcomeTest extends AppTest {
    @Inject
    Sql sql;
    @Inject
    StaffFixture staff;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long sendRequest() {
        SupportRequester sam = new SupportRequester(client()).hasAnsweredEverything();
        sam.sendsAndReadsReference();
        return sql.one("""
                SELECT w.id FROM work_item w JOIN support_request r ON r.id = w.subject_id
                WHERE w.subject_type = 'SUPPORT_REQUEST' AND r.email = ?""", rs -> rs.getLong(1), sam.email).orElseThrow();
    }

    private String status(long item) {
        return sql.one("SELECT status FROM work_item WHERE id = ?", rs -> rs.getString(1), item).orElseThrow();
    }

    private WebClient.Page record(WebClient worker, long item, Map<String, String> fields) {
        String version = worker.get("/staff/items/" + item).html().selectFirst("input[name=version]").val();
        Map<String, String> all = new HashMap<>(fields);
        all.put("version", version);
        return worker.post("/staff/items/" + item + "/support-outcome", all);
    }

    @Test
    void a_support_worker_starts_an_assessment_with_a_worker_date_and_plan_then_refers_it_to_the_council() {
        clock.set(Instant.parse("2025-06-02T09:00:00Z"));
        long item = sendRequest(); // order 20 June 2018: more than 3 years, family in Merton
        StaffFixture.Person sue = staff.person("Sue Worker", Role.SUPPORT_WORKER, staff.team("sw-support"));
        StaffFixture.Person raj = staff.person("Raj Assessor", Role.SUPPORT_WORKER, staff.team("sw-support"));
        WebClient worker = staff.signIn(client(), sue);

        WebClient.Page missing = record(worker, item, Map.of("supportOutcome", "ASSESSMENT"));
        assertEquals(422, missing.status());
        assertEquals("Select the worker who will do the assessment", missing.inlineError("worker"));
        assertEquals("Enter the assessment date", missing.inlineError("assessedOn"));
        assertEquals("Enter the assessment plan", missing.inlineError("plan"));
        assertEquals("NEW", status(item), "nothing was recorded");

        WebClient.Page done = record(worker, item, Map.of("supportOutcome", "ASSESSMENT", "worker", String.valueOf(raj.id()),
                "assessedOn-day", "2", "assessedOn-month", "6", "assessedOn-year", "2025",
                "plan", "Apply to the support fund for therapeutic parenting"));
        assertEquals(303, done.status());
        assertEquals("ASSESSING", status(item));
        assertEquals(raj.id(), sql.one("SELECT assigned_to FROM work_item WHERE id = ?", rs -> rs.getLong(1), item).orElseThrow());
        String page = worker.get("/staff/items/" + item).html().select("main").text();
        assertTrue(page.contains("Assessment by " + raj.name() + " on 2025-06-02. Plan: Apply to the support fund"), page);

        WebClient.Page noWhom = record(worker, item, Map.of("supportOutcome", "REFERRED_TO_COUNCIL",
                "referredOn-day", "2", "referredOn-month", "6", "referredOn-year", "2025"));
        assertEquals("Enter who you referred it to", noWhom.inlineError("referredTo"));
        assertEquals(303, record(worker, item, Map.of("supportOutcome", "REFERRED_TO_COUNCIL",
                "referredOn-day", "2", "referredOn-month", "6", "referredOn-year", "2025",
                "referredTo", "Merton MASH, duty manager")).status());
        assertEquals("REFERRED_TO_COUNCIL", status(item));
        assertEquals(1, sql.count("SELECT COUNT(*) FROM audit_event WHERE action = 'SUPPORT_REFERRED_TO_COUNCIL' "
                + "AND detail = 'Referred on 2025-06-02 to Merton MASH, duty manager' AND actor_id = ?", sue.id()));
    }

    @Test
    void an_enquirys_triage_outcomes_cannot_be_recorded_on_a_support_request() {
        long item = sendRequest();
        WebClient worker = staff.signIn(client(), staff.person("Sue Worker", Role.SUPPORT_WORKER, staff.team("sw-support")));
        var html = worker.get("/staff/items/" + item).html();
        assertEquals(null, html.getElementById("outcome-heading"), "no triage outcome form");
        String version = html.selectFirst("input[name=version]").val();
        assertEquals(404, worker.post("/staff/items/" + item + "/outcome",
                Map.of("version", version, "outcome", "INVITE_TO_EVENT")).status());
        assertEquals("NEW", status(item));
    }
}
