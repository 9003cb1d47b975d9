package uk.frontdoor.platform.ratelimit;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import uk.frontdoor.platform.db.RetriedOnConflict;
import uk.frontdoor.platform.db.Sql;

/**
 * The database half of {@link RateLimiter}: one upsert that takes the window row's lock, and the count read back in
 * the same transaction, which is therefore exactly this hit's place in the window. Its only effect is that row, so a
 * deadlock or a Galera certification conflict on it (every node of the portal updates the same row for one address)
 * runs it again (ADR 55).
 */
@Singleton
public class WindowCounter {
    private final Sql sql;

    public WindowCounter(Sql sql) {
        this.sql = sql;
    }

    @Transactional
    @RetriedOnConflict
    public int hit(String bucket, LocalDateTime windowStart) {
        sql.update("""
                INSERT INTO rate_limit (bucket, window_start, hits) VALUES (?, ?, 1)
                ON DUPLICATE KEY UPDATE hits = hits + 1""", bucket, windowStart);
        return sql.one("SELECT hits FROM rate_limit WHERE bucket = ? AND window_start = ?",
                rs -> rs.getInt(1), bucket, windowStart).orElse(1);
    }
}
