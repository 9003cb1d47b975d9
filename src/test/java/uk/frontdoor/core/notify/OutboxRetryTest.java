package uk.frontdoor.core.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.testing.AppTest;

/** The mail relay is down: nothing is lost, the email waits for a retry and the operator can see why. */
@MicronautTest(transactional = false)
class OutboxRetryTest extends AppTest {
    @Inject
    Outbox outbox;
    @Inject
    OutboxRelay relay;
    @Inject
    Sql sql;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>(super.getProperties());
        props.put("frontdoor.smtp.port", String.valueOf(closedPort()));
        props.put("frontdoor.jobs.enabled", "false"); // this test drives the relay itself
        return props;
    }

    @Test
    void when_smtp_is_unreachable_the_email_stays_in_the_outbox_with_the_error_and_a_later_retry_time() {
        String to = uniqueEmail("retry");
        long id = outbox.enqueue(to, EmailTemplate.ENQUIRY_RECEIVED, Map.of("reference", "ENQ-RETRY"));

        relay.relayDue();

        record Row(String status, int attempts, String error, LocalDateTime next) { }
        Row row = sql.one("SELECT status, attempts, last_error, next_attempt_at FROM outbox_email WHERE id = ?",
                rs -> new Row(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getObject(4, LocalDateTime.class)), id)
                .orElseThrow();
        assertEquals("PENDING", row.status());
        assertEquals(1, row.attempts());
        assertNotNull(row.error());
        assertTrue(row.next().isAfter(LocalDateTime.now(java.time.ZoneOffset.UTC)), "retried later, not in a tight loop");
    }

    @Test
    void retry_delays_grow_and_are_capped_at_an_hour() {
        assertEquals(10, OutboxRelay.backoff(1).toSeconds());
        assertEquals(20, OutboxRelay.backoff(2).toSeconds());
        assertEquals(3600, OutboxRelay.backoff(20).toSeconds());
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
