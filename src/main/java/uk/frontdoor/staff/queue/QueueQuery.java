package uk.frontdoor.staff.queue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import uk.frontdoor.core.reference.ReferenceNumbers;
import uk.frontdoor.core.work.QueueFilter;
import uk.frontdoor.core.work.QueueFilter.Assignment;
import uk.frontdoor.core.work.QueuePage.Cursor;
import uk.frontdoor.core.work.QueueSort;
import uk.frontdoor.core.work.WorkItemStatus;

/**
 * What a queue page was asked to show, read from its address: whose items, which status, in which order, and where
 * the page starts. Anything not understood falls back to the default (every open item, due first, from the start), so
 * a mistyped address shows the queue rather than an error; the address of a view is all it takes to share it.
 */
public record QueueQuery(Assignment assignment, WorkItemStatus status, Optional<Cursor> after, String reference,
                         QueueSort sort, boolean descending) {

    static QueueQuery from(String assigned, String status, String afterDue, String afterId) {
        return from(assigned, status, afterDue, afterId, null);
    }

    static QueueQuery from(String assigned, String status, String afterDue, String afterId, String reference) {
        return from(assigned, status, afterDue, afterId, reference, null, null);
    }

    /** {@code after} is the last row's key in the page's order ({@code afterDue} in links made before sorting). */
    static QueueQuery from(String assigned, String status, String after, String afterId, String reference,
                           String sort, String order) {
        QueueSort by = QueueSort.of(sort).orElse(QueueSort.DUE);
        return new QueueQuery(assignment(assigned), status(status), Cursor.parse(by, after, afterId),
                reference(reference), by, "descending".equalsIgnoreCase(order == null ? "" : order.trim()));
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
        return new QueueFilter(assignment, status, after.map(Cursor::key).orElse(null),
                after.map(Cursor::afterId).orElse(null), rows, reference, sort, descending);
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

    /** The order as the address says it ({@code ascending} or {@code descending}; also the header's aria-sort). */
    public String orderValue() {
        return descending ? "descending" : "ascending";
    }

    /** The address of this queue with these filters and order, starting after {@code cursor} (or from the top). */
    String href(long teamId, Optional<Cursor> cursor) {
        return path(teamId, "") + query(cursor);
    }

    /** The download of exactly this page. */
    String csvHref(long teamId) {
        return path(teamId, "/queue.csv") + query(after);
    }

    /**
     * The address a column's heading links to: sorted by it, ascending, or the other way round when it is the column
     * sorted now; the filters kept, from the first page.
     */
    String sortHref(long teamId, QueueSort column) {
        boolean flip = column == sort && !descending;
        return new QueueQuery(assignment, status, Optional.empty(), reference, column, flip).href(teamId, Optional.empty());
    }

    private static String path(long teamId, String suffix) {
        return "/staff/queues/" + teamId + suffix;
    }

    private String query(Optional<Cursor> cursor) {
        StringBuilder href = new StringBuilder("?assigned=").append(assignedValue())
                .append("&status=").append(encode(statusValue()));
        if (reference != null) {
            href.append("&reference=").append(encode(reference));
        }
        if (sort != QueueSort.DUE || descending) {
            href.append("&sort=").append(sort.code()).append("&order=").append(orderValue());
        }
        cursor.ifPresent(c -> href.append("&after=").append(encode(c.key())).append("&afterId=").append(c.afterId()));
        return href.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
