package uk.frontdoor.staff.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Browsers;
import uk.frontdoor.testing.WebClient;

/** An administrator reads the retention schedule with what the next run will do, and changes a rule. */
@MicronautTest(transactional = false)
class KeepingTheRetentionScheduleTest extends AppTest {
    @Inject
    StaffFixture fixture;
    @Inject
    Sql sql;

    @AfterEach
    void defaultsBack() {
        sql.update("UPDATE retention_rule SET amount = 90, unit = 'DAYS', action = 'DELETE' WHERE record_kind = 'OUTBOX_EMAIL'");
    }

    @Test
    void the_schedule_shows_every_rule_a_bad_change_is_refused_and_a_good_one_reaches_the_privacy_notice() {
        var admin = fixture.person("Ada Admin", Role.ADMINISTRATOR);
        WebClient browser = fixture.signIn(client(), admin);

        var schedule = browser.get("/staff/admin/retention");
        assertEquals(200, schedule.status());
        List<String> rows = schedule.html().select(".app-retention-schedule tbody th").eachText();
        assertEquals(10, rows.size(), "one row per kind of record");
        assertTrue(rows.contains("Enquiry closed with no further action"), rows.toString());
        assertTrue(schedule.html().select(".app-retention-schedule tbody tr").eachText().stream()
                .anyMatch(row -> row.startsWith("Email sent 90 days after it was sent Delete")), "period and action");

        var form = browser.get("/staff/admin/retention/outbox-email");
        assertEquals("90", form.html().selectFirst("#amount").val());
        assertTrue(form.html().select("input[name=action][type=radio]").isEmpty(), "emails are only ever deleted");

        var refused = browser.post("/staff/admin/retention/outbox-email",
                Map.of("amount", "ninety", "unit", "DAYS", "action", "DELETE"));
        assertEquals(422, refused.status());
        assertEquals(List.of("Enter how long to keep these records as a whole number, like 6"), refused.errorSummary());
        assertTrue(refused.inlineError("amount").contains("whole number"));
        assertEquals("ninety", refused.html().selectFirst("#amount").val(), "what was typed is kept");
        var notForJourneys = browser.post("/staff/admin/retention/journey-ended",
                Map.of("amount", "5", "unit", "YEARS", "action", "DELETE"));
        assertEquals(422, notForJourneys.status());
        assertEquals(List.of("Records of this kind can only be anonymised: reports count them"),
                notForJourneys.errorSummary());

        var saved = browser.post("/staff/admin/retention/outbox-email",
                Map.of("amount", "6", "unit", "MONTHS", "action", "DELETE"));
        assertEquals(303, saved.status());
        assertEquals("/staff/admin/retention?saved=outbox-email", saved.location());
        assertTrue(browser.get(saved.location()).html().selectFirst(".govuk-notification-banner").text()
                .contains("The rule for “Email sent” is saved"));
        assertEquals(1, sql.count("""
                SELECT COUNT(*) FROM audit_event WHERE actor_type = 'STAFF' AND actor_id = ? AND action = 'CHANGE_RETENTION'
                AND detail = 'OUTBOX_EMAIL: 90 DAYS DELETE -> 6 MONTHS DELETE'""", admin.id()));
        assertTrue(client().get("/privacy").html().select(".app-retention tbody tr").eachText()
                .contains("An email we sent you 6 months after it was sent, then we delete it"),
                "the privacy notice says what the schedule says");
    }

    @Test
    void the_pages_are_accessible_with_and_without_javascript_at_desktop_and_phone_widths() {
        var admin = fixture.person("Ada Admin", Role.ADMINISTRATOR);
        for (boolean javaScript : List.of(true, false)) {
            try (BrowserContext context = Browsers.context(baseUrl(), javaScript)) {
                Page page = context.newPage();
                page.navigate("/staff/sign-in");
                fixture.signIn(page, admin);
                page.waitForURL("**/staff");
                page.navigate("/staff/admin");
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Retention schedule")).click();
                assertEquals("Retention schedule", page.locator("h1").textContent());
                Browsers.assertAccessible(page);
                page.setViewportSize(375, 800);
                Browsers.assertAccessible(page);
                page.setViewportSize(1280, 800);
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change Unsent form answers")).click();
                page.getByLabel("Keep for").fill("");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save rule")).click();
                assertTrue(page.locator(".govuk-error-summary").textContent()
                        .contains("Enter how long to keep these records"));
                Browsers.assertAccessible(page);
                page.setViewportSize(375, 800);
                Browsers.assertAccessible(page);
            }
        }
    }
}
