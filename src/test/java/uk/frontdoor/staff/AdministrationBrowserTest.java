package uk.frontdoor.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.staff.StaffFixture.Person;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Browsers;

/** The administration pages in a real browser, checked with axe on every page. */
@MicronautTest(transactional = false)
class AdministrationBrowserTest extends AppTest {
    @Inject
    StaffFixture fixture;
    @Inject
    uk.frontdoor.platform.db.Sql sql;
    @Inject
    uk.frontdoor.core.calendar.BankHolidays holidays;

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private static Page.GetByLabelOptions exactly() {
        return new Page.GetByLabelOptions().setExact(true);
    }

    private static String banner(Page page) {
        return page.locator(".govuk-notification-banner__heading").textContent().trim();
    }

    @Test
    void an_administrator_visits_each_administration_page() {
        Person admin = fixture.person("Ada Admin", Role.ADMINISTRATOR);
        try (BrowserContext context = Browsers.context(baseUrl(), true)) {
            Page page = context.newPage();
            page.navigate("/staff/sign-in");
            fixture.signIn(page, admin);
            page.waitForURL("**/staff");

            page.getByRole(AriaRole.LINK, named("Administration")).click();
            assertEquals("Administration", page.locator("h1").textContent());
            Browsers.assertAccessible(page);

            page.getByRole(AriaRole.LINK, named("Staff accounts")).click();
            assertEquals("Staff accounts", page.locator("h1").textContent());
            Browsers.assertAccessible(page);

            page.getByRole(AriaRole.BUTTON, named("Create a staff account")).click();
            Browsers.assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, named("Create account")).click();
            assertTrue(page.locator(".govuk-error-summary").textContent().contains("Enter the person’s full name"));
            Browsers.assertAccessible(page);

            page.navigate("/staff/admin/routing");
            assertEquals("Routing", page.locator("h1").textContent());
            Browsers.assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, named("Save routing")).click();
            assertEquals("The routing has been saved.", banner(page));
            Browsers.assertAccessible(page);

            page.navigate("/staff/admin/targets");
            Browsers.assertAccessible(page);
            page.getByLabel("Adoption support requests: working days", exactly()).fill("none");
            page.getByRole(AriaRole.BUTTON, named("Save targets")).click();
            assertTrue(page.locator(".govuk-error-summary").textContent().contains("Enter a whole number of working days from 1 to 60"));
            Browsers.assertAccessible(page);

            // the region's population for the diversity tables: refused, at a desktop's width and a phone's
            page.navigate("/staff/admin");
            page.getByRole(AriaRole.LINK, named("The region’s population")).click();
            assertEquals("The region’s population", page.locator("h1").textContent());
            page.getByLabel("White", exactly()).fill("lots");
            page.getByRole(AriaRole.BUTTON, named("Save population")).click();
            assertTrue(page.locator(".govuk-error-summary").textContent().contains(
                    "Select whether the ethnic group figures are percentages or numbers of people"));
            Browsers.assertAccessible(page);
            var desktop = page.viewportSize();
            page.setViewportSize(375, 800);
            Browsers.assertAccessible(page);
            page.setViewportSize(desktop.width, desktop.height);

            // the bank holidays: a file upload, from the browser's own multipart form (its CSRF token inside)
            page.navigate("/staff/admin");
            page.getByRole(AriaRole.LINK, named("Bank holidays")).click();
            assertEquals("Bank holidays", page.locator("h1").textContent());
            Browsers.assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, named("Upload bank holidays")).click();
            assertTrue(page.locator(".govuk-error-summary").textContent().contains("Select the bank holidays file"));
            Browsers.assertAccessible(page);
            page.getByLabel("Upload the bank holidays file").setInputFiles(new com.microsoft.playwright.options.FilePayload(
                    "bank-holidays.json", "application/json", uk.frontdoor.staff.admin.BringingInBankHolidaysTest
                            .govukFile("2039-12-26", "Boxing Day")));
            page.getByRole(AriaRole.BUTTON, named("Upload bank holidays")).click();
            assertEquals("Bank holidays brought in: 1 added, 0 renamed, 0 removed.", banner(page));
            Browsers.assertAccessible(page);

            // the region: its overview, a form refused, and a team that cannot be removed yet
            page.navigate("/staff/admin");
            page.getByRole(AriaRole.LINK, named("The region")).click();
            assertEquals("The region", page.locator("h1").textContent());
            Browsers.assertAccessible(page);
            page.getByRole(AriaRole.LINK, named("Add a borough")).click();
            page.getByRole(AriaRole.BUTTON, named("Save borough")).click();
            assertTrue(page.locator(".govuk-error-summary").textContent().contains("Enter the borough’s name"));
            Browsers.assertAccessible(page);
            page.navigate("/staff/admin/region/teams/" + fixture.team("se-recruitment").id());
            page.getByRole(AriaRole.BUTTON, named("Remove team")).click();
            assertTrue(page.locator("#team-error").textContent().contains("The team is still in use."));
            Browsers.assertAccessible(page);
        } finally {
            sql.update("DELETE FROM bank_holiday WHERE holiday_date > '2035-12-31'");
            holidays.reload();
        }
    }
}
