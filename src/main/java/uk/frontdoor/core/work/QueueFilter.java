package uk.frontdoor.core.work;

/**
 * Which items of a queue to list. {@code status} null means every open item.
 * Paging is by keyset: {@code afterDue}/{@code afterId} are the last row of the previous page.
 */
public record QueueFilter(Assignment assignment, WorkItemStatus status, String afterDue, Long afterId, int pageSize) {
    public enum Assignment { ANYONE, ME, UNASSIGNED }
}
