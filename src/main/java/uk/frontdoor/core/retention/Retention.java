package uk.frontdoor.core.retention;

import uk.frontdoor.platform.metrics.Counts;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.audit.AuditChain;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.audit.Subject;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;

/**
 * Applies the retention schedule (ADR 38): once a day, for each rule, every record whose use ended longer ago than its
 * period is anonymised or deleted, unless a {@link LegalHold} keeps it. Work goes in batches of {@link #BATCH}, each its
 * own short transaction, so no lock is held for long; a day's run is claimed by a row in {@code retention_run}, so two
 * nodes never both apply it. What it did is logged and audited as counts per kind, never names.
 */
@Singleton
public class Retention {
    private static final Logger LOG = LoggerFactory.getLogger(Retention.class);
    static final int BATCH = 200;
    /** A run stops a kind after this many batches (a million records): the next day's run goes on. */
    private static final int MOST_BATCHES = 5000;

    private final Sql sql;
    private final Clock clock;
    private final RetentionSchedule schedule;
    private final RecordRemoval removal;
    private final AuditLog audit;
    private final AuditChain chain;

    private final Counts counts;

    public Retention(Sql sql, Clock clock, RetentionSchedule schedule, RecordRemoval removal, AuditLog audit,
                     AuditChain chain, Counts counts) {
        this.counts = counts;
        this.chain = chain;
        this.sql = sql;
        this.clock = clock;
        this.schedule = schedule;
        this.removal = removal;
        this.audit = audit;
    }

    /** What the next run will do to one kind of record: how many it will take, and how many are held and why. */
    public record Preview(RetentionRule rule, long due, Map<LegalHold, Long> held) {
        public long heldInAll() {
            return held.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** The last day the schedule was applied, and what it did (counts per kind). */
    public record LastRun(LocalDate on, LocalDateTime finishedAt, String summary) {
    }

    /** What the next run would do, as of now; for administrators (the web refuses everyone else the area first). */
    public Result<List<Preview>> preview(StaffMember me) {
        if (!me.isAdministrator()) {
            return Result.notFound();
        }
        LocalDateTime now = Times.nowUtc(clock);
        List<Preview> preview = new ArrayList<>();
        for (RetentionRule rule : schedule.rules()) {
            preview.add(preview(rule, rule.period().cutoff(now)));
        }
        return Result.done(preview);
    }

    public Optional<LastRun> lastRun() {
        return sql.one("SELECT run_on, finished_at, summary FROM retention_run ORDER BY run_on DESC LIMIT 1",
                rs -> new LastRun(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDateTime.class),
                        rs.getString(3)));
    }

    private Preview preview(RetentionRule rule, LocalDateTime cutoff) {
        if (rule.kind() == RecordKind.AUDIT_ENTRY) {
            return new Preview(rule, chain.purgeableBefore(cutoff), Map.of());
        }
        String query = DueRecords.query(rule.kind());
        if (query.isEmpty()) {
            long due = BulkKinds.statements(rule.kind()).stream()
                    .mapToLong(s -> sql.count(s.count(), s.cutoffs(cutoff))).sum();
            return new Preview(rule, due, Map.of());
        }
        Map<LegalHold, Long> held = new EnumMap<>(LegalHold.class);
        long[] due = {0};
        sql.list("SELECT hold, COUNT(*) FROM (" + query + ") x GROUP BY hold", rs -> {
            String hold = rs.getString(1);
            if (hold == null) {
                due[0] = rs.getLong(2);
            } else {
                held.put(LegalHold.valueOf(hold), rs.getLong(2));
            }
            return null;
        }, DueRecords.cutoffs(rule.kind(), cutoff));
        return new Preview(rule, due[0], held);
    }

    /**
     * Applies the schedule, if no node has today: answers how many records of each kind it took, or empty when today's
     * run was already claimed.
     */
    public Optional<Map<RecordKind, Long>> run() {
        LocalDate today = Times.todayUk(clock);
        LocalDateTime now = Times.nowUtc(clock);
        try {
            sql.update("INSERT INTO retention_run (run_on, started_at) VALUES (?, ?)", today, now);
        } catch (RuntimeException e) {
            if (Sql.isDuplicateKey(e)) {
                return Optional.empty(); // another node has today's run
            }
            throw e;
        }
        Map<RecordKind, Long> done = new EnumMap<>(RecordKind.class);
        // links and emails first: anonymising a booking also deletes its link, which the preview counted as a link
        List<RetentionRule> rules = new ArrayList<>(schedule.rules());
        rules.sort(java.util.Comparator.comparing(rule -> !DueRecords.query(rule.kind()).isEmpty()));
        for (RetentionRule rule : rules) {
            done.put(rule.kind(), apply(rule, rule.period().cutoff(now), now));
        }
        String summary = done.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
        sql.update("UPDATE retention_run SET finished_at = ?, summary = ? WHERE run_on = ?", Times.nowUtc(clock),
                summary, today);
        audit.system("APPLY_RETENTION", Subject.RETENTION_SCHEDULE, null, summary);
        LOG.info("Retention schedule applied for {}: {}", today, summary);
        counts.retentionRan(done.entrySet().stream().collect(Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue)));
        return Optional.of(done);
    }

    private long apply(RetentionRule rule, LocalDateTime cutoff, LocalDateTime now) {
        String query = DueRecords.query(rule.kind());
        long total = 0;
        if (rule.kind() == RecordKind.AUDIT_ENTRY) {
            for (int i = 0; i < MOST_BATCHES; i++) {
                int purged = chain.purgeBefore(cutoff, BATCH);
                total += purged;
                if (purged == 0) {
                    break;
                }
            }
            return total;
        }
        if (query.isEmpty()) {
            for (BulkKinds.Statement statement : BulkKinds.statements(rule.kind())) {
                for (int i = 0; i < MOST_BATCHES; i++) {
                    int removed = sql.update(statement.apply() + " LIMIT " + BATCH, statement.cutoffs(cutoff));
                    total += removed;
                    if (removed < BATCH) {
                        break;
                    }
                }
            }
            return total;
        }
        for (int i = 0; i < MOST_BATCHES; i++) {
            List<DueRecords.Due> batch = sql.list("SELECT part, id FROM (" + query + ") x WHERE hold IS NULL LIMIT "
                    + BATCH, rs -> new DueRecords.Due(rs.getString(1), rs.getLong(2)), DueRecords.cutoffs(rule.kind(), cutoff));
            if (batch.isEmpty()) {
                break;
            }
            removal.apply(rule.action(), batch, now);
            total += batch.size();
            if (batch.size() < BATCH) {
                break;
            }
        }
        return total;
    }
}
