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

    /** A member of staff viewed or changed {@code subject}. */
    public void staff(long staffId, String action, Subject subject, Long subjectId, String detail) {
        insert("STAFF", staffId, action, subject.name(), subjectId, detail);
    }

    /** An applicant (a signed-in member of the public) changed {@code subject}. */
    public void applicant(long applicantId, String action, Subject subject, Long subjectId, String detail) {
        insert("APPLICANT", applicantId, action, subject.name(), subjectId, detail);
    }

    /** The portal itself (a scheduled job, a refused attempt) did or saw something about {@code subject}. */
    public void system(String action, Subject subject, Long subjectId, String detail) {
        insert("SYSTEM", null, action, subject.name(), subjectId, detail);
    }

    public List<AuditEntry> forSubject(Subject subject, long subjectId) {
        return entries(subject.name(), subjectId);
    }

    private void insert(String actorType, Long actorId, String action, String subjectType, Long subjectId,
                        String detail) {
        sql.update("""
                INSERT INTO audit_event (at, actor_type, actor_id, action, subject_type, subject_id, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                Times.nowUtc(clock), actorType, actorId, action, subjectType, subjectId,
                detail == null ? null : detail.length() > 1000 ? detail.substring(0, 1000) : detail);
    }

    private List<AuditEntry> entries(String subjectType, long subjectId) {
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
