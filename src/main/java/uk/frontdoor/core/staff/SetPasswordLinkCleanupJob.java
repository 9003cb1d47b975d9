package uk.frontdoor.core.staff;

import jakarta.inject.Singleton;
import java.time.Duration;
import uk.frontdoor.platform.jobs.RecurringJob;

/** Deletes set-password links a day after they expired. */
@Singleton
class SetPasswordLinkCleanupJob implements RecurringJob {
    private final SetPasswordLinks links;

    SetPasswordLinkCleanupJob(SetPasswordLinks links) {
        this.links = links;
    }

    @Override
    public String name() {
        return "staff-password-link-cleanup";
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
