package uk.frontdoor.core.applicant;

import jakarta.inject.Singleton;
import java.time.Duration;
import uk.frontdoor.platform.jobs.RecurringJob;

/** Deletes sign-in tokens a day after they expired. */
@Singleton
class SignInTokenCleanupJob implements RecurringJob {
    private final SignInLinks links;

    SignInTokenCleanupJob(SignInLinks links) {
        this.links = links;
    }

    @Override
    public String name() {
        return "sign-in-token-cleanup";
    }

    @Override
    public Duration every() {
        return Duration.ofHours(1);
    }

    @Override
    public void run() {
        links.purgeExpired();
    }
}
