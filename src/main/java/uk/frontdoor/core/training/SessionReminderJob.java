package uk.frontdoor.core.training;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import uk.frontdoor.platform.jobs.RecurringJob;

/** Sends the training session reminders that are due (a db-scheduler recurring job: one node at a time). */
@Singleton
class SessionReminderJob implements RecurringJob {
    private final SessionReminders reminders;
    private final Duration every;

    SessionReminderJob(SessionReminders reminders, @Value("${frontdoor.training.reminders-every:10m}") Duration every) {
        this.reminders = reminders;
        this.every = every;
    }

    @Override
    public String name() {
        return "training-reminders";
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
