package uk.frontdoor.core.retention;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The kinds of record only ever deleted, in bulk, with no hold: each is one or more statements that count and remove
 * the rows whose time is up (every {@code ?} is the cutoff). The run adds a LIMIT and repeats each until it takes fewer
 * than a batch, so every statement is its own short transaction.
 */
final class BulkKinds {
    record Statement(String count, String apply, int marks) {
        Object[] cutoffs(LocalDateTime cutoff) {
            return DueRecords.repeated(marks, cutoff);
        }
    }

    private BulkKinds() {
    }

    static List<Statement> statements(RecordKind kind) {
        return switch (kind) {
            case OUTBOX_EMAIL -> List.of(delete("outbox_email", "status IN ('SENT', 'FAILED') AND created_at < ?"));
            case TOKEN -> List.of(
                    delete("sign_in_token", "expires_at < ?"),
                    delete("email_change", "expires_at < ?"),
                    // a booking's management link works until its event ends (EventBookings.byToken)
                    delete("event_booking_token", "booking_id IN (SELECT b.id FROM event_booking b"
                            + " JOIN info_event e ON e.id = b.event_id WHERE e.ends_at < ?)"),
                    new Statement("SELECT COUNT(*) FROM event_waiting WHERE offer_token_hash IS NOT NULL"
                            + " AND offer_expires_at < ?", "UPDATE event_waiting SET offer_token_hash = NULL"
                            + " WHERE offer_token_hash IS NOT NULL AND offer_expires_at < ?", 1));
            case DRAFT -> List.of(delete("enquiry_draft", "updated_at < ?"), delete("support_draft", "updated_at < ?"));
            default -> List.of();
        };
    }

    private static Statement delete(String table, String where) {
        return new Statement("SELECT COUNT(*) FROM " + table + " WHERE " + where,
                "DELETE FROM " + table + " WHERE " + where, 1);
    }
}
