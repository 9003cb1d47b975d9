package uk.frontdoor.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.region.Team;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.staff.StaffFixture.Item;
import uk.frontdoor.staff.StaffFixture.Person;
import uk.frontdoor.support.AppTest;
import uk.frontdoor.support.Browsers;

/**
 * The same sign-in and claim with JavaScript off: plain links and forms, no htmx. Every page is checked
 * with axe (see {@link #assertAccessibleWithoutScripts}).
 */
@MicronautTest(transactional = false)
class StaffJourneyWithoutJavaScriptTest extends AppTest {
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

    private static void signIn(Page page, Person person) {
        page.getByLabel("Email address", exactly()).fill(person.email());
        page.getByLabel("Password", exactly()).fill(StaffFixture.PASSWORD);
        page.getByRole(AriaRole.BUTTON, named("Sign in")).click();
    }

    @Test
    void a_recruitment_officer_signs_in_and_claims_an_enquiry_with_javascript_off() {
        Team team = fixture.newSouthEastTeam();
        Item item = fixture.enquiry(team);
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, team);
        try (BrowserContext context = Browsers.context(baseUrl(), false)) {
            Page page = context.newPage();

            page.navigate("/staff/items/" + item.id());
            assertTrue(page.url().contains("/staff/sign-in"), page.url());
            assertAccessibleWithoutScripts(context, page);
            signIn(page, sam);
            page.waitForURL("**/staff/items/" + item.id());
            assertAccessibleWithoutScripts(context, page);

            page.getByRole(AriaRole.LINK, named("Back")).click();
            page.waitForURL("**/staff/queues/" + team.id());
            page.getByLabel("Assigned to", exactly()).selectOption("unassigned");
            page.getByRole(AriaRole.BUTTON, named("Apply filters")).click();
            page.waitForURL("**assigned=unassigned**");
            assertEquals(item.reference(), page.locator("#queue-results tbody td a").first().textContent());
            assertAccessibleWithoutScripts(context, page);

            page.getByRole(AriaRole.LINK, named(item.reference())).click();
            page.getByRole(AriaRole.BUTTON, named("Assign to me")).click();
            page.waitForURL("**?done=claimed");
            assertEquals("This item is now assigned to you.", banner(page));
            assertEquals(sam.name(), page.locator("#item-assignee").textContent());
            assertAccessibleWithoutScripts(context, page);
        }
    }

    /**
     * axe is JavaScript, so it cannot run in a page that has JavaScript off. Instead the same address is
     * opened with the same cookies in a browser that runs axe but blocks every script the page loads, so
     * axe sees the page as it is without JavaScript (no GOV.UK Frontend or htmx enhancements).
     */
    private void assertAccessibleWithoutScripts(BrowserContext withoutJavaScript, Page page) {
        try (BrowserContext checker = Browsers.context(baseUrl(), true)) {
            checker.addCookies(withoutJavaScript.cookies());
            checker.route("**/*.js", Route::abort);
            Page copy = checker.newPage();
            copy.navigate(page.url());
            assertEquals(page.locator("h1").textContent(), copy.locator("h1").textContent(), "the same page");
            assertEquals(false, copy.evaluate("document.body.classList.contains('js-enabled')"));
            Browsers.assertAccessible(copy);
        }
    }
}
