package uk.frontdoor.core.work;

import java.util.Locale;

/**
 * Which items of a queue to list, and in which order. {@code status} null means every open item; a {@code reference}
 * finds that enquiry's items whatever their status.
 * Paging is by keyset: {@code afterKey}/{@code afterId} are the last row of the previous page, its key in the
 * {@code sort}'s terms ({@link QueueSort#keyOf}).
 */
public record QueueFilter(Assignment assignment, WorkItemStatus status, String afterKey, Long afterId, int pageSize,
                          String reference, QueueSort sort, boolean descending) {
    public enum Assignment { ANYONE, ME, UNASSIGNED }

    public QueueFilter(Assignment assignment, WorkItemStatus status, String afterKey, Long afterId, int pageSize,
                       String reference) {
        this(assignment, status, afterKey, afterId, pageSize, reference, QueueSort.DUE, false);
    }

    /** What was asked for, as the audit log records it. */
    public String describe() {
        return "assigned=" + assignment.name().toLowerCase(Locale.ROOT) + " status=" + (status == null ? "open" : status.name())
                + (reference == null ? "" : " reference=" + reference)
                + (sort == QueueSort.DUE && !descending ? "" : " sort=" + sort.code() + (descending ? " descending" : ""))
                + (afterKey == null || afterId == null ? "" : " after=" + afterKey + "/" + afterId);
    }
}
