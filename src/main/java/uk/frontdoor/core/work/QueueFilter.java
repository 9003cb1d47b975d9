package uk.frontdoor.core.work;

import java.util.Locale;

/**
 * Which items of a queue to list. {@code status} null means every open item; a {@code reference} finds that
 * enquiry's items whatever their status.
 * Paging is by keyset: {@code afterDue}/{@code afterId} are the last row of the previous page.
 */
public record QueueFilter(Assignment assignment, WorkItemStatus status, String afterDue, Long afterId, int pageSize,
                          String reference) {
    public enum Assignment { ANYONE, ME, UNASSIGNED }

    /** What was asked for, as the audit log records it. */
    public String describe() {
        return "assigned=" + assignment.name().toLowerCase(Locale.ROOT) + " status=" + (status == null ? "open" : status.name())
                + (reference == null ? "" : " reference=" + reference)
                + (afterDue == null || afterId == null ? "" : " after=" + afterDue + "/" + afterId);
    }
}
