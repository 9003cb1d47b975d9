package uk.frontdoor.core.retention;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import uk.frontdoor.platform.jobs.RecurringJob;

/**
 * The daily retention run. db-scheduler runs it on one node at a time, and {@link Retention#run} claims the day, so
 * checking more often than daily (the default is hourly) only makes a late or failed day's run happen sooner.
 */
@Factory
class RetentionJob {
    @Singleton
    @Requires(property = "frontdoor.retention.enabled", notEquals = "false")
    RecurringJob retention(Retention retention, @Value("${frontdoor.retention.check-every:1h}") Duration every) {
        return RecurringJob.every(every, "retention", retention::run);
    }
}
