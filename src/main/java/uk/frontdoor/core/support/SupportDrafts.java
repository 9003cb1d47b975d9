package uk.frontdoor.core.support;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;

/** Support requests being filled in, saved after every page against the browser's session. */
@Singleton
public class SupportDrafts {
    private final Sql sql;
    private final Clock clock;

    public SupportDrafts(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    public Optional<SupportAnswers> find(String sessionId) {
        if (sessionId == null) {
            return Optional.empty();
        }
        return sql.one("SELECT answers FROM support_draft WHERE session_id = ?",
                rs -> SupportAnswers.decode(rs.getString(1)), sessionId);
    }

    public SupportAnswers start(String sessionId) {
        sql.update("INSERT IGNORE INTO support_draft (session_id, answers, updated_at) VALUES (?, '', ?)",
                sessionId, Times.nowUtc(clock));
        return find(sessionId).orElseThrow();
    }

    public boolean save(String sessionId, SupportAnswers answers) {
        return sql.update("UPDATE support_draft SET answers = ?, updated_at = ? WHERE session_id = ?",
                answers.encode(), Times.nowUtc(clock), sessionId) == 1;
    }

    /** Deletes the session's draft ("Delete my answers"); false when there was none. */
    public boolean delete(String sessionId) {
        return sessionId != null && sql.update("DELETE FROM support_draft WHERE session_id = ?", sessionId) == 1;
    }
}
