package uk.frontdoor.core.staff.signin;

import jakarta.inject.Singleton;
import java.time.Duration;
import uk.frontdoor.platform.jobs.RecurringJob;

/** Deletes sign-in failures that are forgotten (an hour after the last one). */
@Singleton
class SignInThrottleCleanupJob implements RecurringJob {
    private final SignInThrottle throttle;

    SignInThrottleCleanupJob(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public String name() {
        return "sign-in-throttle-cleanup";
    }

    @Override
    public Duration every() {
        return Duration.ofMinutes(30);
    }

    @Override
    public void run() {
        throttle.purge();
    }
}
