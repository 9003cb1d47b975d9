package uk.frontdoor.platform.ratelimit;

import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import uk.frontdoor.platform.db.RetriedOnConflict;
import uk.frontdoor.platform.db.Sql;

/**
 * The database half of {@link RateLimiter}: one upsert, in one round trip, that counts the hit and answers the count
 * it made (ADR 63). A new window's row is inserted with 1; an existing one's count is raised under the row's lock and
 * handed back through {@code LAST_INSERT_ID(expr)}, which MariaDB returns with the statement's result, so the answer
 * is exactly this hit's place in the window without a second statement or a transaction around two. Its only effect
 * is that row, so a deadlock or a Galera certification conflict on it (every node of the portal updates the same row
 * for one address) runs it again (ADR 55).
 */
@Singleton
public class WindowCounter {
    private final Sql sql;

    public WindowCounter(Sql sql) {
        this.sql = sql;
    }

    @RetriedOnConflict
    public int hit(String bucket, LocalDateTime windowStart) {
        Sql.Upserted done = sql.upsert("""
                INSERT INTO rate_limit (bucket, window_start, hits) VALUES (?, ?, 1)
                ON DUPLICATE KEY UPDATE hits = LAST_INSERT_ID(hits + 1)""", bucket, windowStart);
        // one row affected: inserted, the window's first hit; two: updated, and the id is the count it set
        return done.affected() == 1 ? 1 : (int) done.lastInsertId();
    }
}
