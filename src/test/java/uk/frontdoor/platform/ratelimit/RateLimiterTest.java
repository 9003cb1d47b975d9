package uk.frontdoor.platform.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.frontdoor.testing.AppTest;

/** The limiter against the real database: counts are shared by everything that uses the table. */
@MicronautTest(transactional = false)
class RateLimiterTest extends AppTest {
    @Inject
    RateLimiter limiter;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String someone() {
        return "test-" + UUID.randomUUID();
    }

    @Test
    void a_key_may_go_up_to_the_limit_and_is_then_refused_until_the_next_window() {
        clock.set(Instant.parse("2025-03-14T10:42:00Z"));
        RateLimit twoPerHour = RateLimit.perHour("limiter-test", 2);
        String key = someone();
        assertTrue(limiter.hit(twoPerHour, key).allowed());
        assertTrue(limiter.hit(twoPerHour, key).allowed());
        RateLimiter.Decision third = limiter.hit(twoPerHour, key);
        assertFalse(third.allowed());
        assertEquals(3, third.hits());
        assertEquals(Duration.ofMinutes(18), third.retryAfter());

        clock.set(Instant.parse("2025-03-14T11:00:00Z"));
        assertTrue(limiter.hit(twoPerHour, key).allowed(), "a new hour starts a new count");
    }

    @Test
    void hits_at_the_same_moment_are_each_counted_once_and_each_told_its_own_place() throws Exception {
        clock.set(Instant.parse("2025-03-14T10:42:00Z")); // one window for every hit
        RateLimit tenPerHour = RateLimit.perHour("limiter-test", 10);
        String key = someone();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<RateLimiter.Decision>> hits = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                hits.add(pool.submit(() -> limiter.hit(tenPerHour, key)));
            }
            List<Integer> places = new ArrayList<>();
            int allowed = 0;
            for (Future<RateLimiter.Decision> hit : hits) {
                places.add(hit.get().hits());
                allowed += hit.get().allowed() ? 1 : 0;
            }
            Collections.sort(places);
            assertEquals(IntStream.rangeClosed(1, 40).boxed().toList(), places, "one count per hit, none shared");
            assertEquals(10, allowed, "exactly the limit let through");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void keys_and_limits_are_counted_apart() {
        RateLimit one = RateLimit.perHour("limiter-test", 1);
        RateLimit other = RateLimit.perHour("limiter-other", 1);
        String key = someone();
        assertTrue(limiter.hit(one, key).allowed());
        assertFalse(limiter.hit(one, key).allowed());
        assertTrue(limiter.hit(one, someone()).allowed());
        assertTrue(limiter.hit(other, key).allowed());
    }
}
