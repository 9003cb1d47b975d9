package uk.frontdoor.core.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.action.Problem;

class NewContactTest {

    @Test
    void a_contact_needs_a_channel_and_a_summary_of_at_most_4000_characters() {
        assertEquals(List.of(new Problem("channel", "staff.contact.error.channelMissing"),
                new Problem("summary", "staff.contact.error.summaryMissing")), new NewContact(null, "").problems());
        assertEquals(List.of(new Problem("summary", "staff.contact.error.summaryTooLong")),
                new NewContact(ContactChannel.LETTER, "é".repeat(4001)).problems());
        assertTrue(new NewContact(ContactChannel.MEETING, "😀".repeat(4000)).problems().isEmpty(),
                "counted in characters, not UTF-16 units");
    }
}
