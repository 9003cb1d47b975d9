package uk.frontdoor.platform.ratelimit;

import java.time.Duration;
import java.time.Instant;

/** The fixed window an instant falls in: windows start at whole multiples of their length since the epoch. */
public record FixedWindow(Instant start, Instant end) {

    public static FixedWindow containing(Instant instant, Duration length) {
        long seconds = length.toSeconds();
        long start = Math.floorDiv(instant.getEpochSecond(), seconds) * seconds;
        return new FixedWindow(Instant.ofEpochSecond(start), Instant.ofEpochSecond(start + seconds));
    }

    /** How long until this window ends and a new count begins (at least one second). */
    public Duration remainingAfter(Instant instant) {
        Duration left = Duration.between(instant, end);
        return left.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : left;
    }
}
