package uk.frontdoor.core.retention;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.audit.Subject;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;

/** The retention schedule as data (V46): read by the run, the preview and the privacy notice; changed by administrators. */
@Singleton
public class RetentionSchedule {
    /** The fields of the form that changes one rule. */
    public static final String AMOUNT = "amount";
    public static final String UNIT = "unit";
    public static final String ACTION = "action";

    private final Sql sql;
    private final AuditLog audit;
    private final Clock clock;

    public RetentionSchedule(Sql sql, AuditLog audit, Clock clock) {
        this.sql = sql;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every rule, in the order of {@link RecordKind}. */
    public List<RetentionRule> rules() {
        List<RetentionRule> rules = new ArrayList<>(sql.list(
                "SELECT record_kind, amount, unit, action, updated_at FROM retention_rule", RetentionSchedule::map));
        rules.sort((a, b) -> a.kind().compareTo(b.kind()));
        return rules;
    }

    public Optional<RetentionRule> rule(RecordKind kind) {
        return sql.one("SELECT record_kind, amount, unit, action, updated_at FROM retention_rule WHERE record_kind = ?",
                RetentionSchedule::map, kind.name());
    }

    /**
     * Changes how long a kind of record is kept and what is done to it then, with an audit row giving the rule before
     * and after. Refused, with nothing changed, when the amount is not a whole number from {@link RetentionPeriod#LEAST}
     * to {@link RetentionPeriod#MOST}, no unit or action is chosen, or the action is not one this kind may be given.
     * Only administrators keep the schedule: anyone else is answered not found (the web refuses them the area first).
     */
    @Transactional
    public Result<RetentionRule> change(StaffMember me, RecordKind kind, String amount, String unit, String action) {
        if (!me.isAdministrator()) {
            return Result.notFound();
        }
        Optional<RetentionRule> before = rule(kind);
        if (before.isEmpty()) {
            return Result.notFound();
        }
        List<Problem> problems = new ArrayList<>();
        Integer typedAmount = amount(amount, problems);
        RetentionPeriod.Unit typedUnit = choice(RetentionPeriod.Unit.class, unit);
        if (typedUnit == null) {
            problems.add(new Problem(UNIT, "staff.retention.unit.missing"));
        }
        RetentionAction typedAction = choice(RetentionAction.class, action);
        if (typedAction == null) {
            problems.add(new Problem(ACTION, "staff.retention.action.missing"));
        } else if (!kind.actions().contains(typedAction)) {
            problems.add(new Problem(ACTION, "staff.retention.action.notFor" + (typedAction == RetentionAction.DELETE
                    ? "Delete" : "Anonymise")));
        }
        if (!problems.isEmpty()) {
            return Result.refused(problems);
        }
        RetentionPeriod period = new RetentionPeriod(typedAmount, typedUnit);
        LocalDateTime now = Times.nowUtc(clock);
        sql.update("""
                UPDATE retention_rule SET amount = ?, unit = ?, action = ?, updated_at = ?, updated_by = ?
                WHERE record_kind = ?""", period.amount(), period.unit().name(), typedAction.name(), now, me.id(),
                kind.name());
        audit.staff(me.id(), "CHANGE_RETENTION", Subject.RETENTION_SCHEDULE, null,
                kind + ": " + describe(before.get()) + " -> " + period.amount() + " " + period.unit() + " " + typedAction);
        return Result.done(new RetentionRule(kind, period, typedAction, now));
    }

    private static String describe(RetentionRule rule) {
        return rule.period().amount() + " " + rule.period().unit() + " " + rule.action();
    }

    private static Integer amount(String typed, List<Problem> problems) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            problems.add(new Problem(AMOUNT, "staff.retention.amount.missing"));
            return null;
        }
        if (!text.matches("[0-9]{1,6}")) {
            problems.add(new Problem(AMOUNT, "staff.retention.amount.notWhole"));
            return null;
        }
        int value = Integer.parseInt(text);
        if (value < RetentionPeriod.LEAST || value > RetentionPeriod.MOST) {
            problems.add(new Problem(AMOUNT, "staff.retention.amount.range"));
            return null;
        }
        return value;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String typed) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(typed)) {
                return value;
            }
        }
        return null;
    }

    private static RetentionRule map(ResultSet rs) throws SQLException {
        return new RetentionRule(RecordKind.valueOf(rs.getString(1)),
                new RetentionPeriod(rs.getInt(2), RetentionPeriod.Unit.valueOf(rs.getString(3))),
                RetentionAction.valueOf(rs.getString(4)), rs.getObject(5, LocalDateTime.class));
    }
}
