package uk.frontdoor.core.work;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The columns a queue can be sorted by, each with the SQL it orders by and the key a page's last row leaves for the
 * next page (keyset paging with the item's id as the tie-break, so rows added or closed meanwhile never repeat or
 * vanish between pages, whichever the order). Due date first is the queue's own order: the overdue come first.
 */
public enum QueueSort {
    DUE("w.due_date"),
    RECEIVED("w.created_at"),
    /** By the assignee's name; unassigned items sort as an empty name (first, ascending). */
    ASSIGNEE("COALESCE(s.display_name, '')"),
    /** In the order of the item's life ({@link WorkItemStatus}), not alphabetically. */
    STATUS("FIELD(w.status, " + Arrays.stream(WorkItemStatus.values()).map(s -> "'" + s.name() + "'")
            .collect(Collectors.joining(", ")) + ")");

    private final String expression;

    QueueSort(String expression) {
        this.expression = expression;
    }

    /** What the address calls it. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The sort an address names; anything else is none (the queue's own order). */
    public static Optional<QueueSort> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.code().equals(wanted)).findFirst();
    }

    String expression() {
        return expression;
    }

    /** The key of {@code item} in this order, as a next-page link carries it. */
    public String keyOf(WorkItem item) {
        return switch (this) {
            case DUE -> item.dueDate().toString();
            case RECEIVED -> item.createdAt().toString();
            case ASSIGNEE -> item.assigneeName() == null ? "" : item.assigneeName();
            case STATUS -> String.valueOf(item.status().ordinal() + 1);
        };
    }

    /** A key read back from a link, as the value SQL compares with; empty when it is not one of this order's keys. */
    public Optional<Object> key(String typed) {
        if (typed == null || typed.length() > 200) {
            return Optional.empty();
        }
        try {
            return Optional.of(switch (this) {
                case DUE -> LocalDate.parse(typed.trim());
                case RECEIVED -> LocalDateTime.parse(typed.trim());
                case ASSIGNEE -> typed;
                case STATUS -> Integer.parseInt(typed.trim());
            });
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
