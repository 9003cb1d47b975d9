package uk.frontdoor.core.notify;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.frontdoor.core.identity.EmailAddress;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.mail.Mailer;
import uk.frontdoor.platform.mail.OutgoingEmail;
import uk.frontdoor.platform.time.Times;

/**
 * Sends what the outbox holds. It runs as one cluster-wide recurring job (db-scheduler), so with several
 * app nodes only one relays at a time. A failed send is retried with growing delays, then marked FAILED
 * and logged for an operator. Each email's Message-ID derives from its row, so a resend after a crash
 * between "sent" and "marked sent" is recognisable as the same message.
 */
@Singleton
public class OutboxRelay {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    static final int MAX_ATTEMPTS = 8;

    private final Sql sql;
    private final Mailer mailer;
    private final Clock clock;
    private final String baseUrl;
    private final List<EmailAttachments> attachments;

    public OutboxRelay(Sql sql, Mailer mailer, Clock clock, @Value("${frontdoor.base-url}") String baseUrl,
                       List<EmailAttachments> attachments) {
        this.sql = sql;
        this.attachments = attachments;
        this.mailer = mailer;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    record Pending(long id, String recipient, String templateName, Map<String, String> params, int attempts) {
        EmailTemplate template() {
            return EmailTemplate.valueOf(templateName);
        }

        /** Why this row must never be sent, or null: only to a canonical address, and only a template we have. */
        String refusal() {
            if (Arrays.stream(EmailTemplate.values()).noneMatch(t -> t.name().equals(templateName))) {
                return "no such template";
            }
            return EmailAddress.isCanonical(recipient) ? null : "the recipient is not an address in canonical form";
        }
    }

    /** Sends every email that is due; returns how many were sent. */
    public int relayDue() {
        LocalDateTime now = Times.nowUtc(clock);
        List<Pending> due = sql.list("""
                SELECT id, recipient, template, params, attempts FROM outbox_email
                WHERE status = 'PENDING' AND next_attempt_at <= ? ORDER BY id LIMIT 100""",
                rs -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Outbox.decode(rs.getString(4)), rs.getInt(5)), now);
        int sent = 0;
        for (Pending email : due) {
            String refusal = email.refusal();
            if (refusal != null) {
                // never sent, never retried: a mail library would "fix" such an address into someone else's mailbox
                sql.update("UPDATE outbox_email SET status = 'FAILED', last_error = ? WHERE id = ?", refusal, email.id());
                LOG.error("Email {} ({}) will not be sent: {}", email.id(), email.templateName(), refusal);
                continue;
            }
            try {
                mailer.send(render(email));
                // the links' tokens go with the parameters: a sent email's bearer links are not kept (issue 12)
                sql.update("""
                        UPDATE outbox_email SET status = 'SENT', sent_at = ?, attempts = attempts + 1, params = ''
                        WHERE id = ?""", Times.nowUtc(clock), email.id());
                sent++;
            } catch (Exception e) {
                int attempts = email.attempts() + 1;
                boolean giveUp = attempts >= MAX_ATTEMPTS;
                LocalDateTime retryAt = Times.nowUtc(clock).plus(backoff(attempts));
                String error = String.valueOf(e.getMessage());
                sql.update("""
                        UPDATE outbox_email SET attempts = ?, status = ?, next_attempt_at = ?, last_error = ?
                        WHERE id = ?""",
                        attempts, giveUp ? "FAILED" : "PENDING", retryAt,
                        error.length() > 1000 ? error.substring(0, 1000) : error, email.id());
                if (giveUp) {
                    LOG.error("Email {} ({}) failed {} times and will not be retried: {}", email.id(),
                            email.template(), attempts, error);
                } else {
                    LOG.warn("Email {} ({}) failed (attempt {}), retrying at {}: {}", email.id(),
                            email.template(), attempts, retryAt, error);
                }
            }
        }
        return sent;
    }

    static Duration backoff(int attempts) {
        return Duration.ofSeconds(Math.min(3600, 5L << Math.min(attempts, 10)));
    }

    OutgoingEmail render(Pending email) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.emails", Locale.UK);
        Map<String, String> params = new java.util.HashMap<>(email.params());
        params.putIfAbsent("baseUrl", baseUrl);
        String subject = fill(bundle.getString("email." + email.template().key() + ".subject"), params);
        String body = fill(bundle.getString("email." + email.template().key() + ".body"), params);
        List<OutgoingEmail.Attachment> files = attachments.stream()
                .flatMap(a -> a.attachmentsFor(email.template(), params).stream()).toList();
        return new OutgoingEmail("outbox-" + email.id(), email.recipient(), subject, body, files);
    }

    /** Replaces {name} placeholders; unknown names are left as they are. */
    static String fill(String text, Map<String, String> params) {
        String result = text;
        for (var e : params.entrySet()) {
            result = result.replace("{" + e.getKey() + "}", e.getValue());
        }
        return result;
    }
}
