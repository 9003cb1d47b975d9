package uk.frontdoor.core.work;

import io.micronaut.context.MessageSource;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.action.StoredWording;
import uk.frontdoor.core.action.Wording;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.audit.Subject;
import uk.frontdoor.core.calendar.BankHolidays;
import uk.frontdoor.core.journey.AdopterJourney;
import uk.frontdoor.core.journey.JourneyActor;
import uk.frontdoor.core.journey.JourneyActorIdentity;
import uk.frontdoor.core.journey.JourneyEvent;
import uk.frontdoor.core.journey.JourneyState;
import uk.frontdoor.core.journey.Journeys;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.core.region.Team;
import uk.frontdoor.core.staff.StaffAccounts;
import uk.frontdoor.core.staff.StaffDeactivated;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.core.staff.StaffSummary;
import uk.frontdoor.platform.db.RetriedOnConflict;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;

/**
 * Teams' work queues and the staff actions on their items. Every action takes the acting member of staff and answers
 * a {@link Result}: an item outside their teams is not found. Every change to an item is a conditional UPDATE (on its
 * assignee or version), so when two people act at once, on one node or on two, exactly one wins and the other is told
 * (a conflict). History lines keep what a person typed, or a {@link Wording} for the page to render.
 */
@Singleton
public class WorkQueue {
    private static final String COLUMNS = """
            w.id, w.kind, w.team_id, w.subject_type, w.subject_id, w.reference, w.title, w.status, w.due_date,
            w.assigned_to, s.display_name, w.version, w.created_at, w.first_response_at, w.related_item_id""";
    private static final String FROM = " FROM work_item w LEFT JOIN staff_account s ON s.id = w.assigned_to ";
    /** History and audit: an item given back to its team's queue when its assignee was deactivated. */
    public static final String RETURNED_TO_QUEUE = "RETURNED_TO_QUEUE";
    /** History and audit: an item a member of staff gave back to its team's queue, unassigned. */
    public static final String UNASSIGNED = "UNASSIGNED";
    /** Conflict reasons: someone else claimed the item first; changed it since it was shown; closed it. */
    public static final String CLAIMED = "claimed";
    public static final String CHANGED = "changed";
    public static final String CLOSED = "closed";

    private final Sql sql;
    private final Clock clock;
    private final BankHolidays holidays;
    private final RegionDirectory region;
    private final AuditLog audit;
    private final Journeys journeys;
    private final StaffAccounts accounts;
    private final MessageSource messages;
    private final StoredWording stored;

    public WorkQueue(Sql sql, Clock clock, BankHolidays holidays, RegionDirectory region, AuditLog audit,
                     Journeys journeys, StaffAccounts accounts, MessageSource messages, StoredWording stored) {
        this.sql = sql;
        this.clock = clock;
        this.holidays = holidays;
        this.region = region;
        this.audit = audit;
        this.journeys = journeys;
        this.accounts = accounts;
        this.messages = messages;
        this.stored = stored;
    }

    /** Puts new work in a team's queue, due the kind's target number of working days from today. */
    @Transactional
    public long create(WorkKind kind, long teamId, Subject subject, long subjectId, String reference, String title) {
        return create(kind, teamId, subject, subjectId, reference, title, dueDate(kind, Times.todayUk(clock)));
    }

    /** Puts new work in a team's queue with its own due date (an urgent support request is due sooner). */
    @Transactional
    public long create(WorkKind kind, long teamId, Subject subject, long subjectId, String reference, String title,
                       LocalDate due) {
        return create(kind, teamId, subject, subjectId, reference, title, due, null, null);
    }

    /**
     * Puts new work in a team's queue that a member of staff brought in ({@code byStaff}, null for the public or the
     * system), its history's first line saying how ({@code said}, or nothing).
     */
    @Transactional
    public long create(WorkKind kind, long teamId, Subject subject, long subjectId, String reference, String title,
                       LocalDate due, Long byStaff, Wording said) {
        LocalDateTime now = Times.nowUtc(clock);
        long id = sql.insert("""
                INSERT INTO work_item (kind, team_id, subject_type, subject_id, reference, title, status, is_open,
                                       due_date, version, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, 'NEW', TRUE, ?, 0, ?, ?)""",
                kind, teamId, subject.name(), subjectId, reference, title, due, now, now);
        history(id, byStaff, "CREATED", null, WorkItemStatus.NEW, null, said);
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

    /** A team's queue as one person sees it: the team and one page of its items. */
    public record TeamQueue(Team team, List<WorkItem> items) {
    }

    /**
     * One page of a team's queue for this person (not found outside their teams, like an unknown team), with the view
     * audited in the same transaction.
     */
    @Transactional
    public Result<TeamQueue> queue(StaffMember me, long teamId, QueueFilter filter) {
        return read(me, teamId, filter, "VIEW_QUEUE", "");
    }

    /** A queue's page read for this person and audited as {@code action}; not found outside their teams. */
    private Result<TeamQueue> read(StaffMember me, long teamId, QueueFilter filter, String action, String more) {
        Optional<Team> team = region.team(teamId).filter(t -> me.canSeeTeam(t.id()));
        if (team.isEmpty()) {
            return Result.notFound();
        }
        List<WorkItem> items = page(teamId, filter, me);
        audit.staff(me.id(), action, Subject.TEAM, teamId, filter.describe() + more);
        return Result.done(new TeamQueue(team.get(), items));
    }

    /** One page of a queue: overdue first, then by due date (the earliest due are the overdue ones). */
    private List<WorkItem> page(long teamId, QueueFilter filter, StaffMember viewer) {
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
        QueueSort sort = filter.sort();
        Optional<Object> after = filter.afterId() == null ? Optional.empty() : sort.key(filter.afterKey());
        if (after.isPresent()) {
            where.append(" AND (").append(sort.expression()).append(", w.id) ")
                    .append(filter.descending() ? "<" : ">").append(" (?, ?)");
            params.add(after.get());
            params.add(filter.afterId());
        }
        params.add(filter.pageSize());
        String direction = filter.descending() ? " DESC" : "";
        return sql.list("SELECT " + COLUMNS + FROM + where + " ORDER BY " + sort.expression() + direction + ", w.id"
                + direction + " LIMIT ?", WorkQueue::map, params.toArray());
    }

    /**
     * The rows of one page of a queue, exactly as {@link #queue} lists them for the same filter, for a download: not
     * found outside this person's teams; the download is audited ({@code EXPORT_QUEUE}) in the same transaction.
     */
    @Transactional
    public Result<TeamQueue> export(StaffMember me, long teamId, QueueFilter filter) {
        return read(me, teamId, filter, "EXPORT_QUEUE", " (downloaded)");
    }

    /** An item ticked on a queue page, with the version the person saw. */
    public record Ticked(long itemId, int version) {
    }

    /** Where ticked items go: to a colleague in the team ({@code assigneeId}), or back to the queue, unassigned. */
    public record Move(boolean backToQueue, Long assigneeId) {
        public static Move to(Long assigneeId) {
            return new Move(false, assigneeId);
        }

        public static Move toTheQueue() {
            return new Move(true, null);
        }
    }

    /** What a move did: the references moved, and those skipped because someone changed them since they were shown. */
    public record Moved(List<String> moved, List<String> skipped) {
    }

    /**
     * Assigns several items of a team's queue to a colleague, or returns them to the queue, each as {@link #assign}
     * would: the queue outside this person's teams, or an item not in it, is not found (nothing moves); refused with
     * nothing ticked, or an assignee not in the team. Each item moves by a conditional UPDATE on the version the
     * person saw: one someone else changed (or closed) meanwhile is skipped and named, the others move, each with one
     * history line and one audit row.
     */
    @Transactional
    public Result<Moved> move(StaffMember me, long teamId, List<Ticked> ticked, Move move) {
        if (region.team(teamId).filter(t -> me.canSeeTeam(t.id())).isEmpty()) {
            return Result.notFound();
        }
        List<WorkItem> items = new ArrayList<>();
        for (Ticked t : ticked) {
            Optional<WorkItem> item = find(t.itemId()).filter(i -> i.teamId() == teamId);
            if (item.isEmpty()) {
                return Result.notFound();
            }
            items.add(item.get());
        }
        List<Problem> problems = new ArrayList<>();
        if (items.isEmpty()) {
            problems.add(new Problem("items", "staff.queue.bulk.error.none"));
        }
        Optional<String> name = move.backToQueue() ? Optional.empty() : accounts.inTeam(teamId).stream()
                .filter(s -> move.assigneeId() != null && s.id() == move.assigneeId())
                .map(StaffSummary::displayName).findFirst();
        if (!move.backToQueue() && name.isEmpty()) {
            problems.add(new Problem("assignee", "staff.item.assign.error.choose"));
        }
        if (!problems.isEmpty()) {
            return Result.refused(problems);
        }
        List<String> moved = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        LocalDateTime now = Times.nowUtc(clock);
        for (int i = 0; i < items.size(); i++) {
            WorkItem item = items.get(i);
            int changed = sql.update("""
                    UPDATE work_item SET assigned_to = ?, version = version + 1, updated_at = ?
                    WHERE id = ? AND version = ? AND is_open = TRUE""",
                    move.assigneeId(), now, item.id(), ticked.get(i).version());
            if (changed == 0) {
                skipped.add(item.reference());
                continue;
            }
            Wording said = name.map(n -> Wording.of("staff.history.assignedTo", n)).orElse(null);
            String type = move.backToQueue() ? UNASSIGNED : "ASSIGNED";
            history(item.id(), me.id(), type, null, null, null, said);
            audit.staff(me.id(), type, item.subjectType(), item.subjectId(),
                    said == null ? "returned to the queue" : words(said));
            moved.add(item.reference());
        }
        return Result.done(new Moved(moved, skipped));
    }

    /** Counts for the staff home page: one card for each team whose queue this member of staff may see. */
    public List<QueueSummary> summaries(StaffMember me) {
        LocalDate today = Times.todayUk(clock);
        List<QueueSummary> result = new ArrayList<>();
        for (Team team : region.teams().stream().filter(t -> me.canSeeTeam(t.id())).toList()) {
            result.add(sql.one("""
                    SELECT COUNT(*), COALESCE(SUM(due_date < ?), 0), COALESCE(SUM(assigned_to IS NULL), 0), MIN(created_at)
                    FROM work_item WHERE team_id = ? AND is_open = TRUE""",
                    rs -> {
                        LocalDateTime oldest = rs.getObject(4, LocalDateTime.class);
                        return new QueueSummary(team, rs.getLong(1), rs.getLong(2), rs.getLong(3),
                                oldest == null ? null : Times.ukDay(oldest));
                    }, today, team.id()).orElseThrow());
        }
        return result;
    }

    /**
     * A member of staff opens an item's page: not found outside their teams; otherwise exactly one view row is
     * written for what the page shows (the enquiry, the support request, or the item), in this transaction. Every
     * page that shows the item reads it here, including a form shown again after a refused or conflicting change:
     * such a change writes no row of its own, so the page it leads to is audited once, as a view. A registration's
     * decision item is shown on the registration's page, which audits its own view, so none is written for it here.
     */
    @Transactional
    public Result<WorkItem> open(StaffMember me, long itemId) {
        Optional<WorkItem> found = find(itemId).filter(i -> me.canSeeTeam(i.teamId()));
        if (found.isEmpty()) {
            return Result.notFound();
        }
        WorkItem item = found.get();
        switch (item.subjectType()) {
            case ENQUIRY -> audit.staff(me.id(), "VIEW_ENQUIRY", Subject.ENQUIRY, item.subjectId(), item.reference());
            case SUPPORT_REQUEST -> audit.staff(me.id(), "VIEW_SUPPORT_REQUEST", Subject.SUPPORT_REQUEST,
                    item.subjectId(), item.reference());
            case REGISTRATION -> { }
            default -> audit.staff(me.id(), "VIEW_WORK_ITEM", item.subjectType(), item.subjectId(), item.reference());
        }
        return Result.done(item);
    }

    /**
     * "Assign to me": succeeds only if the item is open and nobody has it; otherwise a conflict ({@code claimed}, or
     * {@code closed}) with the item as it now is.
     */
    @Transactional
    @RetriedOnConflict
    public Result<WorkItem> claim(long itemId, StaffMember staff) {
        if (find(itemId).filter(i -> staff.canSeeTeam(i.teamId())).isEmpty()) {
            return Result.notFound();
        }
        int changed = sql.update("""
                UPDATE work_item SET assigned_to = ?, version = version + 1, updated_at = ?
                WHERE id = ? AND assigned_to IS NULL AND is_open = TRUE""",
                staff.id(), Times.nowUtc(clock), itemId);
        return afterChange(itemId, changed, staff, "CLAIMED", CLAIMED, null);
    }

    /**
     * Assigns to a colleague in the item's team (anyone else is refused), if the item has not changed since the
     * person saw it ({@code version}; else a conflict, {@code changed} or {@code closed}).
     */
    @Transactional
    @RetriedOnConflict
    public Result<WorkItem> assign(long itemId, int version, long assigneeId, StaffMember staff) {
        Optional<WorkItem> item = find(itemId).filter(i -> staff.canSeeTeam(i.teamId()));
        if (item.isEmpty()) {
            return Result.notFound();
        }
        Optional<String> name = accounts.inTeam(item.get().teamId()).stream().filter(s -> s.id() == assigneeId)
                .map(StaffSummary::displayName).findFirst();
        if (name.isEmpty()) {
            return Result.refused("assignee", "staff.item.assign.error.choose");
        }
        int changed = sql.update("""
                UPDATE work_item SET assigned_to = ?, version = version + 1, updated_at = ?
                WHERE id = ? AND version = ? AND is_open = TRUE""",
                assigneeId, Times.nowUtc(clock), itemId, version);
        return afterChange(itemId, changed, staff, "ASSIGNED", CHANGED, Wording.of("staff.history.assignedTo", name.get()));
    }

    /**
     * Logs a call, email, letter, meeting or note on an open item (a closed one is a {@code closed} conflict). The
     * first contact counts as the first response.
     */
    @Transactional
    public Result<WorkItem> logContact(long itemId, StaffMember staff, NewContact contact) {
        Optional<WorkItem> item = lock(itemId, staff);
        if (item.isEmpty()) {
            return Result.notFound();
        }
        if (!item.get().status().isOpen()) {
            return Result.conflict(item.get(), CLOSED);
        }
        List<Problem> problems = contact.problems();
        if (!problems.isEmpty()) {
            return Result.refused(problems);
        }
        LocalDateTime now = Times.nowUtc(clock);
        sql.insert("INSERT INTO contact_log (work_item_id, at, staff_id, channel, summary) VALUES (?, ?, ?, ?, ?)",
                itemId, now, staff.id(), contact.channel(), contact.summary());
        WorkItemStatus from = item.get().status();
        WorkItemStatus to = from.afterContact();
        sql.update("""
                UPDATE work_item SET status = ?, version = version + 1, updated_at = ?,
                       first_response_at = COALESCE(first_response_at, ?) WHERE id = ?""", to, now, now, itemId);
        if (to != from) {
            history(itemId, staff.id(), "STATUS", from, to, null, null);
        }
        audit.staff(staff.id(), "LOG_CONTACT", item.get().subjectType(), item.get().subjectId(),
                contact.channel().name());
        return Result.done(find(itemId).orElseThrow());
    }

    /**
     * Records a recruitment officer's triage outcome on an item that is not a support request (one is not found
     * here). Refused when the choice lacks what its outcome needs, names an enquiry that does not exist or a team
     * the item cannot go to, or when the person may not invite to register; a {@code closed} or {@code changed}
     * conflict when the item moved on since the person saw it. Re-routing opens a new item in the chosen team's queue.
     */
    @Transactional
    public Result<WorkItem> recordOutcome(long itemId, int version, StaffMember staff, TriageChoice choice) {
        Optional<WorkItem> found = lock(itemId, staff).filter(i -> i.kind() != WorkKind.SUPPORT_REQUEST);
        if (found.isEmpty()) {
            return Result.notFound();
        }
        WorkItem item = found.get();
        List<Problem> problems = choice.problems(item.reference());
        if (!problems.isEmpty()) {
            return Result.refused(problems);
        }
        TriageOutcome outcome = choice.outcome();
        if (outcome == TriageOutcome.INVITE_TO_REGISTER
                && !AdopterJourney.allows(JourneyState.ENQUIRY, JourneyEvent.INVITE_TO_REGISTER, JourneyActor.of(staff))) {
            return Result.refused("outcome", "staff.outcome.error.mayNotInvite");
        }
        Long related = null;
        if (outcome == TriageOutcome.DUPLICATE) {
            Optional<WorkItem> other = findByReference(choice.otherReference(), item.kind());
            if (other.isEmpty()) {
                return Result.refused("otherReference", "staff.outcome.error.referenceUnknown");
            }
            related = other.get().id();
        }
        Team rerouteTo = null;
        if (outcome == TriageOutcome.REROUTE) {
            List<Team> teams = rerouteTeams(item);
            if (teams.isEmpty()) {
                return Result.refused("outcome", "staff.outcome.error.noOtherSpoke");
            }
            rerouteTo = teams.size() == 1 ? teams.get(0) : teams.stream()
                    .filter(t -> choice.rerouteTeamId() != null && t.id() == choice.rerouteTeamId()).findFirst()
                    .orElse(null);
            if (rerouteTo == null) {
                return Result.refused("rerouteTeam", "staff.outcome.error.rerouteTeamMissing");
            }
        }
        if (!item.status().isOpen()) {
            return Result.conflict(item, CLOSED);
        }
        if (item.version() != version) {
            return Result.conflict(item, CHANGED);
        }
        WorkItemStatus to = item.status().after(outcome);
        LocalDateTime now = Times.nowUtc(clock);
        Wording said = null;
        if (outcome == TriageOutcome.REROUTE) {
            related = sql.insert("""
                    INSERT INTO work_item (kind, team_id, subject_type, subject_id, reference, title, status, is_open,
                                           due_date, version, created_at, updated_at, related_item_id)
                    VALUES (?, ?, ?, ?, ?, ?, 'NEW', TRUE, ?, 0, ?, ?, ?)""",
                    item.kind(), rerouteTo.id(), item.subjectType().name(), item.subjectId(), item.reference(),
                    item.title(), item.dueDate(), now, now, itemId);
            history(related, staff.id(), "CREATED", null, WorkItemStatus.NEW, null,
                    Wording.of("staff.history.reroutedFrom", teamName(item.teamId())));
            said = Wording.of("staff.history.reroutedTo", rerouteTo.name());
        }
        sql.update("""
                UPDATE work_item SET status = ?, is_open = ?, version = version + 1, updated_at = ?,
                       first_response_at = COALESCE(first_response_at, ?), related_item_id = ? WHERE id = ?""",
                to, to.isOpen(), now, now, related, itemId);
        String detail = said == null ? choice.detail() : null;
        history(itemId, staff.id(), "OUTCOME:" + outcome.name(), item.status(), to, detail, said);
        audit.staff(staff.id(), "TRIAGE_" + outcome.name(), item.subjectType(), item.subjectId(),
                said == null ? detail : words(said));
        if (outcome == TriageOutcome.INVITE_TO_REGISTER && item.subjectType() == Subject.ENQUIRY) {
            // the person's own journey starts here: they are emailed an invitation to sign in and register
            journeys.inviteToRegister(item.subjectId(), item.teamId(), JourneyActorIdentity.staff(staff));
        }
        return Result.done(find(itemId).orElseThrow());
    }

    /**
     * Records a support worker's outcome on a support request (any other item is not found here). Refused when the
     * choice lacks what its outcome needs (an assessment's worker must be in the item's team; dates are real and not
     * in the future); a {@code closed} or {@code changed} conflict when the item moved on, or cannot take this
     * outcome now. An assessment allocates the worker who will do it (they become the assignee).
     */
    @Transactional
    public Result<WorkItem> recordSupportOutcome(long itemId, int version, StaffMember staff, SupportChoice choice) {
        Optional<WorkItem> found = lock(itemId, staff).filter(i -> i.kind() == WorkKind.SUPPORT_REQUEST);
        if (found.isEmpty()) {
            return Result.notFound();
        }
        WorkItem item = found.get();
        List<StaffSummary> team = accounts.inTeam(item.teamId());
        List<Problem> problems = choice.problems(Times.todayUk(clock), team.stream().map(StaffSummary::id).toList());
        if (!problems.isEmpty()) {
            return Result.refused(problems);
        }
        SupportOutcome outcome = choice.outcome();
        if (!item.status().isOpen()) {
            return Result.conflict(item, CLOSED);
        }
        if (item.version() != version || !outcome.allowedFrom(item.status())) {
            return Result.conflict(item, CHANGED);
        }
        Long worker = choice.allocatedWorker();
        Wording said = choice.said(team.stream().filter(s -> worker != null && s.id() == worker)
                .map(StaffSummary::displayName).findFirst().orElse(""));
        WorkItemStatus to = item.status().after(outcome);
        LocalDateTime now = Times.nowUtc(clock);
        sql.update("""
                UPDATE work_item SET status = ?, is_open = ?, version = version + 1, updated_at = ?,
                       first_response_at = COALESCE(first_response_at, ?), assigned_to = COALESCE(?, assigned_to)
                WHERE id = ?""", to, to.isOpen(), now, now, worker, itemId);
        history(itemId, staff.id(), "OUTCOME:" + outcome.name(), item.status(), to, null, said);
        audit.staff(staff.id(), "SUPPORT_" + outcome.name(), item.subjectType(), item.subjectId(), words(said));
        return Result.done(find(itemId).orElseThrow());
    }

    /** The teams "re-route to the other spoke" can send this item to. */
    public List<Team> rerouteTeams(WorkItem item) {
        var routing = region.routing();
        return routing.team(item.teamId()).map(routing::counterpartsElsewhere).orElse(List.of());
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
        history(itemId, staff.id(), "DECISION", found.get().status(), to, detail, null);
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
            history(item.id(), deactivated.administratorId(), RETURNED_TO_QUEUE, null, null, deactivated.displayName(),
                    null);
            audit.staff(deactivated.administratorId(), RETURNED_TO_QUEUE, item.subjectType(), item.subjectId(),
                    "work item " + item.id() + " unassigned from staff " + deactivated.staffId() + " (deactivated)");
        }
    }

    /** The open item about this subject, if there is one. */
    public Optional<WorkItem> openFor(Subject subject, long subjectId) {
        return sql.one("SELECT " + COLUMNS + FROM + "WHERE w.subject_type = ? AND w.subject_id = ? AND w.is_open "
                + "ORDER BY w.id DESC LIMIT 1", WorkQueue::map, subject.name(), subjectId);
    }

    public List<WorkItemEvent> history(long itemId) {
        return sql.list("""
                SELECT e.at, s.display_name, e.event_type, e.from_status, e.to_status, e.detail, e.detail_code,
                       e.detail_args
                FROM work_item_event e LEFT JOIN staff_account s ON s.id = e.staff_id
                WHERE e.work_item_id = ? ORDER BY e.at DESC, e.id DESC""",
                rs -> new WorkItemEvent(rs.getObject(1, LocalDateTime.class), rs.getString(2), rs.getString(3),
                        status(rs.getString(4)), status(rs.getString(5)), rs.getString(6),
                        stored.read(rs.getString(7), rs.getString(8))), itemId);
    }

    public List<ContactEntry> contacts(long itemId) {
        return sql.list("""
                SELECT c.at, s.display_name, c.channel, c.summary FROM contact_log c
                JOIN staff_account s ON s.id = c.staff_id WHERE c.work_item_id = ? ORDER BY c.at DESC, c.id DESC""",
                rs -> new ContactEntry(rs.getObject(1, LocalDateTime.class), rs.getString(2),
                        ContactChannel.valueOf(rs.getString(3)), rs.getString(4)), itemId);
    }

    private Result<WorkItem> afterChange(long itemId, int changed, StaffMember staff, String eventType,
                                         String conflict, Wording said) {
        WorkItem item = find(itemId).orElseThrow();
        if (changed == 0) {
            return Result.conflict(item, item.status().isOpen() ? conflict : CLOSED);
        }
        history(itemId, staff.id(), eventType, null, null, null, said);
        audit.staff(staff.id(), eventType, item.subjectType(), item.subjectId(), said == null ? null : words(said));
        return Result.done(item);
    }

    /** The item, locked for this transaction, if this person may see it. */
    private Optional<WorkItem> lock(long itemId, StaffMember staff) {
        return sql.one("SELECT " + COLUMNS + FROM + "WHERE w.id = ? FOR UPDATE", WorkQueue::map, itemId)
                .filter(i -> staff.canSeeTeam(i.teamId()));
    }

    private void history(long itemId, Long staffId, String type, WorkItemStatus from, WorkItemStatus to, String detail,
                         Wording said) {
        sql.insert("""
                INSERT INTO work_item_event (work_item_id, at, staff_id, event_type, from_status, to_status, detail,
                                             detail_code, detail_args)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", itemId, Times.nowUtc(clock), staffId, type, from, to, detail,
                said == null ? null : said.code(), stored.args(said));
    }

    /** The words of the bundles for {@code said}, for the audit log's detail (a record, in English). */
    private String words(Wording said) {
        return messages.getMessage(said.code(), Locale.UK, said.args().toArray()).orElse(said.code());
    }

    private String teamName(long teamId) {
        return region.team(teamId).map(Team::name).orElse("another team");
    }

    private static WorkItemStatus status(String s) {
        return s == null ? null : WorkItemStatus.valueOf(s);
    }

    private static WorkItem map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new WorkItem(rs.getLong(1), WorkKind.valueOf(rs.getString(2)), rs.getLong(3), Subject.stored(rs.getString(4)),
                rs.getLong(5), rs.getString(6), rs.getString(7), WorkItemStatus.valueOf(rs.getString(8)),
                rs.getObject(9, LocalDate.class), rs.getObject(10, Long.class), rs.getString(11), rs.getInt(12),
                rs.getObject(13, LocalDateTime.class), rs.getObject(14, LocalDateTime.class),
                rs.getObject(15, Long.class));
    }
}
