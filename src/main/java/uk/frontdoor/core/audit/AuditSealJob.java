package uk.frontdoor.core.audit;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import uk.frontdoor.platform.jobs.RecurringJob;

/**
 * Seals settled audit rows into the chain (a db-scheduler recurring job: one node at a time, ADR 36). Each batch is its
 * own short transaction; a run stops when a batch seals nothing, or after 100 batches (the next run goes on).
 */
@Singleton
class AuditSealJob implements RecurringJob {
    private static final int MOST_BATCHES_A_RUN = 100;
    private final AuditChain chain;
    private final Duration every;

    AuditSealJob(AuditChain chain, @Value("${frontdoor.audit.seal-every:5s}") Duration every) {
        this.chain = chain;
        this.every = every;
    }

    @Override
    public String name() {
        return "audit-seal";
    }

    @Override
    public Duration every() {
        return every;
    }

    @Override
    public void run() {
        for (int i = 0; i < MOST_BATCHES_A_RUN && chain.sealBatch() > 0; i++) {
            // sealed some: there may be more ready
        }
    }
}
