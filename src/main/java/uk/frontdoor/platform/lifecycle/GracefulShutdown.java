package uk.frontdoor.platform.lifecycle;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.runtime.graceful.GracefulShutdownManager;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * On SIGTERM, in this order: readiness answers 503 so load balancers stop sending people here, while the node still
 * serves for {@code frontdoor.shutdown.drain} (the time a balancer takes to notice); then the HTTP server stops
 * accepting, and the requests in flight and the running background job finish (every {@code GracefulShutdownCapable}
 * bean: Netty, the executors, {@code platform.jobs.Jobs}) for at most {@code frontdoor.shutdown.grace-period}; then
 * the process exits (0) and the context closes. Micronaut's own shutdown hook closes the server's socket first thing,
 * so this handles the signal itself, before any hook runs (ADR 45).
 */
@Singleton
@Requires(property = "frontdoor.shutdown.handle-sigterm", notEquals = "false")
public class GracefulShutdown implements ApplicationEventListener<ServerStartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(GracefulShutdown.class);
    private final Readiness readiness;
    private final GracefulShutdownManager capable;
    private final Duration drain;
    private final Duration gracePeriod;

    GracefulShutdown(Readiness readiness, GracefulShutdownManager capable,
                     @Value("${frontdoor.shutdown.drain:5s}") Duration drain,
                     @Value("${frontdoor.shutdown.grace-period:25s}") Duration gracePeriod) {
        this.readiness = readiness;
        this.capable = capable;
        this.drain = drain;
        this.gracePeriod = gracePeriod;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        Signal.handle(new Signal("TERM"), signal -> new Thread(this::shutDown, "graceful-shutdown").start());
    }

    private void shutDown() {
        long started = System.nanoTime();
        readiness.shutdownBegun();
        LOG.info("Shutting down: readiness is down; still serving for {} ms while load balancers notice",
                drain.toMillis());
        try {
            Thread.sleep(drain.toMillis());
            capable.shutdownGracefully().toCompletableFuture().get(gracePeriod.toMillis(), TimeUnit.MILLISECONDS);
            LOG.info("Shut down gracefully in {} ms: no request or job left running",
                    (System.nanoTime() - started) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.warn("Graceful shutdown failed; stopping anyway", e);
        } catch (TimeoutException e) {
            LOG.warn("Requests or a job still running after {} ms; stopping anyway", gracePeriod.toMillis());
        }
        System.exit(0);
    }
}
