package uk.frontdoor.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import uk.frontdoor.platform.db.EmbeddedDatabase;
import uk.frontdoor.support.AppTest;
import uk.frontdoor.support.WebClient;

/**
 * MariaDB stops: people get a friendly "service unavailable" page, /health says so, and when the database
 * comes back the portal recovers by itself.
 */
@MicronautTest(transactional = false)
class WhenTheDatabaseGoesAwayTest extends AppTest {

    @Test
    void the_portal_says_it_is_unavailable_and_recovers_by_itself() throws Exception {
        EmbeddedDatabase db = EmbeddedDatabase.running().orElseThrow();
        WebClient visitor = client();
        assertEquals(200, visitor.get("/health").status());
        assertEquals(200, visitor.get("/").status());

        db.stop();
        try {
            var health = visitor.get("/health");
            assertEquals(503, health.status());
            assertTrue(health.body().contains("\"database\":\"DOWN\""));

            var page = visitor.get("/"); // the home page lists the boroughs from the database
            assertEquals(503, page.status());
            assertEquals("Sorry, the service is unavailable", page.html().selectFirst("h1").text());
            assertTrue(page.header("Retry-After").isPresent());
            assertFalse(page.body().contains("Exception"), "no stack trace");
        } finally {
            db.restart();
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int status = 0;
        while (System.nanoTime() < deadline && status != 200) {
            status = visitor.get("/health").status();
            if (status != 200) {
                Thread.sleep(250);
            }
        }
        assertEquals(200, status, "healthy again once the database is back");
        assertEquals(200, visitor.get("/").status());
    }
}
