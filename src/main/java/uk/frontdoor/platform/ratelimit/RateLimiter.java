package uk.frontdoor.platform.ratelimit;

import uk.frontdoor.platform.metrics.Counts;

import io.micronaut.transaction.annotation.Transactional;
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
import uk.frontdoor.platform.db.Sql;

/**
 * Counts attempts in the {@code rate_limit} table, in fixed windows, so a limit holds across every app
 * node. Each hit is one upsert that takes the row's lock; the count read back in the same transaction is
 * therefore exactly this hit's place in the window. Spent windows are deleted by the session clean-up job.
 */
@Singleton
public class RateLimiter {
    /** The bucket column's width; longer keys are hashed to fit. */
    static final int MAX_BUCKET = 190;

    private final Sql sql;
    private final Clock clock;

    private final Counts counts;

    public RateLimiter(Sql sql, Clock clock, Counts counts) {
        this.counts = counts;
        this.sql = sql;
        this.clock = clock;
    }

    /**
     * @param allowed    false when this hit is over the limit
     * @param hits       hits in the window so far, this one included
     * @param retryAfter how long until the window ends
     */
    public record Decision(boolean allowed, int hits, Duration retryAfter) {
    }

    /** Counts one attempt by {@code key} against {@code limit} and says whether it may go ahead. */
    @Transactional
    public Decision hit(RateLimit limit, String key) {
        Instant now = clock.instant();
        FixedWindow window = FixedWindow.containing(now, limit.window());
        String bucket = bucket(limit, key);
        LocalDateTime start = LocalDateTime.ofInstant(window.start(), ZoneOffset.UTC);
        sql.update("""
                INSERT INTO rate_limit (bucket, window_start, hits) VALUES (?, ?, 1)
                ON DUPLICATE KEY UPDATE hits = hits + 1""", bucket, start);
        int hits = sql.one("SELECT hits FROM rate_limit WHERE bucket = ? AND window_start = ?",
                rs -> rs.getInt(1), bucket, start).orElse(1);
        boolean allowed = hits <= limit.limit();
        if (!allowed) {
            counts.rateLimitRefused(limit.name());
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
