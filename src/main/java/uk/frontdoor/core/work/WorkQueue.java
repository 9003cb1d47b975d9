package uk.frontdoor.core.work;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.calendar.BankHolidays;
import uk.frontdoor.core.journey.JourneyActorIdentity;
import uk.frontdoor.core.journey.Journeys;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.core.region.Team;
import uk.frontdoor.core.staff.StaffDeactivated;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;

/**
 * Teams' work queues. Every change to an item is a conditional UPDATE (on its assignee or version), so
 * when two people act at once, on one node or on two, exactly one wins and the other is told.
 */
@Singleton
public class WorkQueue {
    private static final String COLUMNS = """
            w.id, w.kind, w.team_id, w.subject_type, w.subject_id, w.reference, w.title, w.status, w.due_date,
            w.assigned_to, s.display_name, w.version, w.created_at, w.first_response_at, w.related_item_id""";
    private static final String FROM = " FROM work_item w LEFT JOIN staff_account s ON s.id = w.assigned_to ";
    /** History and audit: an item given back to its team's queue when its assignee was deactivated. */
    public static final String RETURNED_TO_QUEUE = "RETURNED_TO_QUEUE";

    private final Sql sql;
    private final Clock clock;
    private final BankHolidays holidays;
    private final RegionDirectory region;
    private final AuditLog audit;
    private final Journeys journeys;

    public WorkQueue(Sql sql, Clock clock, BankHolidays holidays, RegionDirectory region, AuditLog audit,
                     Journeys journeys) {
        this.sql = sql;
        this.clock = clock;
        this.holidays = holidays;
        this.region = region;
        this.audit = audit;
        this.journeys = journeys;
    }

    /** Puts new work in a team's queue, due the kind's target number of working days from today. */
    @Transactional
    public long create(WorkKind kind, long teamId, String subjectType, long subjectId, String reference, String title) {
        return create(kind, teamId, subjectType, subjectId, reference, title, dueDate(kind, Times.todayUk(clock)));
    }

    /** Puts new work in a team's queue with its own due date (an urgent support request is due sooner). */
    @Transactional
    public long create(WorkKind kind, long teamId, String subjectType, long subjectId, String reference, String title,
                       LocalDate due) {
        LocalDateTime now = Times.nowUtc(clock);
        long id = sql.insert("""
                INSERT INTO work_item (kind, team_id, subject_type, subject_id, reference, title, status, is_open,
                                       due_date, version, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, 'NEW', TRUE, ?, 0, ?, ?)""",
                kind, teamId, subjectType, subjectId, reference, title, due, now, now);
        history(id, null, "CREATED", null, WorkItemStatus.NEW, null);
        return id;
    }

    public LocalDate dueDate(WorkKind kind, LocalDate from) {
        return holidays.calendar().plusWorkingDays(from, region.targetWorkingDays(kind));
    }

    public Optional<WorkItem> find(long id) {
        return sql.one("SELECT " + COLUMNS + FROM + "WHERE w.id = ?", WorkQueue::map, id);
    }

    public Optional<WorkItem> findByReference(String reference, WorkKind kind) {
        return sql.one("SELECT " + COLUMNS + FROM + "WHERE w.reference = ? AND w.kind = ? ORDER BY w.id DESC LIMIT 1",
                WorkQueue::map, reference, kind);
    }

    /** One page of a queue: overdue first, then by due date (the earliest due are the overdue ones). */
    public List<WorkItem> page(long teamId, QueueFilter filter, StaffMember viewer) {
        StringBuilder where = new StringBuilder("WHERE w.team_id = ?");
        List<Object> params = new ArrayList<>();
        params.add(teamId);
        if (filter.reference() != null) {
            where.append(" AND w.reference = ?");
            params.add(filter.reference());
        }
        if (filter.status() != null) {
            where.append(" AND w.status = ?");
            params.add(filter.status());
        } else if (filter.reference() == null) {
            where.append(" AND w.is_open = TRUE"); // a reference search finds the items whatever their status
        }
        switch (filter.assignment()) {
            case ME -> {
                where.append(" AND w.assigned_to = ?");
                params.add(viewer.id());
            }
            case UNASSIGNED -> where.append(" AND w.assigned_to IS NULL");
            case ANYONE -> { }
        }
        if (filter.afterDue() != null && filter.afterId() != null) {
            where.append(" AND (w.due_date, w.id) > (?, ?)");
            params.add(LocalDate.parse(filter.afterDue()));
            params.add(filter.afterId());
        }
        params.add(filter.pageSize());
        return sql.list("SELECT " + COLUMNS + FROM + where + " ORDER BY w.due_date, w.id LIMIT ?",
                WorkQueue::map, params.toArray());
    }

    /** Counts for the staff home page. */
    public List<QueueSummary> summaries(Collection<Team> teams) {
        LocalDate today = Times.todayUk(clock);
        List<QueueSummary> result = new ArrayList<>();
        for (Team team : teams) {
            result.add(sql.one("""
                    SELECT COUNT(*), COALESCE(SUM(due_date < ?), 0), COALESCE(SUM(assigned_to IS NULL), 0), MIN(created_at)
                    FROM work_item WHERE team_id = ? AND is_open = TRUE""",
                    rs -> {
                        LocalDateTime oldest = rs.getObject(4, LocalDateTime.class);
                        return new QueueSummary(team, rs.getLong(1), rs.getLong(2), rs.getLong(3),
                                oldest == null ? null : Times.toUk(oldest).toLocalDate());
                    }, today, team.id()).orElseThrow());
        }
        return result;
    }

    public sealed interface Change {
        record Done(WorkItem item) implements Change { }
        /** Someone else got there first (claimed, assigned or changed the item since it was shown). */
        record Conflict(WorkItem item) implements Change { }
        record Closed(WorkItem item) implements Change { }
        record NotFound() implements Change { }
    }

    /** "Assign to me": succeeds only if the item is open and nobody has it. */
    @Transactional
    public Change claim(long itemId, StaffMember staff) {
        int changed = sql.update("""
                UPDATE work_item SET assigned_to = ?, version = version + 1, updated_at = ?
                WHERE id = ? AND assigned_to IS NULL AND is_open = TRUE""",
                staff.id(), Times.nowUtc(clock), itemId);
        return afterChange(itemId, changed, staff, "CLAIMED", null);
    }

    /** Assigns to a colleague, if the item has not changed since the person saw it ({@code version}). */
    @Transactional
    public Change assign(long itemId, int version, long assigneeId, StaffMember staff) {
        int changed = sql.update("""
                UPDATE work_item SET assigned_to = ?, version = version + 1, updated_at = ?
                WHERE id = ? AND version = ? AND is_open = TRUE""",
                assigneeId, Times.nowUtc(clock), itemId, version);
        String name = sql.one("SELECT display_name FROM staff_account WHERE id = ?", rs -> rs.getString(1), assigneeId)
                .orElse("?");
        return afterChange(itemId, changed, staff, "ASSIGNED", "Assigned to " + name);
    }

    /** Logs a call, email, letter, meeting or note. The first contact counts as the first response. */
    @Transactional
    public Change logContact(long itemId, StaffMember staff, ContactChannel channel, String summary) {
        Optional<WorkItem> item = sql.one("SELECT " + COLUMNS + FROM + "WHERE w.id = ? FOR UPDATE", WorkQueue::map, itemId);
        if (item.isEmpty()) {
            return new Change.NotFound();
        }
        LocalDateTime now = Times.nowUtc(clock);
        sql.insert("INSERT INTO contact_log (work_item_id, at, staff_id, channel, summary) VALUES (?, ?, ?, ?, ?)",
                itemId, now, staff.id(), channel, summary);
        WorkItemStatus from = item.get().status();
        WorkItemStatus to = from.afterContact();
        sql.update("""
                UPDATE work_item SET status = ?, version = version + 1, updated_at = ?,
                       first_response_at = COALESCE(first_response_at, ?) WHERE id = ?""", to, now, now, itemId);
        if (to != from) {
            history(itemId, staff.id(), "STATUS", from, to, null);
        }
        audit.staff(staff.id(), "LOG_CONTACT", item.get().subjectType(), item.get().subjectId(), channel.name());
        return new Change.Done(find(itemId).orElseThrow());
    }

    /**
     * Records a triage outcome. {@code detail} says why (no further action), where to (signposting) or
     * which item it duplicates; re-routing opens a new item in {@code rerouteTeam}'s queue.
     */
    @Transactional
    public Change recordOutcome(long itemId, int version, StaffMember staff, TriageOutcome outcome, String detail,
                                Long relatedItemId, Team rerouteTeam) {
        Optional<WorkItem> found = sql.one("SELECT " + COLUMNS + FROM + "WHERE w.id = ? FOR UPDATE", WorkQueue::map, itemId);
        if (found.isEmpty()) {
            return new Change.NotFound();
        }
        WorkItem item = found.get();
        if (!item.status().isOpen()) {
            return new Change.Closed(item);
        }
        if (item.version() != version) {
            return new Change.Conflict(item);
        }
        WorkItemStatus to = item.status().after(outcome);
        LocalDateTime now = Times.nowUtc(clock);
        Long related = relatedItemId;
        if (outcome == TriageOutcome.REROUTE) {
            related = sql.insert("""
                    INSERT INTO work_item (kind, team_id, subject_type, subject_id, reference, title, status, is_open,
                                           due_date, version, created_at, updated_at, related_item_id)
                    VALUES (?, ?, ?, ?, ?, ?, 'NEW', TRUE, ?, 0, ?, ?, ?)""",
                    item.kind(), rerouteTeam.id(), item.subjectType(), item.subjectId(), item.reference(), item.title(),
                    item.dueDate(), now, now, itemId);
            history(related, staff.id(), "CREATED", null, WorkItemStatus.NEW, "Re-routed from " + teamName(item.teamId()));
        }
        sql.update("""
                UPDATE work_item SET status = ?, is_open = ?, version = version + 1, updated_at = ?,
                       first_response_at = COALESCE(first_response_at, ?), related_item_id = ? WHERE id = ?""",
                to, to.isOpen(), now, now, related, itemId);
        String said = outcome == TriageOutcome.REROUTE ? "Re-routed to " + rerouteTeam.name() : detail;
        history(itemId, staff.id(), "OUTCOME:" + outcome.name(), item.status(), to, said);
        audit.staff(staff.id(), "TRIAGE_" + outcome.name(), item.subjectType(), item.subjectId(), said);
        if (outcome == TriageOutcome.INVITE_TO_REGISTER && "ENQUIRY".equals(item.subjectType())) {
            // the person's own journey starts here: they are emailed an invitation to sign in and register
            journeys.inviteToRegister(item.subjectId(), item.teamId(), JourneyActorIdentity.staff(staff));
        }
        return new Change.Done(find(itemId).orElseThrow());
    }

    /**
     * Records a support worker's outcome on a support request. An assessment allocates the worker who will
     * do it (they become the assignee); {@code detail} says what was recorded with the outcome.
     */
    @Transactional
    public Change recordSupportOutcome(long itemId, int version, StaffMember staff, SupportOutcome outcome,
                                       String detail, Long allocatedWorker) {
        Optional<WorkItem> found = sql.one("SELECT " + COLUMNS + FROM + "WHERE w.id = ? FOR UPDATE", WorkQueue::map, itemId);
        if (found.isEmpty()) {
            return new Change.NotFound();
        }
        WorkItem item = found.get();
        if (!item.status().isOpen()) {
            return new Change.Closed(item);
        }
        if (item.version() != version || !outcome.allowedFrom(item.status())) {
            return new Change.Conflict(item);
        }
        WorkItemStatus to = item.status().after(outcome);
        LocalDateTime now = Times.nowUtc(clock);
        sql.update("""
                UPDATE work_item SET status = ?, is_open = ?, version = version + 1, updated_at = ?,
                       first_response_at = COALESCE(first_response_at, ?), assigned_to = COALESCE(?, assigned_to)
                WHERE id = ?""", to, to.isOpen(), now, now, allocatedWorker, itemId);
        history(itemId, staff.id(), "OUTCOME:" + outcome.name(), item.status(), to, detail);
        audit.staff(staff.id(), "SUPPORT_" + outcome.name(), item.subjectType(), item.subjectId(), detail);
        return new Change.Done(find(itemId).orElseThrow());
    }

    /**
     * Closes an open item with a decision made elsewhere (a registration accepted or declined), keeping its history;
     * false when the item was already closed.
     */
    @Transactional
    public boolean closeWithDecision(long itemId, StaffMember staff, WorkItemStatus to, String detail) {
        Optional<WorkItem> found = sql.one("SELECT " + COLUMNS + FROM + "WHERE w.id = ? FOR UPDATE", WorkQueue::map, itemId);
        if (found.isEmpty() || !found.get().status().isOpen() || to.isOpen()) {
            return false;
        }
        LocalDateTime now = Times.nowUtc(clock);
        sql.update("""
                UPDATE work_item SET status = ?, is_open = FALSE, version = version + 1, updated_at = ?,
                       first_response_at = COALESCE(first_response_at, ?) WHERE id = ?""", to, now, now, itemId);
        history(itemId, staff.id(), "DECISION", found.get().status(), to, detail);
        return true;
    }

    /**
     * A deactivated colleague's open items go back to their teams' queues, unassigned, each with a history entry and
     * an audit row by the administrator, inside the deactivation's transaction (a failure here undoes it all). The
     * entry's words come from the bundle ({@code staff.history.RETURNED_TO_QUEUE}); it keeps only the person's name.
     */
    @EventListener
    void on(StaffDeactivated deactivated) {
        List<WorkItem> items = sql.list("SELECT " + COLUMNS + FROM
                + "WHERE w.assigned_to = ? AND w.is_open = TRUE ORDER BY w.id FOR UPDATE", WorkQueue::map,
                deactivated.staffId());
        LocalDateTime now = Times.nowUtc(clock);
        for (WorkItem item : items) {
            sql.update("UPDATE work_item SET assigned_to = NULL, version = version + 1, updated_at = ? WHERE id = ?",
                    now, item.id());
            history(item.id(), deactivated.administratorId(), RETURNED_TO_QUEUE, null, null, deactivated.displayName());
            audit.staff(deactivated.administratorId(), RETURNED_TO_QUEUE, item.subjectType(), item.subjectId(),
                    "work item " + item.id() + " unassigned from staff " + deactivated.staffId() + " (deactivated)");
        }
    }

    /** The open item about this subject, if there is one. */
    public Optional<WorkItem> openFor(String subjectType, long subjectId) {
        return sql.one("SELECT " + COLUMNS + FROM + "WHERE w.subject_type = ? AND w.subject_id = ? AND w.is_open "
                + "ORDER BY w.id DESC LIMIT 1", WorkQueue::map, subjectType, subjectId);
    }

    public List<WorkItemEvent> history(long itemId) {
        return sql.list("""
                SELECT e.at, s.display_name, e.event_type, e.from_status, e.to_status, e.detail
                FROM work_item_event e LEFT JOIN staff_account s ON s.id = e.staff_id
                WHERE e.work_item_id = ? ORDER BY e.at DESC, e.id DESC""",
                rs -> new WorkItemEvent(rs.getObject(1, LocalDateTime.class), rs.getString(2), rs.getString(3),
                        status(rs.getString(4)), status(rs.getString(5)), rs.getString(6)), itemId);
    }

    public List<ContactEntry> contacts(long itemId) {
        return sql.list("""
                SELECT c.at, s.display_name, c.channel, c.summary FROM contact_log c
                JOIN staff_account s ON s.id = c.staff_id WHERE c.work_item_id = ? ORDER BY c.at DESC, c.id DESC""",
                rs -> new ContactEntry(rs.getObject(1, LocalDateTime.class), rs.getString(2),
                        ContactChannel.valueOf(rs.getString(3)), rs.getString(4)), itemId);
    }

    private Change afterChange(long itemId, int changed, StaffMember staff, String eventType, String detail) {
        Optional<WorkItem> item = find(itemId);
        if (item.isEmpty()) {
            return new Change.NotFound();
        }
        if (changed == 0) {
            return item.get().status().isOpen() ? new Change.Conflict(item.get()) : new Change.Closed(item.get());
        }
        history(itemId, staff.id(), eventType, null, null, detail);
        audit.staff(staff.id(), eventType, item.get().subjectType(), item.get().subjectId(), detail);
        return new Change.Done(item.get());
    }

    private void history(long itemId, Long staffId, String type, WorkItemStatus from, WorkItemStatus to, String detail) {
        sql.insert("""
                INSERT INTO work_item_event (work_item_id, at, staff_id, event_type, from_status, to_status, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", itemId, Times.nowUtc(clock), staffId, type, from, to, detail);
    }

    private String teamName(long teamId) {
        return region.team(teamId).map(Team::name).orElse("another team");
    }

    private static WorkItemStatus status(String s) {
        return s == null ? null : WorkItemStatus.valueOf(s);
    }

    private static WorkItem map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new WorkItem(rs.getLong(1), WorkKind.valueOf(rs.getString(2)), rs.getLong(3), rs.getString(4),
                rs.getLong(5), rs.getString(6), rs.getString(7), WorkItemStatus.valueOf(rs.getString(8)),
                rs.getObject(9, LocalDate.class), rs.getObject(10, Long.class), rs.getString(11), rs.getInt(12),
                rs.getObject(13, LocalDateTime.class), rs.getObject(14, LocalDateTime.class),
                rs.getObject(15, Long.class));
    }
}
