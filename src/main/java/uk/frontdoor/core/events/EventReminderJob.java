package uk.frontdoor.core.events;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import uk.frontdoor.platform.jobs.RecurringJob;

/** Sends the reminders that are due (a db-scheduler recurring job: one node at a time). */
@Singleton
class EventReminderJob implements RecurringJob {
    private final EventReminders reminders;
    private final Duration every;

    EventReminderJob(EventReminders reminders, @Value("${frontdoor.events.reminders-every:10m}") Duration every) {
        this.reminders = reminders;
        this.every = every;
    }

    @Override
    public String name() {
        return "event-reminders";
    }

    @Override
    public Duration every() {
        return every;
    }

    @Override
    public void run() {
        reminders.due().forEach(reminders::remind);
    }
}
