package uk.frontdoor.core.events;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import uk.frontdoor.platform.jobs.RecurringJob;

/** Passes on offers of a place that ran out, once across all nodes (a db-scheduler recurring job). */
@Singleton
class WaitingListJob implements RecurringJob {
    private final EventBookings bookings;
    private final Duration every;

    WaitingListJob(EventBookings bookings, @Value("${frontdoor.events.offer-check-every:1m}") Duration every) {
        this.bookings = bookings;
        this.every = every;
    }

    @Override
    public String name() {
        return "event-offer-expiry";
    }

    @Override
    public Duration every() {
        return every;
    }

    @Override
    public void run() {
        bookings.expiredOffers().forEach(bookings::expire);
    }
}
