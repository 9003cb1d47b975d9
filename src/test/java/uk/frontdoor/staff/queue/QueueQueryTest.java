package uk.frontdoor.staff.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.work.QueueFilter;
import uk.frontdoor.core.work.QueueFilter.Assignment;
import uk.frontdoor.core.work.QueuePage.Cursor;
import uk.frontdoor.core.work.WorkItemStatus;

class QueueQueryTest {

    @Test
    void the_address_gives_the_filter_and_where_the_page_starts() {
        QueueQuery query = QueueQuery.from("me", "EVENT_INVITED", "2026-05-01", "42");
        QueueFilter filter = query.filter(26);

        assertEquals(Assignment.ME, filter.assignment());
        assertEquals(WorkItemStatus.EVENT_INVITED, filter.status());
        assertEquals("2026-05-01", filter.afterKey());
        assertEquals(42L, filter.afterId());
        assertEquals(26, filter.pageSize());
    }

    @Test
    void anything_not_understood_means_every_open_item_from_the_start() {
        QueueQuery query = QueueQuery.from("everyone", "LOST", "yesterday", "x");

        assertEquals(Assignment.ANYONE, query.assignment());
        assertNull(query.status());
        assertTrue(query.isFirstPage());
        assertEquals(QueueQuery.from(null, null, null, null), query);
    }

    @Test
    void the_next_page_link_keeps_the_filters() {
        QueueQuery query = QueueQuery.from("unassigned", "new", null, null);

        assertEquals("/staff/queues/7?assigned=unassigned&status=NEW&after=2026-05-01&afterId=9",
                query.href(7, Optional.of(new Cursor("2026-05-01", 9))));
        assertEquals("/staff/queues/7?assigned=unassigned&status=NEW", query.href(7, Optional.empty()));
    }

    @Test
    void a_reference_read_out_over_the_phone_is_searched_in_its_stored_form_and_kept_on_the_next_page() {
        QueueQuery query = QueueQuery.from(null, null, null, null, " enq 7k3m 9qw4 b ");

        assertEquals("ENQ-7K3M-9QW4-B", query.reference());
        assertEquals("/staff/queues/7?assigned=anyone&status=&reference=ENQ-7K3M-9QW4-B", query.href(7, Optional.empty()));
        assertNull(QueueQuery.from(null, null, null, null, "   ").reference());
    }
}
