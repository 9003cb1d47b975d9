package uk.frontdoor.core.staff.signon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SingleSignOnSettingsTest {
    private static final String ISSUER = "https://login.microsoftonline.com/tenant/v2.0";

    @Test
    void single_sign_on_is_on_only_with_issuer_client_id_and_secret_all_set() {
        assertTrue(new SingleSignOnSettings(ISSUER, "client", "secret", "", "https://x.example").isOn());
        assertFalse(new SingleSignOnSettings("", "", "", "", "https://x.example").isOn());
        assertFalse(new SingleSignOnSettings(ISSUER, "client", "", "", "https://x.example").isOn());
        assertFalse(new SingleSignOnSettings(ISSUER, "", "secret", "", "https://x.example").isOn());
        assertFalse(new SingleSignOnSettings(" ", "client", "secret", "", "https://x.example").isOn());
    }

    @Test
    void the_redirect_uri_is_the_base_url_and_the_callback_path() {
        assertEquals(URI.create("https://portal.example/staff/sign-in/oidc/callback"),
                new SingleSignOnSettings(ISSUER, "c", "s", "", "https://portal.example/").redirectUri());
    }

    @Test
    void the_buttons_words_are_the_display_name_when_given() {
        assertEquals(Optional.of("Sign in with your Croydon account"),
                new SingleSignOnSettings(ISSUER, "c", "s", " Sign in with your Croydon account ", "https://x").displayName());
        assertEquals(Optional.empty(), new SingleSignOnSettings(ISSUER, "c", "s", "", "https://x").displayName());
    }
}
