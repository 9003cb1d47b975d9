package uk.frontdoor.platform.ratelimit;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import uk.frontdoor.platform.metrics.Counts;

/**
 * Counts attempts in the {@code rate_limit} table, in fixed windows, so a limit holds across every app
 * node ({@link WindowCounter}: one upsert and its count, in one transaction). Spent windows are deleted by the
 * session clean-up job.
 */
@Singleton
public class RateLimiter {
    /** The bucket column's width; longer keys are hashed to fit. */
    static final int MAX_BUCKET = 190;

    private final WindowCounter windows;
    private final Clock clock;
    private final Counts counts;

    public RateLimiter(WindowCounter windows, Clock clock, Counts counts) {
        this.windows = windows;
        this.clock = clock;
        this.counts = counts;
    }

    /**
     * @param allowed    false when this hit is over the limit
     * @param hits       hits in the window so far, this one included
     * @param retryAfter how long until the window ends
     */
    public record Decision(boolean allowed, int hits, Duration retryAfter) {
    }

    /** Counts one attempt by {@code key} against {@code limit} and says whether it may go ahead. */
    public Decision hit(RateLimit limit, String key) {
        Instant now = clock.instant();
        FixedWindow window = FixedWindow.containing(now, limit.window());
        int hits = windows.hit(bucket(limit, key), LocalDateTime.ofInstant(window.start(), ZoneOffset.UTC));
        boolean allowed = hits <= limit.limit();
        if (!allowed) {
            counts.rateLimitRefused(limit.name()); // after the count's commit: a retried count is not counted twice
        }
        return new Decision(allowed, hits, window.remainingAfter(now));
    }

    static String bucket(RateLimit limit, String key) {
        String bucket = limit.name() + ":" + key;
        if (bucket.length() <= MAX_BUCKET) {
            return bucket;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return limit.name() + ":sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
