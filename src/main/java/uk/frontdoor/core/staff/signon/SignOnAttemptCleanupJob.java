package uk.frontdoor.core.staff.signon;

import jakarta.inject.Singleton;
import java.time.Duration;
import uk.frontdoor.platform.jobs.RecurringJob;

/** Deletes single sign-on attempts a day after they were made. */
@Singleton
class SignOnAttemptCleanupJob implements RecurringJob {
    private final SignOnAttempts attempts;

    SignOnAttemptCleanupJob(SignOnAttempts attempts) {
        this.attempts = attempts;
    }

    @Override
    public String name() {
        return "sign-on-attempt-cleanup";
    }

    @Override
    public Duration every() {
        return Duration.ofHours(1);
    }

    @Override
    public void run() {
        attempts.purgeOld();
    }
}
