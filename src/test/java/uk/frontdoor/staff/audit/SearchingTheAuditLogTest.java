package uk.frontdoor.staff.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.audit.AuditSearch;
import uk.frontdoor.core.audit.Subject;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.WebClient;

/**
 * The data protection officer searches the audit log over real HTTP: each filter finds what it should and nothing
 * else, paging newest first returns every entry exactly once (ties on the same millisecond included), bad input is a
 * 422 with the GOV.UK error summary, each page shown is one audit row, and nobody else may look (403).
 */
@MicronautTest(transactional = false)
class SearchingTheAuditLogTest extends AppTest {
    @Inject
    StaffFixture staff;

    @Inject
    AuditLog audit;

    @Inject
    Sql sql;

    StaffFixture.Person dpo;
    WebClient browser;

    @BeforeAll
    void signIn() {
        dpo = staff.person("Dana Protection", Role.DATA_PROTECTION_OFFICER);
        browser = staff.signIn(client(), dpo);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void paging_newest_first_shows_every_entry_of_a_record_exactly_once() {
        long subjectId = unique();
        clock.set(Instant.parse("2026-06-01T09:00:00Z"));
        List<Long> written = new ArrayList<>();
        for (int i = 0; i < 2 * AuditSearch.PAGE_SIZE + 20; i++) {
            if (i % 7 == 0) {
                clock.advance(Duration.ofMillis(1)); // seven entries share each millisecond: ties are ordered by id
            }
            audit.system("PAGING_TEST", Subject.ENQUIRY, subjectId, null);
            written.add(lastId());
        }
        clock.reset();

        List<Long> seen = new ArrayList<>();
        String address = "/staff/audit?subject=ENQUIRY&subjectId=" + subjectId;
        int pages = 0;
        while (address != null) {
            WebClient.Page page = browser.get(address);
            assertEquals(200, page.status());
            seen.addAll(entries(page));
            var older = page.html().selectFirst(".govuk-pagination__next a");
            address = older == null ? null : older.attr("href");
            pages++;
        }
        assertEquals(3, pages);
        List<Long> newestFirst = new ArrayList<>(written);
        java.util.Collections.reverse(newestFirst);
        assertEquals(newestFirst, seen, "every entry once, newest first");
    }

    @Test
    void each_filter_finds_its_entries_and_no_others() {
        long subjectId = unique();
        var colleague = staff.person("Cole Audited", Role.RECRUITMENT_OFFICER, staff.team("se-recruitment"));
        audit.staff(colleague.id(), "VIEW_WORK_ITEM", Subject.SUPPORT_REQUEST, subjectId, null);
        long byColleague = lastId();
        String action = "FILTER_TEST_" + UUID.randomUUID().toString().replaceAll("[^a-z]", "").toUpperCase();
        audit.system(action, Subject.TEAM, 1L, null);
        long byAction = lastId();
        clock.set(Instant.parse("2021-03-14T12:00:00Z"));
        audit.system("DATED_TEST", Subject.JOURNEY, subjectId, null);
        long dated = lastId();
        clock.reset();
        var item = staff.enquiry(staff.team("se-recruitment"));
        audit.staff(colleague.id(), "VIEW_WORK_ITEM", Subject.ENQUIRY, item.enquiryId(), null);
        long byReference = lastId();

        assertEquals(List.of(byColleague), entries(browser.get("/staff/audit?subject=SUPPORT_REQUEST&subjectId=" + subjectId)));
        assertEquals(List.of(byReference, byColleague),
                entries(browser.get("/staff/audit?actor=" + colleague.id())));
        assertEquals(List.of(byAction), entries(browser.get("/staff/audit?action=" + action)));
        assertEquals(List.of(byReference), entries(browser.get("/staff/audit?reference="
                + item.reference().toLowerCase().replace("-", "+"))), "a reference as it may be typed");
        List<Long> onThatDay = entries(browser.get(
                "/staff/audit?subject=JOURNEY&from-day=14&from-month=3&from-year=2021&to-day=14&to-month=3&to-year=2021"));
        assertTrue(onThatDay.contains(dated), "the day's entries include it");
        assertEquals(List.of(), entries(browser.get("/staff/audit?subject=JOURNEY&subjectId=" + subjectId
                + "&from-day=15&from-month=3&from-year=2021")), "from the next day: nothing");
        assertEquals(List.of(dated), entries(browser.get("/staff/audit?subject=JOURNEY&subjectId=" + subjectId
                + "&to-day=14&to-month=3&to-year=2021")), "to that day, the day itself included");
    }

    @Test
    void bad_input_is_shown_again_with_what_to_fix() {
        WebClient.Page notReal = browser.get("/staff/audit?from-day=31&from-month=2&from-year=2026");
        assertEquals(422, notReal.status());
        assertEquals(List.of("The date from must be a real date"), notReal.errorSummary());
        assertEquals("The date from must be a real date", notReal.inlineError("from"));
        assertEquals("31", notReal.html().getElementById("from").val(), "shown as typed");

        WebClient.Page backwards = browser.get(
                "/staff/audit?from-day=2&from-month=3&from-year=2026&to-day=1&to-month=3&to-year=2026");
        assertEquals(422, backwards.status());
        assertEquals(List.of("The date to must be the same as or after the date from"), backwards.errorSummary());

        WebClient.Page partial = browser.get("/staff/audit?to-day=1&to-year=2026");
        assertEquals(422, partial.status());
        assertEquals("#to-month", partial.html().selectFirst(".govuk-error-summary__list a").attr("href"));

        WebClient.Page notANumber = browser.get("/staff/audit?subject=ENQUIRY&subjectId=twelve");
        assertEquals(422, notANumber.status());
        assertEquals("Record number must be a number, like 1234", notANumber.inlineError("subjectId"));

        assertEquals(422, browser.get("/staff/audit?reference=ENQ-0000-0000-0").status());
        assertEquals(422, browser.get("/staff/audit?actor=987654321").status());
        assertEquals(422, browser.get("/staff/audit?subject=NOTHING").status());
        assertEquals(200, browser.get("/staff/audit?beforeAt=yesterday&beforeId=x").status(),
                "a mangled place starts from the newest");
    }

    @Test
    void each_page_shown_is_one_audit_row_and_nobody_else_may_look() {
        long before = lastId();
        assertEquals(200, browser.get("/staff/audit").status());
        assertEquals(List.of("VIEW_AUDIT_LOG"), sql.list("SELECT action FROM audit_event WHERE id > ? AND actor_id = ?",
                rs -> rs.getString(1), before, dpo.id()));

        for (Role role : List.of(Role.ADMINISTRATOR, Role.TEAM_MANAGER, Role.RECRUITMENT_OFFICER)) {
            var someone = staff.person("Not A Dpo", role, staff.team("se-recruitment"));
            WebClient theirs = staff.signIn(client(), someone);
            assertEquals(403, theirs.get("/staff/audit").status(), role.name());
            assertEquals(403, theirs.get("/staff/audit/verify").status(), role.name());
            assertNull(theirs.get("/staff").html().selectFirst("a[href=/staff/audit]"), "no link for " + role);
        }
        var home = browser.get("/staff").html();
        assertEquals(1, home.select("main a[href=/staff/audit]").size(), "the DPO's link home");
        assertEquals(1, home.select(".govuk-service-navigation a[href=/staff/audit]").size(), "and in the navigation");
    }

    @Test
    void a_data_protection_officer_must_set_up_an_authenticator_app_before_reading_the_log() {
        var dee = staff.personWithoutApp("Dee Protection", Role.DATA_PROTECTION_OFFICER);
        WebClient theirs = client();
        theirs.get("/staff/sign-in");
        WebClient.Page signedIn = theirs.post("/staff/sign-in", java.util.Map.of("email", dee.email(), "password",
                StaffFixture.PASSWORD, "next", "/staff/audit"));
        assertEquals(303, signedIn.status());
        assertTrue(signedIn.location().startsWith("/staff/two-factor/set-up"), signedIn.location());
        assertTrue(theirs.get("/staff/audit").location().startsWith("/staff/two-factor/set-up"), "not before the app");
    }

    @Test
    void the_data_protection_officer_verifies_the_chain_on_a_page() {
        assertEquals(200, browser.get("/staff/audit/verify").status());
        WebClient.Page checked = browser.post("/staff/audit/verify", java.util.Map.of());
        assertEquals(200, checked.status());
        assertTrue(checked.body().contains("The audit log is as it was written"), checked.html().select("main").text());
        assertEquals(1, sql.count("SELECT COUNT(*) FROM audit_event WHERE actor_id = ? AND action = 'VERIFY_AUDIT_CHAIN'",
                dpo.id()));
    }

    private static List<Long> entries(WebClient.Page page) {
        assertEquals(200, page.status(), page.errorSummary().toString());
        return page.html().select("td.app-audit-entry").eachText().stream().map(Long::parseLong).toList();
    }

    private long lastId() {
        return sql.count("SELECT MAX(id) FROM audit_event");
    }

    private static final Set<Long> USED = new HashSet<>();

    private static long unique() {
        long id;
        do {
            id = 800_000_000L + (long) (Math.random() * 100_000_000);
        } while (!USED.add(id));
        return id;
    }
}
