package uk.frontdoor.staff;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Set;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.frontdoor.core.region.Team;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.staff.StaffAccounts;
import uk.frontdoor.staff.StaffFixture.Person;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Browsers;

/**
 * In a real browser, JavaScript on and off, axe on every page: an administrator creates an account, the new
 * colleague sets their password from the emailed link and signs in, and an administrator changes a colleague's roles
 * and teams and resets their password.
 */
@MicronautTest(transactional = false)
class PasswordsAndRolesBrowserTest extends AppTest {
    private static final String PASSWORD = "walrus purple ladder";

    @Inject
    StaffFixture fixture;
    @Inject
    StaffAccounts accounts;

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private static Page.GetByLabelOptions exactly() {
        return new Page.GetByLabelOptions().setExact(true);
    }

    private static void signIn(Page page, String email, String password) {
        page.navigate("/staff/sign-in");
        page.getByLabel("Email address", exactly()).fill(email);
        page.getByLabel("Password", exactly()).fill(password);
        page.getByRole(AriaRole.BUTTON, named("Sign in")).click();
    }

    @ParameterizedTest(name = "JavaScript {0}")
    @ValueSource(booleans = {true, false})
    @Timeout(180)
    void a_new_colleague_sets_their_password_from_the_emailed_link_and_signs_in(boolean javaScript) {
        Person admin = fixture.person("Ada Admin", Role.ADMINISTRATOR);
        Team team = fixture.newSouthEastTeam();
        String email = uniqueEmail("nia.newton");
        try (BrowserContext context = Browsers.context(baseUrl(), javaScript)) {
            Page page = context.newPage();
            page.navigate("/staff/sign-in");
            fixture.signIn(page, admin);
            page.navigate("/staff/admin/accounts/new");
            page.getByLabel("Full name", exactly()).fill("Nia Newton");
            page.getByLabel("Work email address", exactly()).fill(email);
            page.getByLabel("Recruitment officer", exactly()).check();
            page.getByLabel(team.name(), exactly()).check();
            page.getByRole(AriaRole.BUTTON, named("Create account")).click();
            assertThat(page.locator(".govuk-notification-banner__heading")).containsText("emailed the person a link");
            Browsers.assertAccessible(page);
        }

        String link = StaffFixture.setPasswordLink(email, 1);
        try (BrowserContext context = Browsers.context(baseUrl(), javaScript)) {
            Page page = context.newPage();
            page.navigate(link);
            assertThat(page.locator("h1")).hasText("Set your password");
            Browsers.assertAccessible(page);

            page.getByLabel("New password", exactly()).fill("password1234");
            page.getByLabel("Confirm new password", exactly()).fill("password1234");
            page.getByRole(AriaRole.BUTTON, named("Set password")).click();
            assertThat(page.locator(".govuk-error-summary")).containsText("too like passwords that many people use");
            Browsers.assertAccessible(page);

            if (javaScript) {
                page.getByRole(AriaRole.BUTTON, named("Show password")).first().click();
                assertEquals("text", page.getByLabel("New password", exactly()).getAttribute("type"),
                        "the GOV.UK password input's Show button works");
            }
            page.getByLabel("New password", exactly()).fill(PASSWORD);
            page.getByLabel("Confirm new password", exactly()).fill(PASSWORD);
            page.getByRole(AriaRole.BUTTON, named("Set password")).click();
            assertThat(page.locator("h1")).hasText("Your password has been set");
            Browsers.assertAccessible(page);

            page.getByRole(AriaRole.BUTTON, named("Sign in")).click();
            page.getByLabel("Email address", exactly()).fill(email);
            page.getByLabel("Password", exactly()).fill(PASSWORD);
            page.getByRole(AriaRole.BUTTON, named("Sign in")).click();
            page.waitForURL("**/staff");
            assertThat(page.locator(".app-queue-card h2")).hasText(team.name());

            page.navigate(link);
            assertThat(page.locator("h1")).hasText("This link has already been used");
            Browsers.assertAccessible(page);
        }
    }

    @ParameterizedTest(name = "JavaScript {0}")
    @ValueSource(booleans = {true, false})
    @Timeout(180)
    void an_administrator_changes_a_colleague_s_roles_and_teams_and_resets_their_password(boolean javaScript) {
        Person admin = fixture.person("Ada Admin", Role.ADMINISTRATOR);
        Team first = fixture.newSouthEastTeam();
        Team second = fixture.newSouthEastTeam();
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, first);
        try (BrowserContext context = Browsers.context(baseUrl(), javaScript)) {
            Page page = context.newPage();
            page.navigate("/staff/sign-in");
            fixture.signIn(page, admin);
            page.navigate("/staff/admin/accounts");
            page.getByRole(AriaRole.LINK, named(sam.name())).click();
            assertThat(page.locator("h1")).hasText(sam.name());
            Browsers.assertAccessible(page);

            page.getByLabel("Recruitment officer", exactly()).uncheck();
            page.getByLabel(first.name(), exactly()).uncheck();
            page.getByRole(AriaRole.BUTTON, named("Save roles and teams")).click();
            assertThat(page.locator(".govuk-error-summary")).containsText("Select at least one role");
            Browsers.assertAccessible(page);

            page.getByLabel("Adoption support worker", exactly()).check();
            page.getByLabel(second.name(), exactly()).check();
            page.getByRole(AriaRole.BUTTON, named("Save roles and teams")).click();
            assertThat(page.locator(".govuk-notification-banner__heading")).hasText("The roles and teams have been saved.");
            Browsers.assertAccessible(page);
            assertEquals(Set.of(Role.SUPPORT_WORKER), accounts.find(sam.id()).orElseThrow().roles());
            assertEquals(Set.of(second.id()), accounts.find(sam.id()).orElseThrow().teamIds());

            page.getByRole(AriaRole.BUTTON, named("Reset password for " + sam.name())).click();
            assertThat(page.locator(".govuk-notification-banner__heading")).containsText("Their old password no longer works");
            Browsers.assertAccessible(page);
            StaffFixture.setPasswordLink(sam.email(), 1);

            page.getByRole(AriaRole.LINK, named("Your account")).click();
            assertThat(page.locator("h1")).hasText("Your account");
            Browsers.assertAccessible(page);
            page.getByRole(AriaRole.LINK, named("Change password")).click();
            page.getByRole(AriaRole.BUTTON, named("Change password")).click();
            assertThat(page.locator(".govuk-error-summary")).containsText("Enter your current password");
            Browsers.assertAccessible(page);
        }
    }
}
