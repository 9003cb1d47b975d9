package uk.frontdoor.core.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.audit.Subject;
import uk.frontdoor.core.work.QueuePage.Cursor;

class QueuePageTest {
    private static WorkItem item(long id, LocalDate due) {
        return new WorkItem(id, WorkKind.ENQUIRY, 1, Subject.ENQUIRY, id, "ENQ-" + id, "Enquiry " + id, WorkItemStatus.NEW,
                due, null, null, 0, due.atStartOfDay(), null, null);
    }

    private static List<WorkItem> items(int count) {
        List<WorkItem> items = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            items.add(item(i, LocalDate.of(2026, 1, 1).plusDays(i / 2)));
        }
        return items;
    }

    @Test
    void a_page_reads_one_row_more_than_it_shows() {
        assertEquals(26, QueuePage.rowsToRead(25));
    }

    @Test
    void when_more_rows_came_back_than_fit_the_next_page_starts_after_the_last_shown() {
        QueuePage page = QueuePage.of(items(4), 3);

        assertEquals(List.of(1L, 2L, 3L), page.items().stream().map(WorkItem::id).toList());
        assertEquals(Optional.of(new Cursor("2026-01-02", 3)), page.next());
    }

    @Test
    void a_page_that_is_not_full_or_exactly_full_has_no_next_page() {
        assertTrue(QueuePage.of(items(2), 3).next().isEmpty());
        assertTrue(QueuePage.of(items(3), 3).next().isEmpty());
        assertTrue(QueuePage.of(List.of(), 3).next().isEmpty());
    }

    @Test
    void a_cursor_is_read_back_from_the_link_and_nonsense_means_the_first_page() {
        assertEquals(Optional.of(new Cursor("2026-01-02", 3)), Cursor.parse(QueueSort.DUE, "2026-01-02", "3"));
        assertTrue(Cursor.parse(QueueSort.DUE, null, "3").isEmpty());
        assertTrue(Cursor.parse(QueueSort.DUE, "2026-01-02", null).isEmpty());
        assertTrue(Cursor.parse(QueueSort.DUE, "yesterday", "3").isEmpty());
        assertTrue(Cursor.parse(QueueSort.DUE, "2026-02-30", "3").isEmpty());
        assertTrue(Cursor.parse(QueueSort.DUE, "2026-01-02", "three").isEmpty());
        assertTrue(Cursor.parse(QueueSort.DUE, "2026-01-02", "-1").isEmpty());
        assertTrue(Cursor.parse(QueueSort.DUE, "", "").isEmpty());
    }
}
