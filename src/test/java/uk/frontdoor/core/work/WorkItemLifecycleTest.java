package uk.frontdoor.core.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.frontdoor.core.work.TriageOutcome.Needs;

/**
 * The rules of an enquiry's work item, as a recruitment officer meets them: which items are still open, where each
 * triage outcome takes an item and what it asks for, and what a closed item refuses (and why).
 */
class WorkItemLifecycleTest {

    @Test
    void new_started_waiting_and_assessed_items_are_open_and_every_other_status_is_closed() {
        assertEquals(EnumSet.of(WorkItemStatus.NEW, WorkItemStatus.IN_PROGRESS, WorkItemStatus.EVENT_INVITED,
                WorkItemStatus.VISIT_ARRANGED, WorkItemStatus.ASSESSING), WorkItemStatus.openStatuses());
    }

    @ParameterizedTest
    @EnumSource(value = WorkItemStatus.class, names = {"NEW", "IN_PROGRESS", "EVENT_INVITED", "VISIT_ARRANGED"})
    void an_open_enquiry_moves_to_where_its_outcome_leads_and_only_an_invitation_or_a_visit_keeps_it_open(
            WorkItemStatus from) {
        Map<TriageOutcome, WorkItemStatus> leadsTo = Map.of(
                TriageOutcome.INVITE_TO_EVENT, WorkItemStatus.EVENT_INVITED,
                TriageOutcome.ARRANGE_VISIT, WorkItemStatus.VISIT_ARRANGED,
                TriageOutcome.INVITE_TO_REGISTER, WorkItemStatus.REGISTRATION_INVITED,
                TriageOutcome.SIGNPOST, WorkItemStatus.SIGNPOSTED,
                TriageOutcome.NO_FURTHER_ACTION, WorkItemStatus.NO_FURTHER_ACTION,
                TriageOutcome.DUPLICATE, WorkItemStatus.DUPLICATE,
                TriageOutcome.REROUTE, WorkItemStatus.REROUTED);
        leadsTo.forEach((outcome, to) -> assertEquals(to, from.after(outcome), from + " + " + outcome));
        assertTrue(from.after(TriageOutcome.INVITE_TO_EVENT).isOpen());
        assertTrue(from.after(TriageOutcome.ARRANGE_VISIT).isOpen());
        assertEquals(5, leadsTo.values().stream().filter(s -> !s.isOpen()).count(), "the other five close it");
    }

    @ParameterizedTest
    @EnumSource(value = WorkItemStatus.class, names = {"REGISTRATION_INVITED", "SIGNPOSTED", "NO_FURTHER_ACTION",
            "DUPLICATE", "REROUTED", "ADVICE_GIVEN", "REFERRED_TO_COUNCIL", "CLOSED", "REGISTRATION_ACCEPTED",
            "REGISTRATION_DECLINED"})
    void a_closed_item_refuses_any_further_outcome_because_it_is_closed(WorkItemStatus closed) {
        for (TriageOutcome outcome : TriageOutcome.values()) {
            var refused = assertThrows(IllegalStateException.class, () -> closed.after(outcome));
            assertTrue(refused.getMessage().contains("closed"), refused.getMessage());
        }
    }

    @Test
    void the_first_contact_starts_work_on_a_new_item_and_later_contacts_change_no_status() {
        assertEquals(WorkItemStatus.IN_PROGRESS, WorkItemStatus.NEW.afterContact());
        for (WorkItemStatus s : EnumSet.complementOf(EnumSet.of(WorkItemStatus.NEW))) {
            assertEquals(s, s.afterContact(), s.name());
        }
    }

    @Test
    void signposting_asks_for_the_agency_no_further_action_a_reason_a_duplicate_the_other_enquiry_and_re_routing_a_spoke() {
        assertEquals(Needs.AGENCY_NAME, TriageOutcome.SIGNPOST.needs());
        assertEquals(Needs.REASON, TriageOutcome.NO_FURTHER_ACTION.needs());
        assertEquals(Needs.OTHER_ENQUIRY, TriageOutcome.DUPLICATE.needs());
        assertEquals(Needs.OTHER_SPOKE, TriageOutcome.REROUTE.needs());
        for (TriageOutcome o : EnumSet.of(TriageOutcome.INVITE_TO_EVENT, TriageOutcome.ARRANGE_VISIT,
                TriageOutcome.INVITE_TO_REGISTER)) {
            assertEquals(Needs.NOTHING, o.needs(), o.name() + " asks for nothing more");
        }
    }
}
