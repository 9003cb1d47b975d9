package uk.frontdoor.platform.db;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * For {@link ConflictRetriesTest} only: a transaction with work of its own that calls a {@link RetriedOnConflict}
 * method, which then joins it instead of opening one.
 */
@Singleton
public class OuterTransaction {
    private final Deadlocker deadlocker;

    public OuterTransaction(Deadlocker deadlocker) {
        this.deadlocker = deadlocker;
    }

    /** Adds one to row {@code own}, then runs {@link Deadlocker#countBoth} inside this same transaction. */
    @Transactional
    public void addThenCountBoth(String own, String first, String second, CountDownLatch bothHoldOne,
                                 AtomicInteger tries) throws InterruptedException {
        deadlocker.add(own);
        deadlocker.countBoth(first, second, bothHoldOne, tries);
    }
}
