package uk.frontdoor.staff.queue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import uk.frontdoor.core.reference.ReferenceNumbers;
import uk.frontdoor.core.work.QueueFilter;
import uk.frontdoor.core.work.QueueFilter.Assignment;
import uk.frontdoor.core.work.QueuePage.Cursor;
import uk.frontdoor.core.work.WorkItemStatus;

/**
 * What a queue page was asked to show, read from its address: whose items, which status, and where the
 * page starts. Anything not understood falls back to the default (every open item, from the start), so a
 * mistyped address shows the queue rather than an error.
 */
public record QueueQuery(Assignment assignment, WorkItemStatus status, Optional<Cursor> after, String reference) {

    static QueueQuery from(String assigned, String status, String afterDue, String afterId) {
        return from(assigned, status, afterDue, afterId, null);
    }

    static QueueQuery from(String assigned, String status, String afterDue, String afterId, String reference) {
        return new QueueQuery(assignment(assigned), status(status), Cursor.parse(afterDue, afterId), reference(reference));
    }

    /** A reference as typed or read out ("enq 7k3m 9qw4 b"), in its stored form; blank or too long means none. */
    private static String reference(String value) {
        return ReferenceNumbers.typed(value).orElse(null);
    }

    private static Assignment assignment(String value) {
        if (value == null) {
            return Assignment.ANYONE;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "me" -> Assignment.ME;
            case "unassigned" -> Assignment.UNASSIGNED;
            default -> Assignment.ANYONE;
        };
    }

    private static WorkItemStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return WorkItemStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException notAStatus) {
            return null;
        }
    }

    QueueFilter filter(int rows) {
        return new QueueFilter(assignment, status, after.map(c -> c.afterDue().toString()).orElse(null),
                after.map(Cursor::afterId).orElse(null), rows, reference);
    }

    public String assignedValue() {
        return assignment.name().toLowerCase(Locale.ROOT);
    }

    public String statusValue() {
        return status == null ? "" : status.name();
    }

    public String referenceValue() {
        return reference == null ? "" : reference;
    }

    public boolean isFirstPage() {
        return after.isEmpty();
    }

    /** The address of this queue with these filters, starting after {@code cursor} (or from the top). */
    String href(long teamId, Optional<Cursor> cursor) {
        StringBuilder href = new StringBuilder("/staff/queues/").append(teamId)
                .append("?assigned=").append(assignedValue())
                .append("&status=").append(encode(statusValue()));
        if (reference != null) {
            href.append("&reference=").append(encode(reference));
        }
        cursor.ifPresent(c -> href.append("&afterDue=").append(c.afterDue()).append("&afterId=").append(c.afterId()));
        return href.toString();
    }

    /** For the audit log: what was looked at. */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
