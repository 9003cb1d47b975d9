package uk.frontdoor.web.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.frontdoor.testing.AppTest;

@MicronautTest(transactional = false)
class ErrorPagesTest extends AppTest {

    @Test
    void a_bug_gives_a_friendly_page_with_a_reference_and_no_stack_trace() {
        var page = client().get("/test/broken/exception");
        assertEquals(500, page.status());
        assertEquals("Sorry, there is a problem with the service", page.html().selectFirst("h1").text());
        String reference = page.html().selectFirst(".app-reference").text();
        assertTrue(reference.matches("[0-9A-F]{12}"), reference);
        assertEquals(reference, page.header("X-Request-Id").orElseThrow(), "the reference is the request's id");
        assertFalse(page.body().contains("IllegalStateException"));
        assertFalse(page.body().contains("at uk.frontdoor"));
    }

    @Test
    void a_page_not_found_shows_the_request_id_a_proxy_gave_it() {
        var page = client().get("/nowhere", Map.of("X-Request-Id", "f3a9c2d1e0b84c7a9d6e5f4a3b2c1d0e"));
        assertEquals(404, page.status());
        assertEquals("f3a9c2d1e0b84c7a9d6e5f4a3b2c1d0e", page.header("X-Request-Id").orElseThrow());
        assertTrue(page.html().text().contains("quote this reference: f3a9c2d1e0b84c7a9d6e5f4a3b2c1d0e"));
        var forged = client().get("/nowhere", Map.of("X-Request-Id", "<script>"));
        assertTrue(forged.header("X-Request-Id").orElseThrow().matches("[0-9A-F]{12}"), "a made-up id of our own");
    }

    @Test
    void a_template_that_fails_half_way_still_answers_at_once_with_the_error_page() {
        var page = client().get("/test/broken");
        assertEquals(500, page.status());
        assertEquals("Sorry, there is a problem with the service", page.html().selectFirst("h1").text());
        assertFalse(page.body().contains("This template fails"), "nothing of the broken page is sent");
        assertEquals("no-store", page.header("Cache-Control").orElseThrow());
    }

    @Test
    void a_lost_database_connection_is_recognised_as_unavailability_not_a_bug() {
        assertTrue(ErrorPages.isDatabaseUnavailable(new RuntimeException(new SQLTransientConnectionException("pool timeout"))));
        assertFalse(ErrorPages.isDatabaseUnavailable(new IllegalStateException("a bug")));
    }
}
