package uk.frontdoor.core.events;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import uk.frontdoor.platform.jobs.RecurringJob;

/** Sends the reminders that are due (a db-scheduler recurring job: one node at a time). */
@Factory
class EventReminderJob {
    @Singleton
    RecurringJob eventReminders(EventReminders reminders, @Value("${frontdoor.events.reminders-every:10m}") Duration every) {
        return RecurringJob.every(every, "event-reminders", () -> reminders.due().forEach(reminders::remind));
    }
}
