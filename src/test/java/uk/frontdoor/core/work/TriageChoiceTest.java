package uk.frontdoor.core.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.action.Problem;

/** What a triage outcome needs said before anything is written (the database's checks are in TriageTest). */
class TriageChoiceTest {
    private static final String OWN = "ENQ-7K3M-9QW4-B";

    private static Map<String, String> problems(TriageOutcome outcome, String agency, String reason, String other) {
        List<Problem> problems = new TriageChoice(outcome, agency, reason, other, null).problems(OWN);
        return problems.stream().collect(Collectors.toMap(Problem::field, Problem::messageKey));
    }

    @Test
    void an_outcome_must_be_chosen() {
        assertEquals(Map.of("outcome", "staff.outcome.error.missing"), problems(null, "", "", ""));
        assertTrue(problems(TriageOutcome.INVITE_TO_EVENT, "", "", "").isEmpty());
        assertTrue(problems(TriageOutcome.REROUTE, "", "", "").isEmpty(), "the team is checked against the routing");
    }

    @Test
    void signposting_needs_the_agency_and_no_further_action_needs_a_reason() {
        assertEquals(Map.of("agency", "staff.outcome.error.agencyMissing"), problems(TriageOutcome.SIGNPOST, "  ", "", ""));
        assertEquals(Map.of("agency", "staff.outcome.error.agencyTooLong"),
                problems(TriageOutcome.SIGNPOST, "a".repeat(201), "", ""));
        assertEquals(Map.of("reason", "staff.outcome.error.reasonMissing"), problems(TriageOutcome.NO_FURTHER_ACTION, "", "", ""));
        assertEquals(Map.of("reason", "staff.outcome.error.reasonTooLong"),
                problems(TriageOutcome.NO_FURTHER_ACTION, "", "r".repeat(1001), ""));
        assertTrue(problems(TriageOutcome.NO_FURTHER_ACTION, "", "Moved out of the area", "").isEmpty());
        assertTrue(problems(TriageOutcome.INVITE_TO_EVENT, "", "", "").isEmpty(),
                "details other outcomes do not need are not asked for");
    }

    @Test
    void a_duplicate_needs_a_well_formed_reference_of_another_enquiry() {
        assertEquals(Map.of("otherReference", "staff.outcome.error.referenceMissing"),
                problems(TriageOutcome.DUPLICATE, "", "", ""));
        assertEquals(Map.of("otherReference", "staff.outcome.error.referenceInvalid"),
                problems(TriageOutcome.DUPLICATE, "", "", "ENQ-7K3M-9QW4-3"), "wrong check character");
        assertEquals(Map.of("otherReference", "staff.outcome.error.referenceOwn"),
                problems(TriageOutcome.DUPLICATE, "", "", "enq-7k3m-9qw4-b"));
    }

    @Test
    void the_history_keeps_what_the_outcome_needed_in_the_persons_own_words() {
        assertEquals("Citizens Advice", new TriageChoice(TriageOutcome.SIGNPOST, " Citizens Advice ", "", "", null).detail());
        assertEquals(OWN, new TriageChoice(TriageOutcome.DUPLICATE, "", "", "enq-7k3m-9qw4-b", null).detail());
        assertNull(new TriageChoice(TriageOutcome.ARRANGE_VISIT, "", "ignored", "", null).detail());
    }
}
