package uk.frontdoor.testing;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import uk.frontdoor.platform.db.Sql;

/**
 * Base of tests of one form's limit per client address, set low by the test itself
 * ({@code frontdoor.rate-limit.<setting>}). Every test client is 127.0.0.1 and the shared database keeps the counts,
 * so each test runs ten minutes into an hour of its own, one that nothing has counted in under the limit's name: a
 * random hour from {@code from} on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // Micronaut reads getProperties() only from a per-class instance
public abstract class RateLimitAppTest extends AppTest {
    private static final int HOURS = 50_000;

    private final String setting;
    private final int perHour;
    private final String counter;
    private final Instant from;

    @Inject
    protected Sql sql;

    /**
     * @param setting the limit's setting under {@code frontdoor.rate-limit.}
     * @param perHour its value in this test
     * @param counter the name its counts are kept under (the {@code rate_limit} buckets {@code <counter>:<address>})
     * @param from    the earliest hour to choose (the test's dates must make sense after it)
     */
    protected RateLimitAppTest(String setting, int perHour, String counter, Instant from) {
        this.setting = setting;
        this.perHour = perHour;
        this.counter = counter;
        this.from = from;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("frontdoor.rate-limit." + setting, String.valueOf(perHour));
        return properties;
    }

    protected int perHour() {
        return perHour;
    }

    @BeforeEach
    void anHourNobodyHasUsed() {
        Instant hour;
        do {
            hour = from.plus(Duration.ofHours(ThreadLocalRandom.current().nextInt(HOURS)));
        } while (sql.count("SELECT COUNT(*) FROM rate_limit WHERE bucket LIKE ? AND window_start IN (?, ?)",
                counter + ":%", LocalDateTime.ofInstant(hour, ZoneOffset.UTC),
                LocalDateTime.ofInstant(hour.plus(Duration.ofHours(1)), ZoneOffset.UTC)) > 0);
        clock.set(hour.plus(Duration.ofMinutes(10)));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }
}
