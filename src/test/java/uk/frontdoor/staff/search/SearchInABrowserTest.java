package uk.frontdoor.staff.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.staff.subjectaccess.SubjectAccessPeople;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Browsers;

/**
 * A team manager finds a person from the search box on the staff home page, first typing too little, and opens
 * everything about them (issue 15), with JavaScript on and off; axe and the HTML checker on every page.
 */
@MicronautTest(transactional = false)
class SearchInABrowserTest extends AppTest {
    @Inject
    StaffFixture staff;
    @Inject
    SubjectAccessPeople people;

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    @Timeout(300)
    void a_manager_searches_from_the_header_and_opens_a_persons_page(boolean javaScript) {
        String tag = SubjectAccessPeople.tag();
        var someone = people.everything(tag);
        var manager = staff.person("Sue Searcher", Role.TEAM_MANAGER, staff.team("se-recruitment"));
        try (BrowserContext office = Browsers.context(baseUrl(), javaScript)) {
            Page page = office.newPage();
            page.navigate("/staff/sign-in");
            staff.signIn(page, manager);
            page.navigate("/staff");
            Browsers.assertAccessible(page);

            page.getByLabel("Search for a person or record").fill("x");
            page.locator("form[role=search] button").first().click();
            assertEquals("There is a problem", page.locator(".govuk-error-summary__title").textContent().strip());
            Browsers.assertAccessible(page);

            page.getByLabel("Reference, name, email address, phone number or postcode").fill("subject " + tag);
            page.locator("main form[role=search] button").click();
            assertTrue(page.locator("#results caption").textContent().startsWith("Results"));
            assertTrue(page.locator("#results").textContent().contains(someone.enquiry()));
            Browsers.assertAccessible(page);

            page.locator("#results tr", new Page.LocatorOptions().setHasText(someone.enquiry()))
                    .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                            .setName("All records for " + someone.name())).click();
            assertEquals(someone.name(), page.locator("h1").textContent().strip());
            assertTrue(page.locator("main").textContent().contains(someone.registration()));
            assertEquals("Search", page.locator("nav [aria-current=page]").textContent().strip());
            Browsers.assertAccessible(page);
        }
    }
}
