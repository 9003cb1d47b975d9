package uk.frontdoor.core.events;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import uk.frontdoor.platform.jobs.RecurringJob;

/** Passes on offers of a place that ran out, once across all nodes (a db-scheduler recurring job). */
@Factory
class WaitingListJob {
    @Singleton
    RecurringJob offerExpiry(EventBookings bookings, @Value("${frontdoor.events.offer-check-every:1m}") Duration every) {
        return RecurringJob.every(every, "event-offer-expiry", () -> bookings.expiredOffers().forEach(bookings::expire));
    }
}
