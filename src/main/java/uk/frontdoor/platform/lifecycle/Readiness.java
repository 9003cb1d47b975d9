package uk.frontdoor.platform.lifecycle;

import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What a load balancer needs to know beyond "the database answers": whether this node's schema is migrated and
 * checked, and whether it has begun to shut down (then it must be sent no new work, though it still finishes what it
 * has). Read by {@code web.health}; set by {@code platform.db.Migrations} and {@link GracefulShutdown}.
 */
@Singleton
public class Readiness {
    private final AtomicBoolean migrated = new AtomicBoolean();
    private final AtomicBoolean shuttingDown = new AtomicBoolean();

    public void migrationsDone() {
        migrated.set(true);
    }

    public boolean migrated() {
        return migrated.get();
    }

    void shutdownBegun() {
        shuttingDown.set(true);
    }

    public boolean shuttingDown() {
        return shuttingDown.get();
    }
}
