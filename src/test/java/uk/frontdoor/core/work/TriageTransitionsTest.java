package uk.frontdoor.core.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.work.TriageOutcome.Needs;

/** The work item lifecycle: which statuses are open, what each outcome leads to and needs. */
class TriageTransitionsTest {
    private static final Map<TriageOutcome, WorkItemStatus> LEADS_TO = Map.of(
            TriageOutcome.INVITE_TO_EVENT, WorkItemStatus.EVENT_INVITED,
            TriageOutcome.ARRANGE_VISIT, WorkItemStatus.VISIT_ARRANGED,
            TriageOutcome.INVITE_TO_REGISTER, WorkItemStatus.REGISTRATION_INVITED,
            TriageOutcome.SIGNPOST, WorkItemStatus.SIGNPOSTED,
            TriageOutcome.NO_FURTHER_ACTION, WorkItemStatus.NO_FURTHER_ACTION,
            TriageOutcome.DUPLICATE, WorkItemStatus.DUPLICATE,
            TriageOutcome.REROUTE, WorkItemStatus.REROUTED);

    @Test
    void new_in_progress_the_two_waiting_statuses_and_a_support_assessment_are_open() {
        assertEquals(EnumSet.of(WorkItemStatus.NEW, WorkItemStatus.IN_PROGRESS, WorkItemStatus.EVENT_INVITED,
                WorkItemStatus.VISIT_ARRANGED, WorkItemStatus.ASSESSING), WorkItemStatus.openStatuses());
    }

    @ParameterizedTest
    @EnumSource(value = WorkItemStatus.class, names = {"NEW", "IN_PROGRESS", "EVENT_INVITED", "VISIT_ARRANGED"})
    void every_outcome_can_be_recorded_on_an_open_item(WorkItemStatus from) {
        for (TriageOutcome outcome : TriageOutcome.values()) {
            assertEquals(LEADS_TO.get(outcome), from.after(outcome), from + " + " + outcome);
        }
    }

    @ParameterizedTest
    @EnumSource(value = WorkItemStatus.class, names = {"REGISTRATION_INVITED", "SIGNPOSTED", "NO_FURTHER_ACTION", "DUPLICATE", "REROUTED"})
    void a_closed_item_takes_no_more_outcomes(WorkItemStatus closed) {
        assertFalse(closed.isOpen());
        for (TriageOutcome outcome : TriageOutcome.values()) {
            assertThrows(IllegalStateException.class, () -> closed.after(outcome));
        }
    }

    @Test
    void the_first_contact_starts_work_and_later_contacts_change_nothing() {
        assertEquals(WorkItemStatus.IN_PROGRESS, WorkItemStatus.NEW.afterContact());
        for (WorkItemStatus s : WorkItemStatus.values()) {
            if (s != WorkItemStatus.NEW) {
                assertEquals(s, s.afterContact());
            }
        }
    }

    @Test
    void inviting_and_arranging_keep_the_item_open_and_the_rest_close_it() {
        assertTrue(TriageOutcome.INVITE_TO_EVENT.resultingStatus().isOpen());
        assertTrue(TriageOutcome.ARRANGE_VISIT.resultingStatus().isOpen());
        for (TriageOutcome o : EnumSet.complementOf(EnumSet.of(TriageOutcome.INVITE_TO_EVENT, TriageOutcome.ARRANGE_VISIT))) {
            assertFalse(o.resultingStatus().isOpen(), o.name());
        }
    }

    @Test
    void each_outcome_says_what_else_must_be_given() {
        assertEquals(Needs.AGENCY_NAME, TriageOutcome.SIGNPOST.needs());
        assertEquals(Needs.REASON, TriageOutcome.NO_FURTHER_ACTION.needs());
        assertEquals(Needs.OTHER_ENQUIRY, TriageOutcome.DUPLICATE.needs());
        assertEquals(Needs.OTHER_SPOKE, TriageOutcome.REROUTE.needs());
        for (TriageOutcome o : EnumSet.of(TriageOutcome.INVITE_TO_EVENT, TriageOutcome.ARRANGE_VISIT, TriageOutcome.INVITE_TO_REGISTER)) {
            assertEquals(Needs.NOTHING, o.needs());
        }
        for (TriageOutcome o : TriageOutcome.values()) {
            assertEquals(o.needsDetail(), o.needs() == Needs.AGENCY_NAME || o.needs() == Needs.REASON, o.name());
        }
    }
}
