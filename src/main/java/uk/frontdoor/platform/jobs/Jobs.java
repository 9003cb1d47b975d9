package uk.frontdoor.platform.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import io.micronaut.runtime.graceful.GracefulShutdownCapable;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background jobs of every node, run by db-scheduler: each execution of a recurring job is claimed
 * in the {@code scheduled_tasks} table, so with several nodes each piece of work runs once.
 */
@Context
@Requires(property = "frontdoor.jobs.enabled", notEquals = "false")
public class Jobs implements GracefulShutdownCapable {
    private static final Logger LOG = LoggerFactory.getLogger(Jobs.class);
    /** A node that dies while running a job leaves it claimed; after this many missed heartbeats it is revived. */
    private static final int MISSED_HEARTBEATS_BEFORE_DEAD = 4;
    /** How long a stop waits for the running job to finish. */
    private static final Duration FINISH_RUNNING = Duration.ofSeconds(20);
    private final Scheduler scheduler;
    private boolean stopped;

    public Jobs(DataSource dataSource, List<RecurringJob> jobs,
                @Value("${frontdoor.jobs.poll-interval:1s}") Duration pollInterval,
                @Value("${frontdoor.jobs.heartbeat:5s}") Duration heartbeat) {
        DataSource raw = DelegatingDataSource.unwrapDataSource(dataSource);
        List<RecurringTask<Void>> tasks = jobs.stream()
                .map(job -> Tasks.recurring(job.name(), FixedDelay.of(job.every()))
                        .execute((instance, context) -> job.run()))
                .toList();
        this.scheduler = Scheduler.create(raw)
                .startTasks(tasks)
                .pollingInterval(pollInterval)
                // db-scheduler's default (5 min x 6) would stall the email outbox for half an hour after a crash
                .heartbeatInterval(heartbeat)
                .missedHeartbeatsLimit(MISSED_HEARTBEATS_BEFORE_DEAD)
                .threads(2)
                .enableImmediateExecution()
                .shutdownMaxWait(FINISH_RUNNING)
                .alwaysPersistTimestampInUTC()
                .build();
        scheduler.start();
        LOG.info("Background jobs started: {}", jobs.stream().map(RecurringJob::name).toList());
    }

    /** Takes no new execution and waits for the running one (at most {@link #FINISH_RUNNING}). */
    @Override
    public CompletionStage<?> shutdownGracefully() {
        return CompletableFuture.runAsync(this::stop);
    }

    @PreDestroy
    synchronized void stop() {
        if (!stopped) {
            scheduler.stop();
            stopped = true;
            LOG.info("Background jobs stopped");
        }
    }
}
