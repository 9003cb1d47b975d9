package uk.frontdoor.staff.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.WebClient;

/** With OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET unset, single sign-on is not there at all. */
@MicronautTest(transactional = false)
class WithoutSingleSignOnTest extends AppTest {
    @Test
    void the_sign_in_page_has_only_the_password_form() {
        var page = client().get("/staff/sign-in");

        assertEquals(200, page.status());
        assertNull(page.html().selectFirst("form[action=/staff/sign-in/oidc]"));
        assertTrue(!page.body().contains("Or sign in with your email address and password"), page.body());
        assertTrue(page.header("Content-Security-Policy").orElseThrow().contains("form-action 'self';"));
    }

    @Test
    void the_single_sign_on_addresses_are_not_found() {
        WebClient browser = client();
        browser.get("/staff/sign-in");

        var start = browser.post("/staff/sign-in/oidc", Map.of("next", "/staff"));
        var callback = browser.get("/staff/sign-in/oidc/callback?state=x&code=y");

        assertEquals(404, start.status());
        assertEquals(404, callback.status());
        assertEquals("Page not found", callback.html().selectFirst("h1").text());
    }
}
