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
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.calendar.BankHolidays;
import uk.frontdoor.core.calendar.WorkingDays;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.core.support.SupportRequests;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;

/**
 * The support fund applications of support cases: kept per support request, added and changed by staff
 * (each change audited and written to the work item's history; a change made from an out-of-date form is
 * refused), and which open support items of a team have one close to its deadline ({@link FundDeadlines}).
 */
@Singleton
public class FundApplications {
    private static final String COLUMNS = """
            id, support_request_id, applied_on, therapy_type, provider, amount_pence, decision, decided_on, starts_on,
            ends_on, version""";

    private final Sql sql;
    private final Clock clock;
    private final AuditLog audit;
    private final BankHolidays holidays;
    private final FundDeadlines deadlines;

    public FundApplications(Sql sql, Clock clock, AuditLog audit, BankHolidays holidays,
                            @Value("${frontdoor.asgsf.renewal-working-days:20}") int renewalWorkingDays,
                            @Value("${frontdoor.asgsf.pending-working-days:20}") int pendingWorkingDays) {
        this.sql = sql;
        this.clock = clock;
        this.audit = audit;
        this.holidays = holidays;
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

    /** Adds an application to a support case (its work item gets a history line). */
    @Transactional
    public long add(long workItemId, FundApplication a, StaffMember staff) {
        LocalDateTime now = Times.nowUtc(clock);
        long id = sql.insert("""
                INSERT INTO asgsf_application (support_request_id, applied_on, therapy_type, provider, amount_pence,
                    decision, decided_on, starts_on, ends_on, version, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""",
                a.supportRequestId(), a.appliedOn(), a.therapyType(), a.provider(), a.amountPence(), a.decision(),
                a.decidedOn(), a.startsOn(), a.endsOn(), now, now);
        recorded(workItemId, a, staff, "ASGSF_APPLICATION_ADDED", now);
        return id;
    }

    /** Changes an application; false when someone changed it since this person's form was shown. */
    @Transactional
    public boolean update(long workItemId, FundApplication a, StaffMember staff) {
        LocalDateTime now = Times.nowUtc(clock);
        int changed = sql.update("""
                UPDATE asgsf_application SET applied_on = ?, therapy_type = ?, provider = ?, amount_pence = ?,
                    decision = ?, decided_on = ?, starts_on = ?, ends_on = ?, version = version + 1, updated_at = ?
                WHERE id = ? AND support_request_id = ? AND version = ?""",
                a.appliedOn(), a.therapyType(), a.provider(), a.amountPence(), a.decision(), a.decidedOn(),
                a.startsOn(), a.endsOn(), now, a.id(), a.supportRequestId(), a.version());
        if (changed == 0) {
            return false;
        }
        recorded(workItemId, a, staff, "ASGSF_APPLICATION_CHANGED", now);
        return true;
    }

    private void recorded(long workItemId, FundApplication a, StaffMember staff, String action, LocalDateTime now) {
        String detail = describe(a);
        sql.insert("""
                INSERT INTO work_item_event (work_item_id, at, staff_id, event_type, from_status, to_status, detail)
                VALUES (?, ?, ?, ?, NULL, NULL, ?)""", workItemId, now, staff.id(), action, detail);
        audit.staff(staff.id(), action, SupportRequests.SUBJECT_TYPE, a.supportRequestId(), detail);
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
                WHERE w.team_id = ? AND w.is_open = TRUE AND w.subject_type = 'SUPPORT_REQUEST'
                  AND EXISTS (SELECT 1 FROM asgsf_application a WHERE a.support_request_id = w.subject_id)""",
                rs -> new long[] {rs.getLong(1), rs.getLong(2)}, teamId).stream()
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
