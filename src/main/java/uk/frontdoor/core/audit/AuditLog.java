package uk.frontdoor.core.audit;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;

/**
 * Who viewed or changed a person's record, and when. Written in the same transaction as the change it
 * records; the table refuses updates and deletes (database triggers), so no one can edit it.
 */
@Singleton
public class AuditLog {
    private final Sql sql;
    private final Clock clock;

    public AuditLog(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    public void staff(long staffId, String action, String subjectType, Long subjectId, String detail) {
        write("STAFF", staffId, action, subjectType, subjectId, detail);
    }

    public void system(String action, String subjectType, Long subjectId, String detail) {
        write("SYSTEM", null, action, subjectType, subjectId, detail);
    }

    public void write(String actorType, Long actorId, String action, String subjectType, Long subjectId, String detail) {
        sql.update("""
                INSERT INTO audit_event (at, actor_type, actor_id, action, subject_type, subject_id, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                Times.nowUtc(clock), actorType, actorId, action, subjectType, subjectId,
                detail == null ? null : detail.length() > 1000 ? detail.substring(0, 1000) : detail);
    }

    public List<AuditEntry> forSubject(String subjectType, long subjectId) {
        return sql.list("""
                SELECT a.at, a.actor_type, s.display_name, a.action, a.detail FROM audit_event a
                LEFT JOIN staff_account s ON a.actor_type = 'STAFF' AND s.id = a.actor_id
                WHERE a.subject_type = ? AND a.subject_id = ? ORDER BY a.at DESC, a.id DESC LIMIT 200""",
                rs -> new AuditEntry(rs.getObject(1, LocalDateTime.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)), subjectType, subjectId);
    }

    public record AuditEntry(LocalDateTime at, String actorType, String actorName, String action, String detail) {
    }
}
