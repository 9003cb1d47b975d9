package uk.frontdoor.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * An operator upgrades a node: SIGTERM. Readiness goes down at once (the load balancer stops sending people) while the
 * node still serves; the request in flight finishes with its page; then the process stops by itself.
 */
class StoppingANodeGracefullyTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void readiness_goes_down_first_and_the_request_in_flight_still_gets_its_page() throws Exception {
        PortalProcess portal = PortalProcess.start("graceful", PortalProcess.environment(PortalProcess.testDatabase(), Map.of()),
                List.of("-Dfrontdoor.test.slow-page=true", "-Dfrontdoor.shutdown.drain=2s"), Duration.ofSeconds(180));
        try {
            CompletableFuture<HttpResponse<String>> inFlight = HTTP.sendAsync(
                    get(portal, "/test-only/slow?millis=4000"), HttpResponse.BodyHandlers.ofString());
            Thread.sleep(500);
            portal.terminate();
            Thread.sleep(300);

            HttpResponse<String> ready = HTTP.send(get(portal, "/health/ready"), HttpResponse.BodyHandlers.ofString());
            assertEquals(503, ready.statusCode(), "the load balancer is told first");
            assertTrue(ready.body().contains("\"shuttingDown\":true"), ready.body());
            assertEquals(200, HTTP.send(get(portal, "/health/live"), HttpResponse.BodyHandlers.ofString()).statusCode(),
                    "still serving while the load balancer notices");

            HttpResponse<String> slow = inFlight.get();
            assertEquals(200, slow.statusCode());
            assertEquals("finished after 4000 ms", slow.body());

            int exit = portal.waitFor(Duration.ofSeconds(30));
            assertTrue(exit >= 0, "the process stopped by itself");
            String log = Files.readString(portal.log().toPath());
            assertTrue(log.contains("Shut down gracefully"), log);
            assertTrue(log.contains("Background jobs stopped"), log);
            assertFalse(log.contains("stopping anyway"), log);
        } finally {
            if (portal.isAlive()) {
                portal.kill();
            }
        }
    }

    private static HttpRequest get(PortalProcess portal, String path) {
        return HttpRequest.newBuilder(portal.base().resolve(path)).timeout(Duration.ofSeconds(20)).GET().build();
    }
}
