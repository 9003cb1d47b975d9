package uk.frontdoor.platform.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FixedWindowTest {

    @Test
    void an_hours_window_runs_from_the_hour_to_the_next() {
        FixedWindow w = FixedWindow.containing(Instant.parse("2025-03-14T10:42:05Z"), Duration.ofHours(1));
        assertEquals(Instant.parse("2025-03-14T10:00:00Z"), w.start());
        assertEquals(Instant.parse("2025-03-14T11:00:00Z"), w.end());
        assertEquals(Duration.ofMinutes(17).plusSeconds(55), w.remainingAfter(Instant.parse("2025-03-14T10:42:05Z")));
    }

    @Test
    void the_first_instant_of_a_window_belongs_to_it_and_the_last_to_the_one_before() {
        Duration hour = Duration.ofHours(1);
        assertEquals(Instant.parse("2025-03-14T11:00:00Z"),
                FixedWindow.containing(Instant.parse("2025-03-14T11:00:00Z"), hour).start());
        assertEquals(Instant.parse("2025-03-14T10:00:00Z"),
                FixedWindow.containing(Instant.parse("2025-03-14T10:59:59.999Z"), hour).start());
    }

    @Test
    void a_limit_must_allow_something_in_a_real_window() {
        assertThrows(IllegalArgumentException.class, () -> RateLimit.perHour("enquiry", 0));
        assertThrows(IllegalArgumentException.class, () -> new RateLimit("x", 1, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> RateLimit.perHour("a:b", 1));
    }

    @Test
    void very_long_keys_are_hashed_to_fit_the_table() {
        String bucket = RateLimiter.bucket(RateLimit.perHour("sign-in", 5), "x".repeat(500));
        assertEquals(true, bucket.length() <= RateLimiter.MAX_BUCKET);
        assertEquals("enquiry:127.0.0.1", RateLimiter.bucket(RateLimit.perHour("enquiry", 5), "127.0.0.1"));
    }
}
