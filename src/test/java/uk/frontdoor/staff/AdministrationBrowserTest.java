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
        }
    }
}
