package uk.frontdoor.core.work;

import java.util.List;
import java.util.Optional;

/**
 * One page of a queue and where the next one starts. The queue is read one row more than a page, so
 * whether there is a next page is known without counting; the cursor is the last row shown, its key in the page's
 * order (keyset paging: rows added or closed meanwhile never make a row repeat or vanish between pages).
 */
public record QueuePage(List<WorkItem> items, Optional<Cursor> next) {
    public static final int SIZE = 25;

    public record Cursor(String key, long afterId) {
        /**
         * The cursor a "Next page" link carried for a page in {@code sort}'s order, or none when either half is
         * missing or not well formed.
         */
        public static Optional<Cursor> parse(QueueSort sort, String key, String afterId) {
            if (key == null || afterId == null || key.isBlank() && sort != QueueSort.ASSIGNEE || afterId.isBlank()
                    || sort.key(key).isEmpty()) {
                return Optional.empty();
            }
            try {
                long id = Long.parseLong(afterId.trim());
                return id < 0 ? Optional.empty() : Optional.of(new Cursor(key, id));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    /** How many rows to read for a page of {@code pageSize}. */
    public static int rowsToRead(int pageSize) {
        return pageSize + 1;
    }

    /** Cuts what was read ({@link #rowsToRead}, in the queue's own order) to a page and its next cursor. */
    public static QueuePage of(List<WorkItem> read, int pageSize) {
        return of(read, pageSize, QueueSort.DUE);
    }

    /** Cuts what was read ({@link #rowsToRead}, in {@code sort}'s order) to a page and its next cursor. */
    public static QueuePage of(List<WorkItem> read, int pageSize, QueueSort sort) {
        if (read.size() <= pageSize) {
            return new QueuePage(List.copyOf(read), Optional.empty());
        }
        List<WorkItem> shown = List.copyOf(read.subList(0, pageSize));
        WorkItem last = shown.get(shown.size() - 1);
        return new QueuePage(shown, Optional.of(new Cursor(sort.keyOf(last), last.id())));
    }
}
