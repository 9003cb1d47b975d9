package uk.frontdoor.staff.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.staff.StaffFixture.Person;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Browsers;
import uk.frontdoor.testing.IdentityProvider;

/**
 * Signing in with the organisation account in Chromium, JavaScript on and off, against a real provider started by the
 * tests: its own login page takes the person's subject and claims. axe checks every page of ours on the way.
 */
@MicronautTest(transactional = false)
class SigningInWithAnOrganisationAccountBrowserTest extends AppTest {
    private static final String BUTTON = "Sign in with your organisation account";

    @Inject
    StaffFixture fixture;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.putAll(IdentityProvider.settings());
        return properties;
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    /** From our sign-in page to the provider's login page, where the person says who they are; then back to us. */
    private static void signInAtTheProvider(Page page, String subject, String claimsJson) {
        page.navigate("/staff/sign-in");
        assertEquals("Sign in", page.locator("h1").textContent());
        Browsers.assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, named(BUTTON)).click();
        page.waitForURL(IdentityProvider.issuer() + "/authorize**");
        page.locator("input[name=username]").fill(subject);
        page.locator("textarea[name=claims]").fill(claimsJson);
        page.locator("input[type=submit]").click();
    }

    private static String signedInAs(Page page) {
        return page.locator("form[action='/staff/sign-out'] button").textContent();
    }

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void a_member_of_staff_signs_in_with_their_organisation_account_and_later_again_after_their_email_changed(boolean javaScript) {
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, fixture.team("se-recruitment"));
        String subject = "entra-" + UUID.randomUUID();

        try (BrowserContext context = Browsers.context(baseUrl(), javaScript)) {
            Page page = context.newPage();
            signInAtTheProvider(page, subject, OrganisationSignIn.claims(sam.email(), true));
            page.waitForURL("**/staff");
            assertEquals("Work queues", page.locator("h1").textContent());
            assertTrue(signedInAs(page).contains(sam.name()), signedInAs(page));
            Browsers.assertAccessible(page);
        }

        String renamed = "sam.smith-" + UUID.randomUUID() + "@staff.example.org";
        try (BrowserContext context = Browsers.context(baseUrl(), javaScript)) {
            Page page = context.newPage();
            signInAtTheProvider(page, subject, OrganisationSignIn.claims(renamed, true));
            page.waitForURL("**/staff");
            assertTrue(signedInAs(page).contains(sam.name()), "the same account, found by subject: " + signedInAs(page));
        }
    }

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void someone_without_an_account_is_told_to_ask_their_administrator_and_the_way_back_works_only_once(boolean javaScript) {
        try (BrowserContext context = Browsers.context(baseUrl(), javaScript)) {
            Page page = context.newPage();
            signInAtTheProvider(page, "entra-" + UUID.randomUUID(), OrganisationSignIn.claims(uniqueEmail("stranger"), true));
            page.waitForURL("**/staff/sign-in/oidc/callback**");
            assertEquals("You do not have an account for Front Door", page.locator("h1").textContent());
            Browsers.assertAccessible(page);

            page.reload(); // the provider's answer a second time: its state is used up
            assertEquals("You have not been signed in", page.locator("h1").textContent());
            Browsers.assertAccessible(page);

            page.getByRole(AriaRole.LINK, named("Go back to the sign-in page")).click();
            page.waitForURL("**/staff/sign-in");
            assertEquals("Sign in", page.locator("h1").textContent());
        }
    }
}
