package uk.frontdoor.platform.metrics;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The metrics in Prometheus' text format at {@code GET /metrics} on a port of their own ({@code MANAGEMENT_PORT}),
 * never on the public port: a small JDK HTTP server outside Micronaut's router, so no public route, access rule or
 * page can ever expose it (ADR 46). Keep the port on the internal network only; Prometheus scrapes every node.
 */
@Context
@Requires(property = "frontdoor.management.port", notEquals = "-1")
public class ManagementServer {
    private static final Logger LOG = LoggerFactory.getLogger(ManagementServer.class);
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
    private final HttpServer server;

    ManagementServer(PrometheusMeterRegistry registry,
                     @Value("${frontdoor.management.address:0.0.0.0}") String address,
                     @Value("${frontdoor.management.port:8081}") int port) {
        try {
            server = HttpServer.create(new InetSocketAddress(address, port), 16);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the management port " + port, e);
        }
        server.setExecutor(Executors.newSingleThreadExecutor(r -> new Thread(r, "management-http")));
        server.createContext("/metrics", exchange -> {
            try (exchange) {
                if (!exchange.getRequestMethod().equals("GET")) {
                    exchange.sendResponseHeaders(405, -1);
                    return;
                }
                byte[] body = registry.scrape().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", PROMETHEUS_TEXT);
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.start();
        LOG.info("Metrics on http://{}:{}/metrics (the management port; keep it off the public network)",
                address, port());
    }

    /** The port it listens on (the one asked for, or the one given for 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    @PreDestroy
    void stop() {
        server.stop(0);
    }
}
