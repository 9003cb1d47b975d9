package uk.frontdoor.testing;

import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import uk.frontdoor.platform.time.ClockFactory;

/** The app's clock in tests: the real time until a test fixes it, then moved only by the test. */
@Singleton
@Replaces(bean = Clock.class, factory = ClockFactory.class)
public class TestClock extends Clock {
    private final AtomicReference<Instant> fixed = new AtomicReference<>();

    public void set(Instant instant) {
        fixed.set(instant);
    }

    public void advance(Duration duration) {
        fixed.updateAndGet(i -> (i == null ? Instant.now() : i).plus(duration));
    }

    public void reset() {
        fixed.set(null);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant f = fixed.get();
        return f == null ? Instant.now() : f;
    }
}
