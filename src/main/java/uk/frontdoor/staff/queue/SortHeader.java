package uk.frontdoor.staff.queue;

/**
 * A sortable column's heading: a plain link to the queue sorted by it (works without JavaScript); {@code ariaSort} is
 * {@code ascending} or {@code descending} on the column sorted now, null on the others.
 */
public record SortHeader(String text, String href, String ariaSort) {
}
