package uk.frontdoor.core.audit;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.calendar.TypedDate;
import uk.frontdoor.core.reference.ReferenceNumbers;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;

/**
 * The data protection officer's reading of the audit log (ADR 36): a search by person, member of staff, kind and
 * days, newest first, a page at a time by keyset on (at, id), never OFFSET, so the thousandth page costs what the
 * first does; and the verification of the chain. Only a data protection officer may (administrators run the system
 * and do not read it); anyone else finds nothing. Each page shown and each verification writes its own audit row.
 */
@Singleton
public class AuditSearch {
    public static final int PAGE_SIZE = 50;
    /** The years a search's days may be in. */
    static final TypedDate.Years YEARS = TypedDate.Years.between(2000, 2100);

    private final Sql sql;
    private final AuditLog audit;
    private final AuditChain chain;

    public AuditSearch(Sql sql, AuditLog audit, AuditChain chain) {
        this.sql = sql;
        this.audit = audit;
        this.chain = chain;
    }

    /** One entry as the search shows it; {@code actorName} is the member of staff's name, when a member of staff. */
    public record Entry(long id, LocalDateTime at, String actorType, Long actorId, String actorName, String action,
                        String subjectType, Long subjectId, String detail) {
    }

    /** A page of entries, newest first, and the search that shows the entries older than these, if there are any. */
    public record Page(List<Entry> entries, Optional<AuditQuery> older) {
    }

    /** What the search form offers: every member of staff (id and name) and every kind of entry there is. */
    public record Choices(List<StaffName> staff, List<String> actions) {
    }

    public record StaffName(long id, String name) {
    }

    public Result<Choices> choices(StaffMember me) {
        if (!me.isDataProtectionOfficer()) {
            return Result.notFound();
        }
        // a loose index scan of ix_audit_action: as fast at 10 million rows as at ten
        List<String> actions = sql.list("SELECT DISTINCT action FROM audit_event ORDER BY action", rs -> rs.getString(1));
        List<StaffName> staff = sql.list("SELECT id, display_name FROM staff_account ORDER BY display_name, id",
                rs -> new StaffName(rs.getLong(1), rs.getString(2)));
        return Result.done(new Choices(staff, actions));
    }

    /** The page of entries {@code query} asks for, audited as a view of the audit log; or what is wrong with it. */
    @Transactional
    public Result<Page> search(StaffMember me, AuditQuery query) {
        if (!me.isDataProtectionOfficer()) {
            return Result.notFound();
        }
        List<Problem> problems = new ArrayList<>();
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        subject(query, problems, where, params);
        if (!query.actor().isEmpty()) {
            Optional<Long> actor = number(query.actor());
            if (actor.isEmpty() || sql.count("SELECT COUNT(*) FROM staff_account WHERE id = ?", actor.get()) == 0) {
                problems.add(new Problem("actor", "staff.audit.error.actorUnknown"));
            } else {
                where.append(" AND a.actor_type = 'STAFF' AND a.actor_id = ?");
                params.add(actor.get());
            }
        }
        if (!query.action().isEmpty()) {
            if (query.action().length() > 60 || !query.action().matches("[A-Z_]+")) {
                problems.add(new Problem("action", "staff.audit.error.actionUnknown"));
            } else {
                where.append(" AND a.action = ?");
                params.add(query.action());
            }
        }
        Optional<LocalDate> from = day(query.from(), "from", problems);
        Optional<LocalDate> to = day(query.to(), "to", problems);
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            problems.add(new Problem("to", "staff.audit.error.toBeforeFrom"));
        }
        if (!problems.isEmpty()) {
            return Result.refused(problems);
        }
        from.ifPresent(d -> {
            where.append(" AND a.at >= ?");
            params.add(Times.fromUk(d.atStartOfDay()));
        });
        to.ifPresent(d -> {
            where.append(" AND a.at < ?");
            params.add(Times.fromUk(d.plusDays(1).atStartOfDay()));
        });
        cursor(query).ifPresent(c -> {
            // the first half is a range the index can seek to; the second keeps ties on the same millisecond in order
            where.append(" AND a.at <= ? AND (a.at < ? OR a.id < ?)");
            params.add(c.at());
            params.add(c.at());
            params.add(c.id());
        });
        params.add(PAGE_SIZE + 1);
        List<Entry> read = sql.list("""
                SELECT a.id, a.at, a.actor_type, a.actor_id, s.display_name, a.action, a.subject_type, a.subject_id,
                       a.detail
                FROM audit_event a LEFT JOIN staff_account s ON a.actor_type = 'STAFF' AND s.id = a.actor_id
                """ + where + " ORDER BY a.at DESC, a.id DESC LIMIT ?",
                rs -> new Entry(rs.getLong(1), rs.getObject(2, LocalDateTime.class), rs.getString(3),
                        rs.getObject(4, Long.class), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getObject(8, Long.class), rs.getString(9)), params.toArray());
        List<Entry> shown = read.size() > PAGE_SIZE ? read.subList(0, PAGE_SIZE) : read;
        Optional<AuditQuery> older = read.size() > PAGE_SIZE
                ? Optional.of(query.before(shown.get(PAGE_SIZE - 1).at().toString(), shown.get(PAGE_SIZE - 1).id()))
                : Optional.empty();
        audit.staff(me.id(), "VIEW_AUDIT_LOG", Subject.AUDIT_LOG, null, described(query));
        return Result.done(new Page(List.copyOf(shown), older));
    }

    /** Recomputes the whole chain (ADR 36) and says where it first breaks, if it does; audited with its outcome. */
    public Result<AuditChain.Verification> verify(StaffMember me, LongConsumer progress) {
        if (!me.isDataProtectionOfficer()) {
            return Result.notFound();
        }
        AuditChain.Verification verification = chain.verify(progress);
        audit.staff(me.id(), "VERIFY_AUDIT_CHAIN", Subject.AUDIT_LOG, null, verification.holds()
                ? "holds, " + verification.checked() + " sealed entries"
                : verification.broken().get() + " at entry " + verification.auditId().get());
        return Result.done(verification);
    }

    private void subject(AuditQuery query, List<Problem> problems, StringBuilder where, List<Object> params) {
        if (!query.reference().isEmpty()) {
            if (!query.subject().isEmpty() || !query.subjectId().isEmpty()) {
                problems.add(new Problem("reference", "staff.audit.error.referenceOrRecord"));
                return;
            }
            Optional<Object[]> found = sql.one("SELECT subject_type, subject_id FROM work_item WHERE reference = ?",
                    rs -> new Object[] {rs.getString(1), rs.getLong(2)}, ReferenceNumbers.typed(query.reference()).orElse(""));
            if (found.isEmpty()) {
                problems.add(new Problem("reference", "staff.audit.error.referenceUnknown"));
                return;
            }
            where.append(" AND a.subject_type = ? AND a.subject_id = ?");
            params.add(found.get()[0]);
            params.add(found.get()[1]);
            return;
        }
        Optional<Subject> subject = Optional.empty();
        if (!query.subject().isEmpty()) {
            try {
                subject = Optional.of(Subject.stored(query.subject()));
            } catch (IllegalArgumentException unknown) {
                problems.add(new Problem("subject", "staff.audit.error.subjectUnknown"));
                return;
            }
        }
        Optional<Long> id = number(query.subjectId());
        if (!query.subjectId().isEmpty() && id.isEmpty()) {
            problems.add(new Problem("subjectId", "staff.audit.error.subjectIdNumber"));
        } else if (id.isPresent() && subject.isEmpty()) {
            problems.add(new Problem("subject", "staff.audit.error.subjectMissing"));
        }
        subject.ifPresent(s -> {
            where.append(" AND a.subject_type = ?");
            params.add(s.name());
        });
        if (subject.isPresent() && id.isPresent()) {
            where.append(" AND a.subject_id = ?");
            params.add(id.get());
        }
    }

    /** A day typed in the three boxes: none when blank; a problem when partly typed or not a real day. */
    private static Optional<LocalDate> day(TypedDate typed, String field, List<Problem> problems) {
        TypedDate.Reading reading = typed.read(YEARS);
        if (reading instanceof TypedDate.ADate d) {
            return Optional.of(d.date());
        }
        if (reading instanceof TypedDate.Partial p) {
            problems.add(new Problem(p.first().id(field), "staff.audit.error." + field + ".incomplete"));
        } else if (reading instanceof TypedDate.NotReal n) {
            problems.add(new Problem(n.part().id(field), "staff.audit.error." + field + "." + n.rule()));
        }
        return Optional.empty();
    }

    private static Optional<Long> number(String value) {
        if (!value.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(value));
    }

    private record Cursor(LocalDateTime at, long id) {
    }

    /** The "Older entries" link's place; a cursor that is not well formed starts from the newest. */
    private static Optional<Cursor> cursor(AuditQuery query) {
        Optional<Long> id = number(query.beforeId());
        if (query.beforeAt().isEmpty() || id.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Cursor(LocalDateTime.parse(query.beforeAt()), id.get()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** What was searched for, for the audit row of the view (never the entries themselves). */
    private static String described(AuditQuery q) {
        return String.join(" ", List.of(
                q.subject().isEmpty() ? "" : "subject=" + q.subject(),
                q.subjectId().isEmpty() ? "" : "subjectId=" + q.subjectId(),
                q.reference().isEmpty() ? "" : "reference=" + q.reference(),
                q.actor().isEmpty() ? "" : "actor=" + q.actor(),
                q.action().isEmpty() ? "" : "action=" + q.action(),
                q.from().isBlank() ? "" : "from=" + q.from().stored(YEARS),
                q.to().isBlank() ? "" : "to=" + q.to().stored(YEARS),
                q.beforeId().isEmpty() ? "" : "before=" + q.beforeId())).strip().replaceAll(" +", " ");
    }
}
