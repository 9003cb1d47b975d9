package uk.frontdoor.core.support.fund;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.audit.Subject;
import uk.frontdoor.core.calendar.BankHolidays;
import uk.frontdoor.core.calendar.WorkingDays;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.core.work.WorkItem;
import uk.frontdoor.core.work.WorkKind;
import uk.frontdoor.core.work.WorkQueue;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;

/**
 * The support fund applications of support cases: kept per support request, read, added and changed by staff through
 * the case's work item (outside the person's teams, not found; each view and change audited, each change written to
 * the work item's history; a change made from an out-of-date form is a conflict), and which open support items of a
 * team have one close to its deadline ({@link FundDeadlines}).
 */
@Singleton
public class FundApplications {
    private static final String COLUMNS = """
            id, support_request_id, applied_on, therapy_type, provider, amount_pence, decision, decided_on, starts_on,
            ends_on, version""";
    /** The conflict reason when someone changed an application since the person's form was shown. */
    public static final String CHANGED_MEANWHILE = "changedMeanwhile";

    private final Sql sql;
    private final Clock clock;
    private final AuditLog audit;
    private final BankHolidays holidays;
    private final FundDeadlines deadlines;
    private final WorkQueue queue;

    public FundApplications(Sql sql, Clock clock, AuditLog audit, BankHolidays holidays, WorkQueue queue,
                            @Value("${frontdoor.asgsf.renewal-working-days:20}") int renewalWorkingDays,
                            @Value("${frontdoor.asgsf.pending-working-days:20}") int pendingWorkingDays) {
        this.sql = sql;
        this.clock = clock;
        this.audit = audit;
        this.holidays = holidays;
        this.queue = queue;
        this.deadlines = new FundDeadlines(renewalWorkingDays, pendingWorkingDays);
    }

    public FundDeadlines deadlines() {
        return deadlines;
    }

    public List<FundApplication> forRequest(long supportRequestId) {
        return sql.list("SELECT " + COLUMNS + " FROM asgsf_application WHERE support_request_id = ? ORDER BY applied_on, id",
                FundApplications::map, supportRequestId);
    }

    public Optional<FundApplication> find(long supportRequestId, long id) {
        return sql.one("SELECT " + COLUMNS + " FROM asgsf_application WHERE id = ? AND support_request_id = ?",
                FundApplications::map, id, supportRequestId);
    }

    /** Each of the case's applications with what it needs soon (null when nothing). */
    public Map<FundApplication, FundDeadlines.Attention> withAttention(List<FundApplication> applications) {
        LocalDate today = Times.todayUk(clock);
        WorkingDays calendar = holidays.calendar();
        Map<FundApplication, FundDeadlines.Attention> result = new java.util.LinkedHashMap<>();
        applications.forEach(a -> result.put(a, deadlines.attention(a, applications, today, calendar).orElse(null)));
        return result;
    }

    /** A support case's application, with the work item it is shown under. */
    public record CaseApplication(WorkItem item, FundApplication application) {
    }

    /**
     * The support case of a work item, for this person: not found outside their teams, or when the item is not a
     * support request. Nothing of an application is read, so nothing is audited.
     */
    public Result<WorkItem> caseOf(StaffMember me, long itemId) {
        return queue.find(itemId)
                .filter(i -> i.kind() == WorkKind.SUPPORT_REQUEST && i.subjectType() == Subject.SUPPORT_REQUEST)
                .filter(i -> me.canSeeTeam(i.teamId()))
                .<Result<WorkItem>>map(Result::done).orElseGet(Result::notFound);
    }

    /**
     * One of the case's applications, for this person (another case's is not found), with its one view row. A form
     * shown again after a refused or conflicting change reads it here too: the change itself writes no row.
     */
    @Transactional
    public Result<CaseApplication> open(StaffMember me, long itemId, long applicationId) {
        Optional<WorkItem> item = found(caseOf(me, itemId));
        Optional<FundApplication> application = item.flatMap(i -> find(i.subjectId(), applicationId));
        if (application.isEmpty()) {
            return Result.notFound();
        }
        audit.staff(me.id(), "VIEW_ASGSF_APPLICATION", Subject.SUPPORT_REQUEST, item.get().subjectId(),
                item.get().reference());
        return Result.done(new CaseApplication(item.get(), application.get()));
    }

    /** Adds an application to a support case, if the entry keeps the rules (its work item gets a history line). */
    @Transactional
    public Result<Long> add(StaffMember me, long itemId, FundApplicationEntry entry) {
        Optional<WorkItem> item = found(caseOf(me, itemId));
        if (item.isEmpty()) {
            return Result.notFound();
        }
        List<Problem> problems = entry.problems(Times.todayUk(clock));
        if (!problems.isEmpty()) {
            return Result.refused(problems);
        }
        FundApplication a = entry.application(0, item.get().subjectId(), 0);
        LocalDateTime now = Times.nowUtc(clock);
        long id = sql.insert("""
                INSERT INTO asgsf_application (support_request_id, applied_on, therapy_type, provider, amount_pence,
                    decision, decided_on, starts_on, ends_on, version, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""",
                a.supportRequestId(), a.appliedOn(), a.therapyType(), a.provider(), a.amountPence(), a.decision(),
                a.decidedOn(), a.startsOn(), a.endsOn(), now, now);
        recorded(item.get().id(), a, me, "ASGSF_APPLICATION_ADDED", now);
        return Result.done(id);
    }

    /**
     * Changes one of the case's applications, if the entry keeps the rules and nobody changed it since this person's
     * form was shown ({@code version}); else a conflict ({@code changedMeanwhile}) with it as it now is.
     */
    @Transactional
    public Result<FundApplication> change(StaffMember me, long itemId, long applicationId, int version,
                                          FundApplicationEntry entry) {
        Optional<WorkItem> item = found(caseOf(me, itemId));
        Optional<FundApplication> kept = item.flatMap(i -> find(i.subjectId(), applicationId));
        if (kept.isEmpty()) {
            return Result.notFound();
        }
        List<Problem> problems = entry.problems(Times.todayUk(clock));
        if (!problems.isEmpty()) {
            return Result.refused(problems);
        }
        FundApplication a = entry.application(applicationId, item.get().subjectId(), version);
        LocalDateTime now = Times.nowUtc(clock);
        int changed = sql.update("""
                UPDATE asgsf_application SET applied_on = ?, therapy_type = ?, provider = ?, amount_pence = ?,
                    decision = ?, decided_on = ?, starts_on = ?, ends_on = ?, version = version + 1, updated_at = ?
                WHERE id = ? AND support_request_id = ? AND version = ?""",
                a.appliedOn(), a.therapyType(), a.provider(), a.amountPence(), a.decision(), a.decidedOn(),
                a.startsOn(), a.endsOn(), now, a.id(), a.supportRequestId(), a.version());
        if (changed == 0) {
            return Result.conflict(find(a.supportRequestId(), applicationId).orElseThrow(), CHANGED_MEANWHILE);
        }
        recorded(item.get().id(), a, me, "ASGSF_APPLICATION_CHANGED", now);
        return Result.done(find(a.supportRequestId(), applicationId).orElseThrow());
    }

    private static <T> Optional<T> found(Result<T> result) {
        return result instanceof Result.Done<T> d ? Optional.of(d.value()) : Optional.empty();
    }

    private void recorded(long workItemId, FundApplication a, StaffMember staff, String action, LocalDateTime now) {
        String detail = describe(a);
        sql.insert("""
                INSERT INTO work_item_event (work_item_id, at, staff_id, event_type, from_status, to_status, detail)
                VALUES (?, ?, ?, ?, NULL, NULL, ?)""", workItemId, now, staff.id(), action, detail);
        audit.staff(staff.id(), action, Subject.SUPPORT_REQUEST, a.supportRequestId(), detail);
    }

    /** The history and audit line: what was applied for and where it stands (no personal details). */
    static String describe(FundApplication a) {
        return "Support fund: " + a.therapyType() + " by " + a.provider() + ", " + a.amount() + ", applied "
                + a.appliedOn() + ", " + a.decision().name().toLowerCase(java.util.Locale.ROOT)
                + (a.decidedOn() == null ? "" : " on " + a.decidedOn())
                + (a.endsOn() == null ? "" : ", funded " + (a.startsOn() == null ? "" : a.startsOn() + " ") + "to " + a.endsOn());
    }

    /** The open support items of a team with an application close to its deadline. */
    public Set<Long> itemsNeedingAttention(long teamId) {
        Map<Long, List<Long>> itemsByRequest = sql.list("""
                SELECT w.id, w.subject_id FROM work_item w
                WHERE w.team_id = ? AND w.is_open = TRUE AND w.subject_type = ?
                  AND EXISTS (SELECT 1 FROM asgsf_application a WHERE a.support_request_id = w.subject_id)""",
                rs -> new long[] {rs.getLong(1), rs.getLong(2)}, teamId, Subject.SUPPORT_REQUEST.name()).stream()
                .collect(Collectors.groupingBy(p -> p[1], Collectors.mapping(p -> p[0], Collectors.toList())));
        if (itemsByRequest.isEmpty()) {
            return Set.of();
        }
        String in = itemsByRequest.keySet().stream().map(id -> "?").collect(Collectors.joining(","));
        Map<Long, List<FundApplication>> byRequest = sql.list("SELECT " + COLUMNS
                        + " FROM asgsf_application WHERE support_request_id IN (" + in + ")", FundApplications::map,
                        itemsByRequest.keySet().toArray()).stream()
                .collect(Collectors.groupingBy(FundApplication::supportRequestId));
        LocalDate today = Times.todayUk(clock);
        WorkingDays calendar = holidays.calendar();
        Set<Long> items = new HashSet<>();
        byRequest.forEach((request, applications) -> {
            if (deadlines.anyNeedsAttention(applications, today, calendar)) {
                items.addAll(itemsByRequest.get(request));
            }
        });
        return items;
    }

    private static FundApplication map(ResultSet rs) throws SQLException {
        return new FundApplication(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getString(4),
                rs.getString(5), rs.getInt(6), FundDecision.valueOf(rs.getString(7)), rs.getObject(8, LocalDate.class),
                rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class), rs.getInt(11));
    }
}
