package uk.frontdoor.web.session;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.jobs.RecurringJob;
import uk.frontdoor.platform.time.Times;

/** Removes expired sessions (and the drafts they held) and spent rate-limit windows. */
@Singleton
class SessionCleanupJob implements RecurringJob {
    private final WebSessions sessions;
    private final Sql sql;
    private final Clock clock;

    SessionCleanupJob(WebSessions sessions, Sql sql, Clock clock) {
        this.sessions = sessions;
        this.sql = sql;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "session-cleanup";
    }

    @Override
    public Duration every() {
        return Duration.ofMinutes(10);
    }

    @Override
    public void run() {
        sessions.purgeExpired();
        sql.update("DELETE FROM rate_limit WHERE window_start < ?", Times.nowUtc(clock).minusDays(1));
    }
}
