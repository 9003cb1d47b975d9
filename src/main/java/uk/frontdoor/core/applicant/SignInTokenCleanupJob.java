package uk.frontdoor.core.applicant;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Duration;
import uk.frontdoor.platform.jobs.RecurringJob;

/** Deletes sign-in tokens a day after they expired. */
@Factory
class SignInTokenCleanupJob {
    @Singleton
    RecurringJob signInTokenCleanup(SignInLinks links) {
        return RecurringJob.every(Duration.ofHours(1), "sign-in-token-cleanup", links::purgeExpired);
    }
}
