package uk.frontdoor.core.stagetwo;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import uk.frontdoor.platform.jobs.RecurringJob;

/** Sends the deadline reminders that are due (a db-scheduler recurring job: one node at a time). */
@Singleton
class DeadlineReminderJob implements RecurringJob {
    private final DeadlineReminders reminders;
    private final Duration every;

    DeadlineReminderJob(DeadlineReminders reminders, @Value("${frontdoor.journeys.reminders-every:1h}") Duration every) {
        this.reminders = reminders;
        this.every = every;
    }

    @Override
    public String name() {
        return "deadline-reminders";
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
