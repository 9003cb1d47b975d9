package uk.frontdoor.core.stagetwo;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import uk.frontdoor.platform.jobs.RecurringJob;

/** Sends the deadline reminders that are due (a db-scheduler recurring job: one node at a time). */
@Factory
class DeadlineReminderJob {
    @Singleton
    RecurringJob deadlineReminders(DeadlineReminders reminders, @Value("${frontdoor.journeys.reminders-every:1h}") Duration every) {
        return RecurringJob.every(every, "deadline-reminders", () -> reminders.due().forEach(reminders::remind));
    }
}
