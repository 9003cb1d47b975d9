package uk.frontdoor.platform.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.jobs.RecurringJob;

/**
 * What the whole cluster shares, read from the database so every node reports the same (alert on any one node, or on
 * {@code max}): the email outbox (waiting, given up on, age of the oldest waiting, which grows when the relay is stuck)
 * and each background job's last success and failures in a row, as db-scheduler records them whichever node ran it.
 * Read at most every 10 seconds, however often it is scraped.
 */
@Context
class ClusterGauges {
    private static final Duration FRESH_FOR = Duration.ofSeconds(10);
    private final Sql sql;
    private final Clock clock;
    private volatile Snapshot last = Snapshot.UNKNOWN;

    record Job(double lastSuccessEpochSeconds, double consecutiveFailures) { }

    record Snapshot(double pending, double failed, double oldestPendingAgeSeconds, Map<String, Job> jobs,
                    long readAtNanos) {
        static final Snapshot UNKNOWN = new Snapshot(Double.NaN, Double.NaN, Double.NaN, Map.of(), 0);

        Job job(String name) {
            return jobs.getOrDefault(name, new Job(Double.NaN, Double.NaN));
        }
    }

    ClusterGauges(Sql sql, Clock clock, MeterRegistry registry, List<RecurringJob> jobs) {
        this.sql = sql;
        this.clock = clock;
        Gauge.builder("frontdoor.outbox.pending", this, g -> g.snapshot().pending())
                .description("emails waiting to be sent").register(registry);
        Gauge.builder("frontdoor.outbox.failed", this, g -> g.snapshot().failed())
                .description("emails given up on after every retry").register(registry);
        Gauge.builder("frontdoor.outbox.oldest.pending.age", this, g -> g.snapshot().oldestPendingAgeSeconds())
                .baseUnit("seconds").description("age of the oldest email waiting").register(registry);
        for (RecurringJob job : jobs) {
            Gauge.builder("frontdoor.job.last.success", this, g -> g.snapshot().job(job.name()).lastSuccessEpochSeconds())
                    .tag("job", job.name()).baseUnit("seconds")
                    .description("when the job last succeeded on any node (Unix time)").register(registry);
            Gauge.builder("frontdoor.job.consecutive.failures", this,
                            g -> g.snapshot().job(job.name()).consecutiveFailures())
                    .tag("job", job.name()).description("the job's failures since its last success").register(registry);
        }
    }

    private Snapshot snapshot() {
        Snapshot s = last;
        if (s.readAtNanos() != 0 && System.nanoTime() - s.readAtNanos() < FRESH_FOR.toNanos()) {
            return s;
        }
        try {
            s = read();
        } catch (RuntimeException databaseDown) {
            s = new Snapshot(Double.NaN, Double.NaN, Double.NaN, Map.of(), System.nanoTime());
        }
        last = s;
        return s;
    }

    private Snapshot read() {
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        Map<String, Job> jobs = new HashMap<>();
        sql.list("SELECT task_name, last_success, consecutive_failures FROM scheduled_tasks", rs -> {
            LocalDateTime success = rs.getObject(2, LocalDateTime.class);
            jobs.put(rs.getString(1), new Job(success == null ? Double.NaN : success.toEpochSecond(ZoneOffset.UTC),
                    rs.getInt(3)));
            return null;
        });
        return sql.one("""
                SELECT SUM(status = 'PENDING'), SUM(status = 'FAILED'),
                       MIN(CASE WHEN status = 'PENDING' THEN created_at END)
                FROM outbox_email WHERE status IN ('PENDING', 'FAILED')""",
                rs -> {
                    LocalDateTime oldest = rs.getObject(3, LocalDateTime.class);
                    return new Snapshot(rs.getLong(1), rs.getLong(2),
                            oldest == null ? 0 : Math.max(0, Duration.between(oldest, now).toMillis() / 1000.0),
                            Map.copyOf(jobs), System.nanoTime());
                }).orElseThrow();
    }
}
