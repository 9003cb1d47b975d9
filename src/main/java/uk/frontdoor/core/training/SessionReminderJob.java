package uk.frontdoor.core.training;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import uk.frontdoor.platform.jobs.RecurringJob;

/** Sends the training session reminders that are due (a db-scheduler recurring job: one node at a time). */
@Factory
class SessionReminderJob {
    @Singleton
    RecurringJob trainingReminders(SessionReminders reminders, @Value("${frontdoor.training.reminders-every:10m}") Duration every) {
        return RecurringJob.every(every, "training-reminders", () -> reminders.due().forEach(reminders::remind));
    }
}
