package uk.frontdoor.staff.audit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Timeout;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Browsers;

/**
 * A data protection officer finds the audit log from the staff home page, searches it, is told what is wrong with a
 * date that is not real, and checks the chain; axe-core on every page, with JavaScript on and off.
 */
@MicronautTest(transactional = false)
class TheAuditLogPagesBrowserTest extends AppTest {
    @Inject
    StaffFixture staff;

    @ParameterizedTest(name = "JavaScript {0}")
    @ValueSource(booleans = {true, false})
    @Timeout(120)
    void a_data_protection_officer_searches_the_audit_log_and_checks_its_chain(boolean javaScript) {
        StaffFixture.Person dana = staff.person("Dana Protection", Role.DATA_PROTECTION_OFFICER);
        try (BrowserContext context = Browsers.context(baseUrl(), javaScript)) {
            Page page = context.newPage();
            page.navigate("/staff");
            staff.signIn(page, dana);
            Browsers.assertAccessible(page);

            page.locator("main").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                    .setName("Audit log")).click(); // the home page's link (the staff navigation has one too)
            assertThat(page.locator("h1")).hasText("Audit log");
            assertThat(page.locator("td.app-audit-entry").first()).isVisible(); // at least Dana's own sign-in
            Browsers.assertAccessible(page);

            page.getByLabel("Member of staff").selectOption(new com.microsoft.playwright.options.SelectOption()
                    .setLabel(dana.name()));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
            assertThat(page.locator("tbody")).containsText("STAFF_SIGNED_IN");
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*actor=" + dana.id() + ".*"));

            page.locator("#from").fill("31");
            page.locator("#from-month").fill("2");
            page.locator("#from-year").fill("2026");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
            assertThat(page.locator(".govuk-error-summary")).containsText("The date from must be a real date");
            Browsers.assertAccessible(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Check that the audit log has not been changed")).click();
            assertThat(page.locator("h1")).hasText("Check the audit log");
            Browsers.assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the audit log")).click();
            assertThat(page.locator("main")).containsText("sealed entries checked");
            Browsers.assertAccessible(page);
        }
    }
}
