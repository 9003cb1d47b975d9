package uk.frontdoor.staff.admin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Browsers;

/** An administrator follows the placeholder warning to the numbers page and is told what is wrong; axe on every page. */
@MicronautTest(transactional = false)
class TheChildrensServicesNumbersPageBrowserTest extends AppTest {
    @Inject
    StaffFixture staff;

    @Test
    @Timeout(120)
    void an_administrator_follows_the_warning_to_the_numbers_and_is_told_what_is_wrong() {
        StaffFixture.Person ada = staff.person("Ada Admin", Role.ADMINISTRATOR);
        try (BrowserContext context = Browsers.context(baseUrl(), false)) {
            Page page = context.newPage();
            page.navigate("/staff");
            staff.signIn(page, ada);
            assertThat(page.locator(".app-placeholder-numbers")).containsText("still placeholders");
            Browsers.assertAccessible(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Enter the numbers each council has verified")).click();
            assertThat(page.locator("h1")).hasText("Children’s services numbers");
            Browsers.assertAccessible(page);

            page.getByLabel("Southwark: children’s services (office hours)").fill("not a number");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save numbers")).click();
            assertThat(page.locator(".govuk-error-summary")).containsText("Enter a UK phone number");
            Browsers.assertAccessible(page);
        }
    }
}
