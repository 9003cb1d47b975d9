package uk.frontdoor.core.staff.signon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What an ID token's claims say about who signed in: the subject to link by, and an email only when vouched for. */
class ProviderIdentityTest {
    private static final String ISSUER = "https://login.microsoftonline.com/2d1c5e1a-0000-4000-8000-000000000000/v2.0";

    private static ProviderIdentity identity(Map<String, Object> claims) {
        return ProviderIdentity.from(ISSUER, claims).orElseThrow();
    }

    @Test
    void entras_object_id_is_the_subject_when_there_is_one_and_sub_otherwise() {
        assertEquals("oid-1", identity(Map.of("sub", "pairwise-sub", "oid", "oid-1")).subject());
        assertEquals("pairwise-sub", identity(Map.of("sub", "pairwise-sub")).subject());
        assertEquals(ISSUER, identity(Map.of("sub", "s")).issuer());
    }

    @Test
    void a_token_without_a_usable_subject_names_nobody() {
        assertEquals(Optional.empty(), ProviderIdentity.from(ISSUER, Map.of()));
        assertEquals(Optional.empty(), ProviderIdentity.from(ISSUER, Map.of("sub", " ")));
        assertEquals(Optional.empty(), ProviderIdentity.from(ISSUER, Map.of("sub", "x".repeat(256))));
        assertEquals(Optional.empty(), ProviderIdentity.from(ISSUER, Map.of("sub", "s\u00e1m")), "subjects are ASCII");
        assertEquals(Optional.empty(), ProviderIdentity.from(ISSUER, Map.of("sub", "two words")));
        assertEquals(Optional.empty(), ProviderIdentity.from(ISSUER, Map.of("oid", 42)), "not a string");
    }

    @Test
    void the_email_counts_only_when_the_token_vouches_for_it() {
        assertEquals(Optional.of("sam@council.example"),
                identity(Map.of("sub", "s", "email", "sam@council.example", "email_verified", true)).verifiedEmail());
        assertEquals(Optional.of("sam@council.example"),
                identity(Map.of("sub", "s", "email", "sam@council.example", "xms_edov", true)).verifiedEmail(), "Entra");
        assertEquals(Optional.of("sam@council.example"),
                identity(Map.of("sub", "s", "email", "sam@council.example", "xms_edov", "1")).verifiedEmail());
        for (Map<String, Object> unvouched : java.util.List.<Map<String, Object>>of(
                Map.of("sub", "s", "email", "sam@council.example"),
                Map.of("sub", "s", "email", "sam@council.example", "email_verified", false),
                Map.of("sub", "s", "email", "sam@council.example", "xms_edov", false),
                Map.of("sub", "s", "email", "sam@council.example", "email_verified", "yes"))) {
            ProviderIdentity identity = identity(unvouched);
            assertEquals(Optional.empty(), identity.verifiedEmail(), unvouched.toString());
            assertEquals(Optional.of("sam@council.example"), identity.unverifiedEmail(), "kept for the audit row only");
        }
    }

    @Test
    void a_login_name_is_not_an_email_address() {
        ProviderIdentity identity = identity(Map.of("sub", "s", "preferred_username", "sam@council.example",
                "email_verified", true));
        assertEquals(Optional.empty(), identity.verifiedEmail());
    }

    @Test
    void the_description_for_logs_names_the_identity_and_nothing_else() {
        String described = identity(Map.of("sub", "s-1", "email", "sam@council.example", "name", "Sam")).describe();
        assertEquals("subject s-1 at " + ISSUER, described);
        assertTrue(!described.contains("sam@"));
    }
}
