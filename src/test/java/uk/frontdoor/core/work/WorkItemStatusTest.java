package uk.frontdoor.core.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class WorkItemStatusTest {

    @Test
    void the_first_contact_starts_work_on_a_new_item_and_changes_nothing_else() {
        assertEquals(WorkItemStatus.IN_PROGRESS, WorkItemStatus.NEW.afterContact());
        for (WorkItemStatus s : WorkItemStatus.values()) {
            if (s != WorkItemStatus.NEW) {
                assertEquals(s, s.afterContact());
            }
        }
    }

    @Test
    void every_outcome_can_be_recorded_on_every_open_item() {
        for (WorkItemStatus s : WorkItemStatus.openStatuses()) {
            for (TriageOutcome o : TriageOutcome.values()) {
                assertEquals(o.resultingStatus(), s.after(o));
            }
        }
    }

    @Test
    void a_closed_item_takes_no_further_outcomes() {
        EnumSet<WorkItemStatus> closed = EnumSet.complementOf(EnumSet.copyOf(WorkItemStatus.openStatuses()));
        assertFalse(closed.isEmpty());
        for (WorkItemStatus s : closed) {
            for (TriageOutcome o : TriageOutcome.values()) {
                assertThrows(IllegalStateException.class, () -> s.after(o), s + " then " + o);
            }
        }
    }

    @Test
    void inviting_to_an_event_or_arranging_a_visit_keeps_the_item_open_and_the_rest_close_it() {
        assertTrue(TriageOutcome.INVITE_TO_EVENT.resultingStatus().isOpen());
        assertTrue(TriageOutcome.ARRANGE_VISIT.resultingStatus().isOpen());
        for (TriageOutcome o : EnumSet.of(TriageOutcome.INVITE_TO_REGISTER, TriageOutcome.SIGNPOST,
                TriageOutcome.NO_FURTHER_ACTION, TriageOutcome.DUPLICATE, TriageOutcome.REROUTE)) {
            assertFalse(o.resultingStatus().isOpen(), o.name());
        }
    }

    @Test
    void signposting_and_no_further_action_need_more_said() {
        assertTrue(TriageOutcome.SIGNPOST.needsDetail());
        assertTrue(TriageOutcome.NO_FURTHER_ACTION.needsDetail());
        assertFalse(TriageOutcome.INVITE_TO_EVENT.needsDetail());
    }
}
