package uk.frontdoor.publicsite.enquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.support.AppTest;
import uk.frontdoor.support.WebClient;

/**
 * At most two enquiries an hour from one address here. Every test client is 127.0.0.1, so the test runs
 * in an hour of its own in the past that no other run has counted in (the shared database keeps counts).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // Micronaut reads getProperties() only from a per-class instance
class EnquiryRateLimitTest extends AppTest {
    /** Two an hour. */
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(super.getProperties());
        properties.put("frontdoor.rate-limit.enquiries-per-hour", "2");
        return properties;
    }

    @Inject
    Sql sql;

    @BeforeEach
    void anHourNobodyHasUsed() {
        Instant hour;
        do {
            hour = Instant.parse("2001-01-01T00:00:00Z").plus(Duration.ofHours(ThreadLocalRandom.current().nextInt(80_000)));
        } while (sql.count("SELECT COUNT(*) FROM rate_limit WHERE bucket LIKE 'enquiry:%' AND window_start IN (?, ?)",
                LocalDateTime.ofInstant(hour, ZoneOffset.UTC), LocalDateTime.ofInstant(hour.plus(Duration.ofHours(1)),
                        ZoneOffset.UTC)) > 0);
        clock.set(hour.plus(Duration.ofMinutes(10)));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_third_enquiry_from_one_address_within_the_hour_is_refused_with_a_way_to_get_in_touch() {
        new Enquirer(client(), "lambeth").hasAnsweredEverything().sendsAndReadsReference();
        new Enquirer(client(), "merton").hasAnsweredEverything().sendsAndReadsReference();
        Enquirer third = new Enquirer(client(), "sutton").hasAnsweredEverything();

        WebClient.Page refused = third.sends();

        assertEquals(429, refused.status());
        assertEquals("3000", refused.header("Retry-After").orElseThrow(), "50 minutes until the next hour");
        assertEquals("Sorry, there have been too many enquiries from your connection", refused.html().selectFirst("h1").text());
        assertTrue(refused.body().contains("try again in an hour"), refused.body());
        assertTrue(refused.body().contains("phone us on 020 7946 0321"), refused.body());
        assertEquals(0, sql.count("SELECT COUNT(*) FROM enquiry WHERE email = ?", third.email));
        assertEquals(0, sql.count("SELECT COUNT(*) FROM outbox_email WHERE recipient = ?", third.email));

        clock.advance(Duration.ofHours(1));
        assertEquals(303, third.sends().status(), "the next hour, their saved answers can be sent");
        assertEquals(1, sql.count("SELECT COUNT(*) FROM enquiry WHERE email = ?", third.email));
    }
}
