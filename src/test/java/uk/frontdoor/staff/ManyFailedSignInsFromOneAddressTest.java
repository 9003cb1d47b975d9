package uk.frontdoor.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.staff.StaffFixture.Person;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.WebClient;

/**
 * Guessing many accounts from one client address: after the address's free failures (three here, ten by default)
 * every attempt from it waits, whichever account it names; an hour after its last failure the address starts afresh.
 */
@MicronautTest(transactional = false)
class ManyFailedSignInsFromOneAddressTest extends AppTest {
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("frontdoor.sign-in.free-failures-per-address", "3");
        return properties;
    }

    @Inject
    StaffFixture staff;
    @Inject
    uk.frontdoor.platform.db.Sql sql;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static WebClient.Page signIn(WebClient browser, String email, String password) {
        browser.get("/staff/sign-in");
        return browser.post("/staff/sign-in", Map.of("email", email, "password", password, "next", "/staff"));
    }

    @Test
    void failures_against_different_accounts_from_one_address_make_that_address_wait() {
        Person sam = staff.person("Sam Jones", Role.RECRUITMENT_OFFICER, staff.team("se-recruitment"));
        // a time of its own, two hours after every failure any test has counted against 127.0.0.1
        Instant latest = sql.one("SELECT COALESCE(MAX(last_failure_at), TIMESTAMP '1970-01-01 00:00:00') FROM sign_in_throttle",
                rs -> rs.getObject(1, java.time.LocalDateTime.class)).map(t -> t.toInstant(java.time.ZoneOffset.UTC))
                .filter(t -> t.isAfter(Instant.now())).orElse(Instant.now());
        clock.set(latest.plus(Duration.ofHours(2)));
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertEquals(422, signIn(client(), uniqueEmail("guess" + attempt), "password " + attempt).status());
        }
        var waiting = signIn(client(), sam.email(), StaffFixture.PASSWORD);
        assertEquals(429, waiting.status(), "a fifth account from the same address waits, the right password too");
        assertEquals("1", waiting.header("Retry-After").orElseThrow());

        clock.advance(Duration.ofHours(1).plusSeconds(1));
        assertEquals(422, signIn(client(), uniqueEmail("later"), "password").status());
        assertEquals(303, signIn(client(), sam.email(), StaffFixture.PASSWORD).status(),
                "an hour after the last failure the address starts afresh: one more failure causes no wait");
    }
}
