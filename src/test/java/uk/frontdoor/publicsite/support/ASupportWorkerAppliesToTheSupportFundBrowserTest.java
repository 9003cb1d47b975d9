package uk.frontdoor.publicsite.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Browsers;

/**
 * A support worker, in a real browser without JavaScript, records a case's approved support fund application whose
 * funding ends soon, and sees the case flagged on the team's queue; axe on every page.
 */
@MicronautTest(transactional = false)
class ASupportWorkerAppliesToTheSupportFundBrowserTest extends AppTest {
    @Inject
    Sql sql;
    @Inject
    StaffFixture staff;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static void date(Page page, String name, String d, String m, String y) {
        page.locator("#" + name).fill(d);
        page.locator("#" + name + "-month").fill(m);
        page.locator("#" + name + "-year").fill(y);
    }

    @Test
    @Timeout(120)
    void a_support_worker_records_an_approved_application_and_the_queue_shows_its_renewal_is_due() {
        clock.set(Instant.parse("2025-06-02T09:00:00Z"));
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
            assertThat(page.locator("#fund-applications")).isVisible();
            Browsers.assertAccessible(page);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a support fund application")).click();
            assertThat(page.locator("h1")).hasText("Add a support fund application");
            Browsers.assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save application")).click();
            assertThat(page.locator(".govuk-error-summary")).containsText("Enter the date applied");
            Browsers.assertAccessible(page);

            date(page, "appliedOn", "1", "4", "2025");
            page.getByLabel("Therapy type").fill("Theraplay");
            page.getByLabel("Provider").fill("The Family Place");
            page.getByLabel("Amount applied for, in pounds").fill("1,800");
            page.getByLabel("Approved").check();
            date(page, "decidedOn", "20", "4", "2025");
            date(page, "startsOn", "1", "5", "2025");
            date(page, "endsOn", "13", "6", "2025");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save application")).click();
            page.waitForURL("**/staff/items/" + item + "?done=fund*");
            assertThat(page.locator(".app-fund-application")).containsText("Renewal due");
            Browsers.assertAccessible(page);

            page.navigate("/staff/queues/" + staff.team("sw-support").id() + "?reference=" + reference);
            assertThat(page.locator("tbody")).containsText("Fund deadline soon");
            Browsers.assertAccessible(page);

            page.navigate("/staff");
            assertThat(page.locator("main")).containsText("Fund deadlines");
            Browsers.assertAccessible(page);
        }
    }
}
