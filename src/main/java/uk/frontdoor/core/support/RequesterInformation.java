package uk.frontdoor.core.support;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.frontdoor.core.applicant.Applicant;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.audit.Subject;
import uk.frontdoor.core.notify.EmailTemplate;
import uk.frontdoor.core.notify.Outbox;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.core.work.WorkItem;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;

/**
 * Information a person adds to their own support request once it is sent (signed in by email link). It is kept
 * with the request, written to its work item's history ("new information from the requester"), acknowledged by
 * an email that carries only the reference (not to a person who said it is not safe to leave them a message, ADR 28),
 * and flagged on the team's queue until a member of that team opens the item.
 * A request is found only by its reference together with the signed-in person's email address, so another
 * person's reference finds nothing. A closed request takes no more information (the person is asked to make a
 * new request instead).
 */
@Singleton
public class RequesterInformation {
    public static final int LIMIT = 2000;
    public static final String HISTORY_EVENT = "REQUESTER_INFORMATION";

    private final Sql sql;
    private final Clock clock;
    private final AuditLog audit;
    private final Outbox outbox;

    public RequesterInformation(Sql sql, Clock clock, AuditLog audit, Outbox outbox) {
        this.sql = sql;
        this.clock = clock;
        this.audit = audit;
        this.outbox = outbox;
    }

    public sealed interface Outcome {
        record Added() implements Outcome { }
        record NotFound() implements Outcome { }
        record Closed() implements Outcome { }
    }

    /** The message key of what is wrong with the text typed, or empty when it can be added. */
    public static Optional<String> problem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("account.request.information.required");
        }
        if (text.strip().length() > LIMIT) {
            return Optional.of("account.request.information.tooLong");
        }
        return Optional.empty();
    }

    /** The id of this person's request with this reference. */
    public Optional<Long> requestOf(Applicant applicant, String reference) {
        return sql.one("SELECT id FROM support_request WHERE reference = ? AND email = ?",
                rs -> rs.getLong(1), reference, applicant.email());
    }

    @Transactional
    public Outcome add(Applicant applicant, String reference, String text) {
        if (problem(text).isPresent()) {
            throw new IllegalArgumentException("Check the information before adding it");
        }
        Optional<Long> request = sql.one("""
                SELECT id FROM support_request WHERE reference = ? AND email = ? FOR UPDATE""",
                rs -> rs.getLong(1), reference, applicant.email());
        if (request.isEmpty()) {
            return new Outcome.NotFound();
        }
        long id = request.get();
        Optional<long[]> item = sql.one("""
                SELECT id, is_open FROM work_item WHERE subject_type = ? AND subject_id = ? ORDER BY id DESC LIMIT 1""",
                rs -> new long[] {rs.getLong(1), rs.getBoolean(2) ? 1 : 0}, Subject.SUPPORT_REQUEST.name(), id);
        if (item.isEmpty() || item.get()[1] == 0) {
            return new Outcome.Closed();
        }
        LocalDateTime now = Times.nowUtc(clock);
        sql.insert("INSERT INTO support_request_information (support_request_id, added_at, text) VALUES (?, ?, ?)",
                id, now, text.strip());
        sql.insert("""
                INSERT INTO work_item_event (work_item_id, at, staff_id, event_type, from_status, to_status, detail)
                VALUES (?, ?, NULL, ?, NULL, NULL, NULL)""", item.get()[0], now, HISTORY_EVENT);
        audit.applicant(applicant.id(), "SUPPORT_INFORMATION_ADDED", Subject.SUPPORT_REQUEST, id, reference);
        if (acknowledgedByEmail(id)) {
            outbox.enqueue(applicant.email(), EmailTemplate.SUPPORT_INFORMATION_RECEIVED, Map.of("reference", reference));
        }
        return new Outcome.Added();
    }

    /** Whether what is added to this request is acknowledged by email: only if it is safe to leave the person a message. */
    public boolean acknowledgedByEmail(long supportRequestId) {
        return sql.one("SELECT safe_to_leave_message FROM support_request WHERE id = ?", rs -> rs.getBoolean(1),
                supportRequestId).orElse(false);
    }

    /** Everything added to a request, newest first. */
    public List<AddedInformation> forRequest(long supportRequestId) {
        return sql.list("""
                SELECT id, added_at, text, seen_at FROM support_request_information WHERE support_request_id = ?
                ORDER BY added_at DESC, id DESC""",
                rs -> new AddedInformation(rs.getLong(1), rs.getObject(2, LocalDateTime.class), rs.getString(3),
                        rs.getObject(4, LocalDateTime.class)), supportRequestId);
    }

    /**
     * What was added to a support item's request, newest first, for a person who may see the item (nothing for anyone
     * else), each saying whether it was new when they opened it. Read by a member of the team that owns the item, it
     * is no longer new afterwards; someone who sees the item only because they see every queue (a manager from
     * another team) leaves it new for the team. The item page's view row is written by {@code WorkQueue.open}.
     */
    @Transactional
    public List<AddedInformation> read(StaffMember me, WorkItem item) {
        if (item.subjectType() != Subject.SUPPORT_REQUEST || !me.canSeeTeam(item.teamId())) {
            return List.of();
        }
        List<AddedInformation> added = forRequest(item.subjectId());
        if (me.teamIds().contains(item.teamId())) {
            sql.update("""
                    UPDATE support_request_information SET seen_at = ?, seen_by = ?
                    WHERE support_request_id = ? AND seen_at IS NULL""", Times.nowUtc(clock), me.id(), item.subjectId());
        }
        return added;
    }

    /** The open support items of a team whose request has information no member of staff has opened yet. */
    public Set<Long> itemsWithNewInformation(long teamId) {
        return new HashSet<>(sql.list("""
                SELECT w.id FROM work_item w
                WHERE w.team_id = ? AND w.is_open = TRUE AND w.subject_type = ?
                  AND EXISTS (SELECT 1 FROM support_request_information i
                              WHERE i.support_request_id = w.subject_id AND i.seen_at IS NULL)""",
                rs -> rs.getLong(1), teamId, Subject.SUPPORT_REQUEST.name()));
    }
}
