package uk.frontdoor.core.notify;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import uk.frontdoor.platform.jobs.RecurringJob;

/** Sends the emails that are due, retrying with back-off (a db-scheduler recurring job: one node at a time). */
@Factory
class OutboxRelayJob {
    @Singleton
    RecurringJob outboxRelay(OutboxRelay relay, @Value("${frontdoor.outbox.every:2s}") Duration every) {
        return RecurringJob.every(every, "outbox-relay", relay::relayDue);
    }
}
