package uk.frontdoor.core.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Mailbox;

@MicronautTest(transactional = false)
class OutboxRelayTest extends AppTest {
    @Inject
    Outbox outbox;
    @Inject
    Sql sql;

    @Test
    void an_email_in_the_outbox_is_sent_once_by_the_background_job_and_marked_sent() throws Exception {
        String to = uniqueEmail("relay");
        long id = outbox.enqueue(to, EmailTemplate.ENQUIRY_RECEIVED, Map.of("reference", "ENQ-TEST-0001-X"));

        var received = Mailbox.await(to, 1, Duration.ofSeconds(15));
        assertEquals(1, received.size(), "sent by the outbox-relay job without anyone asking");
        Thread.sleep(1500); // several more relay runs: nothing more may arrive
        assertEquals(1, Mailbox.to(to).size(), "sent exactly once");

        var message = received.get(0);
        assertEquals("We have received your adoption enquiry (ENQ-TEST-0001-X)", message.getSubject());
        assertTrue(Mailbox.body(message).contains("Your reference number is ENQ-TEST-0001-X."));
        assertTrue(Mailbox.body(message).contains("within 10 working days"));
        assertEquals("<outbox-" + id + "@frontdoor>", message.getMessageID(), "a stable id lets a resend be recognised");
        assertEquals("SENT", sql.one("SELECT status FROM outbox_email WHERE id = ?", rs -> rs.getString(1), id).orElseThrow());
    }

    @Test
    void a_sent_emails_link_is_not_kept_in_the_outbox() {
        String to = uniqueEmail("link");
        long id = outbox.enqueue(to, EmailTemplate.SIGN_IN_LINK, Map.of("token", "a-bearer-token-1234567890"));

        var received = Mailbox.await(to, 1, Duration.ofSeconds(15));
        assertTrue(Mailbox.body(received.get(0)).contains("a-bearer-token-1234567890"), "the email carries the link");
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (sql.count("SELECT COUNT(*) FROM outbox_email WHERE id = ? AND status = 'SENT'", id) == 0
                && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals("", sql.one("SELECT params FROM outbox_email WHERE id = ?", rs -> rs.getString(1), id).orElseThrow(),
                "once sent, the outbox keeps the template and dates, not the token");
    }
}
