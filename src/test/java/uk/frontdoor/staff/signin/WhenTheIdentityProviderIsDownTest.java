package uk.frontdoor.staff.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.IdentityProvider;
import uk.frontdoor.testing.WebClient;

/**
 * The provider is read at the first sign-in, not at start-up: the portal starts while the provider is down, says so to
 * whoever presses the button, and works as soon as the provider is back. A provider that goes away during a sign-in
 * gets the same page.
 */
@MicronautTest(transactional = false)
class WhenTheIdentityProviderIsDownTest extends AppTest {
    private static final String NOT_WORKING = "Signing in with your organisation account is not working at the moment";
    private final int providerPort = freePort();
    private MockOAuth2Server provider;

    @Inject
    StaffFixture fixture;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.putAll(IdentityProvider.settings());
        properties.put("frontdoor.oidc.issuer", "http://localhost:" + providerPort + "/" + IdentityProvider.TENANT);
        properties.put("frontdoor.oidc.display-name", "Sign in with your Croydon account");
        return properties;
    }

    @AfterAll
    void stopTheProvider() {
        if (provider != null) {
            provider.shutdown();
        }
    }

    @Test
    void the_portal_starts_without_its_provider_and_signs_staff_in_once_the_provider_is_up() throws IOException {
        WebClient browser = client();
        var signInPage = browser.get("/staff/sign-in");
        assertEquals(200, signInPage.status(), "the portal started, the provider being down");
        assertEquals("Sign in with your Croydon account", signInPage.html()
                .selectFirst("form[action=/staff/sign-in/oidc] button").text(), "OIDC_DISPLAY_NAME");

        var whileDown = browser.post("/staff/sign-in/oidc", Map.of("next", "/staff"));
        assertEquals(503, whileDown.status());
        assertEquals(NOT_WORKING, whileDown.html().selectFirst("h1").text());
        assertTrue(whileDown.body().contains("sign in with your email address and password instead"));

        provider = new MockOAuth2Server(new OAuth2Config(true));
        provider.start(providerPort);
        var person = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, fixture.team("se-recruitment"));
        String callback = OrganisationSignIn.signInAtTheProvider(OrganisationSignIn.pressTheButton(browser, null),
                "entra-" + UUID.randomUUID(), OrganisationSignIn.claims(person.email(), true));
        assertEquals(303, browser.get(callback).status(), "signed in once the provider is up");
        browser.get("/staff"); // as the browser does after signing in: its form token was renewed
        browser.submit("/staff/sign-out", Map.of());

        String interrupted = OrganisationSignIn.signInAtTheProvider(OrganisationSignIn.pressTheButton(browser, null),
                "entra-" + UUID.randomUUID(), OrganisationSignIn.claims(person.email(), true));
        provider.shutdown();
        provider = null;
        var goneAway = browser.get(interrupted);
        assertEquals(503, goneAway.status());
        assertEquals(NOT_WORKING, goneAway.html().selectFirst("h1").text());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
