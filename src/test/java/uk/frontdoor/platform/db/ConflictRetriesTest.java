package uk.frontdoor.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.LogCapture;

/**
 * On the real MariaDB: two transactions that deadlock (the error a Galera certification conflict also gives) both
 * end committed, once each, because the one rolled back is run again; a failure of another kind is not retried.
 */
@MicronautTest(transactional = false)
class ConflictRetriesTest extends AppTest {
    @Inject
    Deadlocker deadlocker;
    @Inject
    Sql sql;

    @Test
    void of_two_transactions_that_deadlock_the_one_rolled_back_is_run_again_and_both_commit_once() throws Exception {
        String a = row();
        String b = row();
        CountDownLatch bothHoldOne = new CountDownLatch(2);
        AtomicInteger triesAb = new AtomicInteger();
        AtomicInteger triesBa = new AtomicInteger();
        ExecutorService two = Executors.newFixedThreadPool(2);
        try (LogCapture log = LogCapture.open()) {
            Future<?> ab = two.submit(() -> { deadlocker.countBoth(a, b, bothHoldOne, triesAb); return null; });
            Future<?> ba = two.submit(() -> { deadlocker.countBoth(b, a, bothHoldOne, triesBa); return null; });
            ab.get();
            ba.get();
            assertEquals(3, triesAb.get() + triesBa.get(), "one of them ran once, the deadlock's loser twice");
            assertTrue(log.lines().stream().anyMatch(l -> l.contains("rolled back by a deadlock or certification")),
                    "the retry is in the log");
        } finally {
            two.shutdownNow();
        }
        assertEquals(3, hits(a), "each transaction added one to row a, once");
        assertEquals(3, hits(b), "each transaction added one to row b, once");
    }

    @Test
    void a_failure_that_is_not_a_conflict_is_not_retried() {
        String bucket = "conflict-test:" + UUID.randomUUID();
        AtomicInteger tries = new AtomicInteger();
        RuntimeException e = assertThrows(RuntimeException.class, () -> deadlocker.insertTwice(bucket, tries));
        assertFalse(ConflictRetries.isConflict(e));
        assertEquals(1, tries.get(), "a duplicate key is not tried again");
        assertEquals(0, sql.count("SELECT COUNT(*) FROM rate_limit WHERE bucket = ?", bucket), "rolled back");
    }

    private String row() {
        String bucket = "conflict-test:" + UUID.randomUUID();
        sql.update("INSERT INTO rate_limit (bucket, window_start, hits) VALUES (?, '2026-01-01', 1)", bucket);
        return bucket;
    }

    private long hits(String bucket) {
        return sql.count("SELECT hits FROM rate_limit WHERE bucket = ? AND window_start = '2026-01-01'", bucket);
    }
}
