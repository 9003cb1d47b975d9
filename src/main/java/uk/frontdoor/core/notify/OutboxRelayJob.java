package uk.frontdoor.core.notify;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import uk.frontdoor.platform.jobs.RecurringJob;

@Singleton
class OutboxRelayJob implements RecurringJob {
    private final OutboxRelay relay;
    private final Duration every;

    OutboxRelayJob(OutboxRelay relay, @Value("${frontdoor.outbox.every:2s}") Duration every) {
        this.relay = relay;
        this.every = every;
    }

    @Override
    public String name() {
        return "outbox-relay";
    }

    @Override
    public Duration every() {
        return every;
    }

    @Override
    public void run() {
        relay.relayDue();
    }
}
