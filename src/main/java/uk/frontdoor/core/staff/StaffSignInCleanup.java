package uk.frontdoor.core.staff;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import uk.frontdoor.core.staff.signin.SignInThrottle;
import uk.frontdoor.core.staff.signon.SingleSignOn;
import uk.frontdoor.platform.jobs.RecurringJob;

/**
 * The clean-ups of staff sign-in, each a recurring job (once across every node): set-password links a day after they
 * expired, single sign-ons in progress a day after they started, and sign-in failures once they are forgotten.
 */
@Factory
class StaffSignInCleanup {
    @Singleton
    @Named("staff-password-link-cleanup")
    RecurringJob setPasswordLinks(SetPasswordLinks links) {
        return RecurringJob.every(Duration.ofHours(1), "staff-password-link-cleanup", links::purgeExpired);
    }

    @Singleton
    @Named("sign-on-attempt-cleanup")
    RecurringJob signOnAttempts(SingleSignOn singleSignOn) {
        return RecurringJob.every(Duration.ofHours(1), "sign-on-attempt-cleanup", singleSignOn::forgetOldAttempts);
    }

    @Singleton
    @Named("sign-in-throttle-cleanup")
    RecurringJob signInFailures(SignInThrottle throttle) {
        return RecurringJob.every(Duration.ofMinutes(30), "sign-in-throttle-cleanup", throttle::purge);
    }
}
