package uk.frontdoor.platform.db;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** For {@link ConflictRetriesTest} only: transactions that deadlock on purpose, on rows of {@code rate_limit}. */
@Singleton
public class Deadlocker {
    private final Sql sql;

    public Deadlocker(Sql sql) {
        this.sql = sql;
    }

    /**
     * Adds one to row {@code first}, waits (at its first try only) until the other thread holds its own first row,
     * then adds one to row {@code second}: two threads given the rows in opposite orders deadlock.
     */
    @Transactional
    @RetriedOnConflict
    public void countBoth(String first, String second, CountDownLatch bothHoldOne, AtomicInteger tries)
            throws InterruptedException {
        tries.incrementAndGet();
        add(first);
        if (bothHoldOne.getCount() > 0) {
            bothHoldOne.countDown();
            bothHoldOne.await(10, TimeUnit.SECONDS);
        }
        add(second);
    }

    /** Inserts a row whose key is taken: a failure that trying again would not mend. */
    @Transactional
    @RetriedOnConflict
    public void insertTwice(String bucket, AtomicInteger tries) {
        tries.incrementAndGet();
        sql.update("INSERT INTO rate_limit (bucket, window_start, hits) VALUES (?, '2026-01-01', 1)", bucket);
        sql.update("INSERT INTO rate_limit (bucket, window_start, hits) VALUES (?, '2026-01-01', 1)", bucket);
    }

    /** Adds one to row {@code bucket}, in the caller's transaction. */
    void add(String bucket) {
        sql.update("UPDATE rate_limit SET hits = hits + 1 WHERE bucket = ? AND window_start = '2026-01-01'", bucket);
    }
}
