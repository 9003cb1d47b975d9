package uk.frontdoor.core.enquiry;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;

/**
 * Enquiries being filled in, saved server-side after every page against the browser's session, so a
 * person can leave and come back in the same browser. A draft goes when its session does.
 */
@Singleton
public class EnquiryDrafts {
    private final Sql sql;
    private final Clock clock;

    public EnquiryDrafts(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    public Optional<EnquiryAnswers> find(String sessionId) {
        if (sessionId == null) {
            return Optional.empty();
        }
        return sql.one("SELECT answers FROM enquiry_draft WHERE session_id = ?",
                rs -> EnquiryAnswers.decode(rs.getString(1)), sessionId);
    }

    /** Starts an empty draft unless the session has one already; returns the session's draft. */
    public EnquiryAnswers start(String sessionId) {
        sql.update("INSERT IGNORE INTO enquiry_draft (session_id, answers, updated_at) VALUES (?, '', ?)",
                sessionId, Times.nowUtc(clock));
        return find(sessionId).orElseThrow();
    }

    /** Saves the session's draft; false when it has none (never started, or sent meanwhile). */
    public boolean save(String sessionId, EnquiryAnswers answers) {
        return sql.update("UPDATE enquiry_draft SET answers = ?, updated_at = ? WHERE session_id = ?",
                answers.encode(), Times.nowUtc(clock), sessionId) == 1;
    }

    /** Deletes the session's draft ("Delete my answers"); false when there was none. */
    public boolean delete(String sessionId) {
        return sessionId != null && sql.update("DELETE FROM enquiry_draft WHERE session_id = ?", sessionId) == 1;
    }
}
