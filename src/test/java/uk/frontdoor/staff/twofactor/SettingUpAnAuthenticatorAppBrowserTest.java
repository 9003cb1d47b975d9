package uk.frontdoor.staff.twofactor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.staff.twofactor.Totp;
import uk.frontdoor.staff.StaffFixture.Person;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Browsers;

/**
 * A new administrator, in Chromium with JavaScript on and off: signs in, is asked to set up an authenticator app
 * before anything else, types the key shown under the QR code into their "app" (the test computes its codes), keeps
 * their recovery codes, signs out and signs in again with a code, and after wrong codes is asked to wait. Every page
 * on the way is checked with axe.
 */
@MicronautTest(transactional = false)
class SettingUpAnAuthenticatorAppBrowserTest extends AppTest {
    @Inject
    StaffFixture staff;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @ParameterizedTest(name = "JavaScript {0}")
    @ValueSource(booleans = {true, false})
    @Timeout(180)
    void a_new_administrator_sets_up_an_app_then_signs_in_with_its_code(boolean javaScript) {
        Person ada = staff.personWithoutApp("Ada Admin", Role.ADMINISTRATOR);
        try (BrowserContext context = Browsers.context(baseUrl(), javaScript)) {
            Page page = context.newPage();
            page.navigate("/staff/admin");
            staff.signIn(page, ada);

            assertThat(page.locator("h1")).hasText("Set up an authenticator app");
            assertThat(page.locator("svg.app-qr-code")).isVisible();
            Browsers.assertAccessible(page);
            String key = page.locator("code.app-secret").textContent().replace(" ", "");
            page.getByLabel("Code from the app").fill("000000");
            page.getByRole(AriaRole.BUTTON, named("Continue")).click();
            assertThat(page.locator(".govuk-error-summary")).containsText("Enter the 6-digit code");
            Browsers.assertAccessible(page);
            page.getByLabel("Code from the app").fill(Totp.code(Totp.decode(key), Totp.step(clock.instant())));
            page.getByRole(AriaRole.BUTTON, named("Continue")).click();

            assertThat(page.locator("h1")).hasText("Your recovery codes");
            assertEquals(10, page.locator(".app-recovery-codes code").count());
            Browsers.assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, named("I have kept my codes safe")).click();
            assertThat(page.locator("h1")).hasText("Administration");

            page.navigate("/staff/account");
            page.getByRole(AriaRole.LINK, named("Change two-factor authentication")).click();
            assertThat(page.locator("main .govuk-tag")).hasText("On");
            Browsers.assertAccessible(page);

            page.locator("form[action='/staff/sign-out'] button").click();
            clock.set(Instant.now());
            page.navigate("/staff/sign-in");
            page.getByLabel("Email address", new Page.GetByLabelOptions().setExact(true)).fill(ada.email());
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(StaffFixture.PASSWORD);
            page.getByRole(AriaRole.BUTTON, named("Sign in")).click();
            assertThat(page.locator("h1")).hasText("Enter the code from your authenticator app");
            Browsers.assertAccessible(page);
            for (int attempt = 1; attempt <= 6; attempt++) {
                page.getByLabel("Enter the code from your authenticator app").fill("00000" + attempt);
                page.getByRole(AriaRole.BUTTON, named("Continue")).click();
            }
            assertThat(page.locator("h1")).hasText("Enter the code from your authenticator app");
            page.getByLabel("Enter the code from your authenticator app").fill(staff.code(ada));
            page.getByRole(AriaRole.BUTTON, named("Continue")).click();
            assertThat(page.locator("h1")).hasText("Wait before you try again");
            Browsers.assertAccessible(page);

            clock.advance(java.time.Duration.ofSeconds(2));
            page.navigate("/staff/sign-in/code?next=%2Fstaff%2Fadmin");
            page.getByLabel("Enter the code from your authenticator app").fill(staff.code(ada));
            page.getByRole(AriaRole.BUTTON, named("Continue")).click();
            assertThat(page.locator("h1")).hasText("Administration");
            assertTrue(page.url().endsWith("/staff/admin"), "back where they were going: " + page.url());
        }
    }
}
