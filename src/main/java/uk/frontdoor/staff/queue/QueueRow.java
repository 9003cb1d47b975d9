package uk.frontdoor.staff.queue;

import uk.frontdoor.staff.Tag;

/** One line of a queue's table, ready to show. {@code due} is null for a closed item. */
public record QueueRow(long id, String reference, String title, String received, String dueDate, Tag due,
                       Tag status, String assignee) {
}
