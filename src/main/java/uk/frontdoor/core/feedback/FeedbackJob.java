package uk.frontdoor.core.feedback;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import uk.frontdoor.platform.jobs.RecurringJob;

/** Asks the people who came to an event or course how it went (a db-scheduler recurring job: one node at a time). */
@Factory
class FeedbackJob {
    @Singleton
    RecurringJob feedbackRequests(Feedback feedback, @Value("${frontdoor.feedback.every:1h}") Duration every) {
        return RecurringJob.every(every, "feedback-requests", () -> feedback.due().forEach(feedback::ask));
    }
}
