package uk.frontdoor.staff.workitem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.work.ContactChannel;
import uk.frontdoor.core.work.TriageOutcome;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;

/** The item page's contact and outcome forms: what each needs before anything is written. */
class ItemFormsTest {
    private static final String OWN = "ENQ-7K3M-9QW4-B";

    private static FormData form(String... pairs) {
        java.util.Map<String, List<String>> fields = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], List.of(pairs[i + 1]));
        }
        return new FormData(fields);
    }

    private static Map<String, String> outcomeErrors(String... pairs) {
        return OutcomeForm.read(form(pairs)).check(OWN, new FormErrors()).asMap();
    }

    @Test
    void an_outcome_must_be_chosen_from_the_list() {
        assertEquals(Map.of("outcome", "staff.outcome.error.missing"), outcomeErrors());
        assertEquals(Map.of("outcome", "staff.outcome.error.missing"), outcomeErrors("outcome", "PROMOTE"));
        assertTrue(outcomeErrors("outcome", "INVITE_TO_EVENT").isEmpty());
        assertTrue(outcomeErrors("outcome", "REROUTE").isEmpty(), "the team is found by the controller");
    }

    @Test
    void signposting_needs_the_agency_and_no_further_action_needs_a_reason() {
        assertEquals(Map.of("agency", "staff.outcome.error.agencyMissing"), outcomeErrors("outcome", "SIGNPOST", "agency", "  "));
        assertEquals(Map.of("agency", "staff.outcome.error.agencyTooLong"), outcomeErrors("outcome", "SIGNPOST", "agency", "a".repeat(201)));
        assertEquals(Map.of("reason", "staff.outcome.error.reasonMissing"), outcomeErrors("outcome", "NO_FURTHER_ACTION"));
        assertTrue(outcomeErrors("outcome", "NO_FURTHER_ACTION", "reason", "Moved out of the area", "agency", "").isEmpty());
        assertTrue(outcomeErrors("outcome", "INVITE_TO_EVENT", "reason", "", "agency", "").isEmpty(),
                "details other outcomes do not need are not asked for");
    }

    @Test
    void a_duplicate_needs_a_well_formed_reference_of_another_enquiry() {
        assertEquals(Map.of("otherReference", "staff.outcome.error.referenceMissing"), outcomeErrors("outcome", "DUPLICATE"));
        assertEquals(Map.of("otherReference", "staff.outcome.error.referenceInvalid"),
                outcomeErrors("outcome", "DUPLICATE", "otherReference", "ENQ-7K3M-9QW4-3"), "wrong check character");
        assertEquals(Map.of("otherReference", "staff.outcome.error.referenceOwn"),
                outcomeErrors("outcome", "DUPLICATE", "otherReference", "enq-7k3m-9qw4-b"));
    }

    @Test
    void the_history_records_what_each_outcome_needed() {
        assertEquals("Citizens Advice", OutcomeForm.read(form("outcome", "SIGNPOST", "agency", " Citizens Advice ")).detail());
        assertEquals("ENQ-7K3M-9QW4-B", OutcomeForm.read(form("outcome", "DUPLICATE", "otherReference", "enq-7k3m 9qw4-b".replace(" ", "-"))).detail());
        assertEquals(null, OutcomeForm.read(form("outcome", "ARRANGE_VISIT", "reason", "ignored")).detail());
        assertEquals(TriageOutcome.ARRANGE_VISIT, OutcomeForm.read(form("outcome", "ARRANGE_VISIT")).outcome().orElseThrow());
    }

    @Test
    void a_missing_or_garbled_version_counts_as_out_of_date() {
        assertEquals(-1, OutcomeForm.read(form("outcome", "ARRANGE_VISIT")).version());
        assertEquals(-1, OutcomeForm.read(form("version", "seven")).version());
        assertEquals(7, OutcomeForm.read(form("version", "7")).version());
    }

    @Test
    void a_contact_needs_a_channel_and_a_summary_of_at_most_4000_characters() {
        assertEquals(Map.of("channel", "staff.contact.error.channelMissing", "summary", "staff.contact.error.summaryMissing"),
                ContactForm.read(form()).check(new FormErrors()).asMap());
        assertEquals(Map.of("summary", "staff.contact.error.summaryTooLong"),
                ContactForm.read(form("channel", "LETTER", "summary", "é".repeat(4001))).check(new FormErrors()).asMap());
        ContactForm ok = ContactForm.read(form("channel", "MEETING", "summary", "😀".repeat(4000)));
        assertTrue(ok.check(new FormErrors()).isEmpty(), "counted in characters, not UTF-16 units");
        assertEquals(ContactChannel.MEETING, ok.channel().orElseThrow());
    }
}
