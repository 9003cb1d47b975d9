package uk.frontdoor.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.LogCapture;

/**
 * On the real MariaDB: two transactions that deadlock (the error a Galera certification conflict also gives) both
 * end committed, once each, because the one rolled back is run again; a failure of another kind is not retried; and
 * a retried method called inside a transaction already open is not run again, since that transaction was rolled back
 * with it.
 */
@MicronautTest(transactional = false)
class ConflictRetriesTest extends AppTest {
    @Inject
    Deadlocker deadlocker;
    @Inject
    OuterTransaction outer;
    @Inject
    Sql sql;

    @Test
    void of_two_transactions_that_deadlock_the_one_rolled_back_is_run_again_and_both_commit_once() throws Exception {
        String a = row();
        String b = row();
        CountDownLatch bothHoldOne = new CountDownLatch(2);
        AtomicInteger triesAb = new AtomicInteger();
        AtomicInteger triesBa = new AtomicInteger();

        Crossed run = crossed(() -> deadlocker.countBoth(a, b, bothHoldOne, triesAb),
                () -> deadlocker.countBoth(b, a, bothHoldOne, triesBa));

        assertNull(run.first(), "the first transaction committed");
        assertNull(run.second(), "the second transaction committed");
        assertEquals(3, triesAb.get() + triesBa.get(), "one of them ran once, the deadlock's loser twice");
        assertTrue(run.log().stream().anyMatch(l -> l.contains("rolled back by a deadlock or certification")),
                "the retry is in the log");
        assertEquals(3, hits(a), "each transaction added one to row a, once");
        assertEquals(3, hits(b), "each transaction added one to row b, once");
    }

    /*
     * Both threads open a transaction of their own, add one to their own row, then call the retried method, which
     * joins that transaction and deadlocks with the other's. Whichever MariaDB picks as the loser, its deadlock must
     * reach its caller untried again: running the inner method again would repeat its rows in a transaction whose
     * own row was already rolled back with it.
     */
    @Test
    void a_retried_method_inside_a_transaction_already_open_is_not_run_again_and_the_deadlock_reaches_the_caller()
            throws Exception {
        String a = row();
        String b = row();
        String ownAb = row();
        String ownBa = row();
        CountDownLatch bothHoldOne = new CountDownLatch(2);
        AtomicInteger triesAb = new AtomicInteger();
        AtomicInteger triesBa = new AtomicInteger();

        Crossed run = crossed(() -> outer.addThenCountBoth(ownAb, a, b, bothHoldOne, triesAb),
                () -> outer.addThenCountBoth(ownBa, b, a, bothHoldOne, triesBa));

        assertEquals(1, Stream.of(run.first(), run.second()).filter(f -> f != null).count(),
                "exactly one lost the deadlock");
        Throwable lost = run.first() != null ? run.first() : run.second();
        assertTrue(ConflictRetries.isConflict(lost), "the caller is given the deadlock itself: " + lost);
        assertEquals(1, triesAb.get(), "the inner method ran once in the first transaction");
        assertEquals(1, triesBa.get(), "the inner method ran once in the second transaction");
        assertTrue(run.log().stream().noneMatch(l -> l.contains("rolled back by a deadlock or certification")),
                "no retry was tried");
        assertEquals(run.first() == null ? 2 : 1, hits(ownAb), "the first caller's own row: one added if it committed");
        assertEquals(run.second() == null ? 2 : 1, hits(ownBa),
                "the second caller's own row: one added if it committed");
        assertEquals(2, hits(a), "row a counted once, by the transaction that committed, never by the rolled back one");
        assertEquals(2, hits(b), "row b counted once, by the transaction that committed, never by the rolled back one");
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

    /** Work one thread does; whatever it throws is kept as that thread's failure. */
    private interface Work {
        void run() throws Exception;
    }

    /** What two threads started together did: each one's failure (null when it returned) and the portal's log. */
    private record Crossed(Throwable first, Throwable second, List<String> log) {
    }

    private static Crossed crossed(Work first, Work second) throws InterruptedException {
        ExecutorService two = Executors.newFixedThreadPool(2);
        try (LogCapture log = LogCapture.open()) {
            Future<?> one = two.submit(() -> { first.run(); return 0; });
            Future<?> other = two.submit(() -> { second.run(); return 0; });
            return new Crossed(failure(one), failure(other), log.lines());
        } finally {
            two.shutdownNow();
        }
    }

    private static Throwable failure(Future<?> done) throws InterruptedException {
        try {
            done.get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        }
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
