package uk.frontdoor.core.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The operator's first administrator: its password passes the same rules as everyone's, or nothing is created. */
class FirstAdministratorTest {
    @Test
    void a_strong_password_makes_the_first_administrator() {
        assertEquals(Optional.empty(), FirstAdministrator.refusal("it.lead@council.example", "walrus purple ladder"));
    }

    @Test
    void a_short_common_or_personal_password_is_refused_with_the_reason_in_the_log() {
        assertTrue(FirstAdministrator.refusal("it.lead@council.example", "a long pass").orElseThrow()
                .startsWith("FRONTDOOR_ADMIN_PASSWORD is refused (TOO_SHORT)"));
        assertTrue(FirstAdministrator.refusal("it.lead@council.example", "Password12345").orElseThrow()
                .startsWith("FRONTDOOR_ADMIN_PASSWORD is refused (COMMON)"));
        assertTrue(FirstAdministrator.refusal("it.lead@council.example", "it.lead is in charge").orElseThrow()
                .startsWith("FRONTDOOR_ADMIN_PASSWORD is refused (CONTAINS_NAME)"));
    }

    @Test
    void an_address_we_do_not_accept_is_refused() {
        assertTrue(FirstAdministrator.refusal("not an address", "walrus purple ladder").orElseThrow()
                .startsWith("FRONTDOOR_ADMIN_EMAIL is not an email address we accept"));
    }
}
