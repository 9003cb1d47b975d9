package uk.frontdoor.staff.workitem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.work.ContactChannel;
import uk.frontdoor.core.work.TriageOutcome;
import uk.frontdoor.web.form.FormData;

/** The item page's forms read what was sent into typed values; the rules they must keep are core's. */
class ItemFormsTest {

    private static FormData form(String... pairs) {
        java.util.Map<String, List<String>> fields = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], List.of(pairs[i + 1]));
        }
        return new FormData(fields);
    }

    @Test
    void an_outcome_or_channel_not_in_the_list_is_none() {
        assertNull(OutcomeForm.read(form("outcome", "PROMOTE")).choice().outcome());
        assertEquals(TriageOutcome.ARRANGE_VISIT, OutcomeForm.read(form("outcome", "ARRANGE_VISIT")).choice().outcome());
        assertNull(ContactForm.read(form("channel", "PIGEON")).contact().channel());
        assertEquals(ContactChannel.MEETING, ContactForm.read(form("channel", "MEETING")).contact().channel());
    }

    @Test
    void a_reference_is_read_in_its_one_written_form_and_shown_again_so() {
        OutcomeForm read = OutcomeForm.read(form("outcome", "DUPLICATE", "otherReference", "enq-7k3m-9qw4-b"));
        assertEquals("ENQ-7K3M-9QW4-B", read.choice().otherReference());
        assertEquals("ENQ-7K3M-9QW4-B", read.answers().otherReference());
    }

    @Test
    void a_missing_or_garbled_version_counts_as_out_of_date() {
        assertEquals(-1, OutcomeForm.read(form("outcome", "ARRANGE_VISIT")).version());
        assertEquals(-1, OutcomeForm.read(form("version", "seven")).version());
        assertEquals(7, OutcomeForm.read(form("version", "7")).version());
    }
}
