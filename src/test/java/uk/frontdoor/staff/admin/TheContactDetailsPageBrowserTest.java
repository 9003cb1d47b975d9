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

/** An administrator opens the contact details from Administration and is told what is wrong; axe on every page. */
@MicronautTest(transactional = false)
class TheContactDetailsPageBrowserTest extends AppTest {
    @Inject
    StaffFixture staff;

    @Test
    @Timeout(120)
    void an_administrator_opens_the_contact_details_and_is_told_what_is_wrong() {
        StaffFixture.Person ada = staff.person("Ada Admin", Role.ADMINISTRATOR);
        try (BrowserContext context = Browsers.context(baseUrl(), false)) {
            Page page = context.newPage();
            page.navigate("/staff");
            staff.signIn(page, ada);
            page.navigate("/staff/admin");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Contact details")).click();
            assertThat(page.locator("h1")).hasText("Contact details");
            Browsers.assertAccessible(page);

            page.getByLabel("Opening hours").fill("");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save contact details")).click();
            assertThat(page.locator(".govuk-error-summary")).containsText("This is a placeholder from the drama range");
            assertThat(page.locator(".govuk-error-summary")).containsText("Enter the opening hours");
            Browsers.assertAccessible(page);
        }
    }
}
