package uk.frontdoor.platform.ratelimit;

import java.time.Duration;

/**
 * A limit on how often something may be done: at most {@code limit} times per fixed {@code window} for
 * each key (a client address, an email address). {@code name} keeps each limit's counts apart.
 */
public record RateLimit(String name, int limit, Duration window) {
    public RateLimit {
        if (limit < 1 || window.toSeconds() < 1 || name.isBlank() || name.contains(":")) {
            throw new IllegalArgumentException("Not a usable rate limit: " + name + " " + limit + "/" + window);
        }
    }

    public static RateLimit perHour(String name, int limit) {
        return new RateLimit(name, limit, Duration.ofHours(1));
    }
}
