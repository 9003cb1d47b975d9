package uk.frontdoor.core.notify;

import jakarta.inject.Singleton;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import uk.frontdoor.core.identity.EmailAddress;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;

/**
 * The transactional outbox: an email to send is a row written in the same transaction as the change that
 * causes it, so it is sent if and only if that change commits. {@link OutboxRelay} sends the rows.
 */
@Singleton
public class Outbox {
    private final Sql sql;
    private final Clock clock;

    public Outbox(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    public long enqueue(EmailAddress recipient, EmailTemplate template, Map<String, String> params) {
        return enqueue(recipient.value(), template, params);
    }

    /**
     * Queues an email to an address read from a record (ADR 0029: only ever the address stored on the record, never
     * what a visitor typed). The relay sends only to addresses in canonical form.
     */
    public long enqueue(String recipient, EmailTemplate template, Map<String, String> params) {
        var now = Times.nowUtc(clock);
        return sql.insert("""
                INSERT INTO outbox_email (created_at, recipient, template, params, status, attempts, next_attempt_at)
                VALUES (?, ?, ?, ?, 'PENDING', 0, ?)""",
                now, recipient, template.name(), encode(params), now);
    }

    static String encode(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static Map<String, String> decode(String encoded) {
        Map<String, String> params = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return params;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }
}
