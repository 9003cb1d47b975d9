package uk.frontdoor.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.frontdoor.staff.StaffPages.banner;
import static uk.frontdoor.staff.StaffPages.exactly;
import static uk.frontdoor.staff.StaffPages.named;
import static uk.frontdoor.staff.StaffPages.signIn;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.region.Team;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.staff.StaffFixture.Item;
import uk.frontdoor.staff.StaffFixture.Person;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Browsers;

/** A recruitment officer's journey in a real browser with JavaScript on, checked with axe on every page. */
@MicronautTest(transactional = false)
class StaffJourneyBrowserTest extends AppTest {
    @Inject
    StaffFixture fixture;

    @Test
    void a_recruitment_officer_signs_in_and_triages_an_enquiry_with_javascript_on() {
        Team team = fixture.newSouthEastTeam();
        Item item = fixture.enquiry(team);
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, team);
        try (BrowserContext context = Browsers.context(baseUrl(), true)) {
            Page page = context.newPage();

            page.navigate("/staff");
            assertTrue(page.url().contains("/staff/sign-in"), page.url());
            Browsers.assertAccessible(page);

            page.getByRole(AriaRole.BUTTON, named("Sign in")).click();
            assertTrue(page.locator(".govuk-error-summary").textContent().contains("Enter your email address"));
            assertTrue(page.title().startsWith("Error: "));
            Browsers.assertAccessible(page);

            signIn(page, sam);
            page.waitForURL("**/staff");
            assertEquals("Work queues", page.locator("h1").textContent());
            Browsers.assertAccessible(page);

            page.getByRole(AriaRole.LINK, named(team.name())).click();
            page.waitForURL("**/staff/queues/" + team.id());
            assertEquals(team.name(), page.locator("h1").textContent());
            Browsers.assertAccessible(page);

            page.evaluate("window.appNotReloaded = true");
            page.getByLabel("Assigned to", exactly()).selectOption("unassigned");
            page.getByRole(AriaRole.BUTTON, named("Apply filters")).click();
            page.waitForURL("**assigned=unassigned**");
            page.getByRole(AriaRole.LINK, named(item.reference())).waitFor();
            assertEquals(true, page.evaluate("window.appNotReloaded === true"), "htmx swapped the results in place");
            Browsers.assertAccessible(page);

            page.getByRole(AriaRole.LINK, named(item.reference())).click();
            page.waitForURL("**/staff/items/" + item.id());
            assertEquals("Enquiry from " + item.fullName(), page.locator("h1").textContent());
            Browsers.assertAccessible(page);

            page.getByRole(AriaRole.BUTTON, named("Assign to me")).click();
            page.waitForURL("**?done=claimed");
            assertEquals("This item is now assigned to you.", banner(page));
            assertEquals(sam.name(), page.locator("#item-assignee").textContent());
            Browsers.assertAccessible(page);

            page.getByRole(AriaRole.BUTTON, named("Add to contact log")).click();
            assertTrue(page.locator(".govuk-error-summary").textContent().contains("Select how you made contact"));
            Browsers.assertAccessible(page);

            page.getByLabel("Phone call", exactly()).check();
            page.getByLabel("What was said or done", exactly()).fill("Talked through the next information evening.");
            page.getByRole(AriaRole.BUTTON, named("Add to contact log")).click();
            page.waitForURL("**?done=contact");
            assertTrue(page.locator("#history + ol").textContent().contains("Talked through the next information evening."));
            assertTrue(page.locator("#history + ol li.app-log--contact").textContent().contains("by " + sam.name()));

            page.getByLabel("Invite to an information event", exactly()).check();
            page.getByRole(AriaRole.BUTTON, named("Record outcome")).click();
            page.waitForURL("**?done=outcome");
            assertEquals("The outcome has been recorded.", banner(page));
            assertEquals("Invited to information event", page.locator("#item-status").textContent().trim());
            assertTrue(page.locator("#history + ol li").first().textContent().contains("Invited to an information event"));
            Browsers.assertAccessible(page);
        }
    }
}
