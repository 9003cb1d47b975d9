package uk.frontdoor.core.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class SupportOutcomeTest {

    @Test
    void a_new_or_started_support_request_can_take_every_support_outcome() {
        for (WorkItemStatus s : EnumSet.of(WorkItemStatus.NEW, WorkItemStatus.IN_PROGRESS)) {
            for (SupportOutcome o : SupportOutcome.values()) {
                assertEquals(o.resultingStatus(), s.after(o), s + " then " + o);
            }
        }
    }

    @Test
    void an_assessment_keeps_the_request_open_and_everything_else_closes_it() {
        assertTrue(SupportOutcome.ASSESSMENT.resultingStatus().isOpen());
        for (SupportOutcome o : EnumSet.complementOf(EnumSet.of(SupportOutcome.ASSESSMENT))) {
            assertFalse(o.resultingStatus().isOpen(), o.name());
        }
    }

    @Test
    void a_request_being_assessed_can_be_referred_closed_or_signposted_but_not_assessed_again() {
        assertEquals(WorkItemStatus.REFERRED_TO_COUNCIL, WorkItemStatus.ASSESSING.after(SupportOutcome.REFERRED_TO_COUNCIL));
        assertEquals(WorkItemStatus.CLOSED, WorkItemStatus.ASSESSING.after(SupportOutcome.CLOSED));
        assertEquals(WorkItemStatus.SIGNPOSTED, WorkItemStatus.ASSESSING.after(SupportOutcome.SIGNPOSTED));
        assertThrows(IllegalStateException.class, () -> WorkItemStatus.ASSESSING.after(SupportOutcome.ASSESSMENT));
    }

    @Test
    void a_closed_request_takes_no_further_support_outcomes() {
        for (WorkItemStatus s : WorkItemStatus.values()) {
            if (!s.isOpen()) {
                for (SupportOutcome o : SupportOutcome.values()) {
                    assertThrows(IllegalStateException.class, () -> s.after(o), s + " then " + o);
                }
            }
        }
    }

    @Test
    void each_outcome_says_what_must_be_recorded_with_it() {
        assertEquals(SupportOutcome.Needs.WORKER_DATE_AND_PLAN, SupportOutcome.ASSESSMENT.needs());
        assertEquals(SupportOutcome.Needs.WHEN_AND_TO_WHOM, SupportOutcome.REFERRED_TO_COUNCIL.needs());
        assertEquals(SupportOutcome.Needs.AGENCY_NAME, SupportOutcome.SIGNPOSTED.needs());
        assertEquals(SupportOutcome.Needs.REASON, SupportOutcome.CLOSED.needs());
    }
}
