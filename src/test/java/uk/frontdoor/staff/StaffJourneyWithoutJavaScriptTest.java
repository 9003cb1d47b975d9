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

/**
 * The same sign-in and claim with JavaScript off: plain links and forms, no htmx. Every page is checked
 * with axe ({@link Browsers#assertAccessible} checks a script-blocked copy of a page with JavaScript off).
 */
@MicronautTest(transactional = false)
class StaffJourneyWithoutJavaScriptTest extends AppTest {
    @Inject
    StaffFixture fixture;

    @Test
    void a_recruitment_officer_signs_in_and_claims_an_enquiry_with_javascript_off() {
        Team team = fixture.newSouthEastTeam();
        Item item = fixture.enquiry(team);
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, team);
        try (BrowserContext context = Browsers.context(baseUrl(), false)) {
            Page page = context.newPage();

            page.navigate("/staff/items/" + item.id());
            assertTrue(page.url().contains("/staff/sign-in"), page.url());
            Browsers.assertAccessible(page);
            signIn(page, sam);
            page.waitForURL("**/staff/items/" + item.id());
            Browsers.assertAccessible(page);

            page.getByRole(AriaRole.LINK, named("Back")).click();
            page.waitForURL("**/staff/queues/" + team.id());
            page.getByLabel("Assigned to", exactly()).selectOption("unassigned");
            page.getByRole(AriaRole.BUTTON, named("Apply filters")).click();
            page.waitForURL("**assigned=unassigned**");
            assertEquals(item.reference(), page.locator("#queue-results tbody td a").first().textContent());
            Browsers.assertAccessible(page);

            page.getByRole(AriaRole.LINK, named(item.reference())).click();
            page.getByRole(AriaRole.BUTTON, named("Assign to me")).click();
            page.waitForURL("**?done=claimed");
            assertEquals("This item is now assigned to you.", banner(page));
            assertEquals(sam.name(), page.locator("#item-assignee").textContent());
            Browsers.assertAccessible(page);
        }
    }

}
