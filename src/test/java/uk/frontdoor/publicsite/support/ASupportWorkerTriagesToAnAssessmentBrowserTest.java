package uk.frontdoor.publicsite.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Browsers;

/** A support worker, in a real browser without JavaScript, opens a support request and starts an assessment; axe on every page. */
@MicronautTest(transactional = false)
class ASupportWorkerTriagesToAnAssessmentBrowserTest extends AppTest {
    @Inject
    Sql sql;
    @Inject
    StaffFixture staff;

    @Test
    @Timeout(120)
    void a_support_worker_triages_a_request_for_therapeutic_support_to_an_assessment() {
        SupportRequester sam = new SupportRequester(client()).hasAnsweredEverything();
        String reference = sam.sendsAndReadsReference();
        long item = sql.one("""
                SELECT w.id FROM work_item w JOIN support_request r ON r.id = w.subject_id
                WHERE w.subject_type = 'SUPPORT_REQUEST' AND r.email = ?""", rs -> rs.getLong(1), sam.email).orElseThrow();
        StaffFixture.Person sue = staff.person("Sue Worker", Role.SUPPORT_WORKER, staff.team("sw-support"));

        try (BrowserContext context = Browsers.context(baseUrl(), false)) {
            Page page = context.newPage();
            page.navigate("/staff/items/" + item);
            page.getByLabel("Email address", new Page.GetByLabelOptions().setExact(true)).fill(sue.email());
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(StaffFixture.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            page.waitForURL("**/staff/items/" + item);
            assertThat(page.locator("main")).containsText(reference);
            assertThat(page.locator("#responsibility")).containsText("Merton");
            Browsers.assertAccessible(page);

            page.getByLabel("Assessment of support needs").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record outcome")).click();
            assertThat(page.locator(".govuk-error-summary")).containsText("Select the worker who will do the assessment");
            Browsers.assertAccessible(page);

            page.getByLabel("Assessment of support needs").check();
            page.getByLabel("Worker allocated to the assessment").selectOption(String.valueOf(sue.id()));
            page.locator("#assessedOn").fill("1");
            page.locator("#assessedOn-month").fill("6");
            page.locator("#assessedOn-year").fill("2025");
            page.getByLabel("Assessment plan").fill("Therapeutic parenting course; apply to the support fund");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record outcome")).click();
            page.waitForURL("**/staff/items/" + item + "?done=outcome");
            assertThat(page.locator("main")).containsText("Assessing support needs");
            Browsers.assertAccessible(page);
        }
        assertEquals("ASSESSING", sql.one("SELECT status FROM work_item WHERE id = ?", rs -> rs.getString(1), item)
                .orElseThrow());
    }
}
