package uk.frontdoor.platform.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.applicant.SignInLinks;
import uk.frontdoor.platform.ratelimit.RateLimit;
import uk.frontdoor.platform.ratelimit.RateLimiter;
import uk.frontdoor.testing.AppTest;

/**
 * Prometheus scrapes a node's management port and finds the HTTP, pool and JVM metrics and ours; the public port does
 * not serve them to anyone.
 */
@MicronautTest(transactional = false)
class MetricsTest extends AppTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    @Inject
    ManagementServer management;
    @Inject
    RateLimiter rateLimiter;
    @Inject
    SignInLinks signInLinks;

    @Test
    void a_scrape_holds_http_pool_jvm_and_the_portals_own_metrics() throws Exception {
        assertEquals(200, client().get("/health/ready").status());
        RateLimit tight = new RateLimit("metrics-test", 1, Duration.ofHours(1));
        rateLimiter.hit(tight, "127.0.0.1");
        rateLimiter.hit(tight, "127.0.0.1");
        signInLinks.redeem("a-made-up-token");
        Thread.sleep(1500); // the outbox relay (every 200 ms here) has run since start

        String metrics = scrape();
        for (String series : new String[] {
            "frontdoor_outbox_pending ", "frontdoor_outbox_failed ", "frontdoor_outbox_oldest_pending_age_seconds ",
            "frontdoor_retention_runs_total ", "frontdoor_sign_in_failures_total{kind=\"staff-password\"}",
            "http_server_requests_seconds_count{", "hikaricp_connections_active{", "jvm_memory_used_bytes{"}) {
            assertTrue(metrics.contains(series), series + " in\n" + metrics);
        }
        assertTrue(value(metrics, "frontdoor_rate_limit_refusals_total\\{limit=\"metrics-test\"}") >= 1);
        assertTrue(value(metrics, "frontdoor_sign_in_failures_total\\{kind=\"applicant-link\"}") >= 1);
        double lastRelay = value(metrics, "frontdoor_job_last_success_seconds\\{job=\"outbox-relay\"}");
        assertTrue(Math.abs(System.currentTimeMillis() / 1000.0 - lastRelay) < 120, "the relay succeeded just now");
        assertTrue(Pattern.compile("http_server_requests_seconds_count\\{[^}]*status=\"200\"[^}]*uri=\"/health/ready\"")
                .matcher(metrics).find(), "by route and status");
    }

    @Test
    void the_public_port_does_not_serve_metrics() {
        for (String path : new String[] {"/metrics", "/prometheus"}) {
            assertEquals(404, client().get(path).status(), path);
        }
    }

    private String scrape() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + management.port() + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
        return response.body();
    }

    private static double value(String metrics, String series) {
        Matcher m = Pattern.compile("(?m)^" + series + " (\\S+)$").matcher(metrics);
        assertTrue(m.find(), series + " in\n" + metrics);
        return Double.parseDouble(m.group(1));
    }
}
