package uk.frontdoor.core.enquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnquiryAnswersTest {

    @Test
    void a_draft_is_stored_and_read_back_exactly_including_awkward_characters() {
        EnquiryAnswers draft = EnquiryAnswers.empty()
                .with(EnquiryStep.YOUR_NAME, EnquiryAnswers.of(Map.of("fullName", List.of("Zoë O’Brien & co=1%"))))
                .with(EnquiryStep.HOW_TO_CONTACT, EnquiryAnswers.of(Map.of("contactMethod", List.of("email"),
                        "contactTimes", List.of("weekends", "weekday-evenings"))))
                .skip(EnquiryStep.EQUALITY);
        EnquiryAnswers read = EnquiryAnswers.decode(draft.encode());
        assertEquals(draft, read);
        assertEquals("Zoë O’Brien & co=1%", read.get("fullName"));
        assertEquals(List.of("weekends", "weekday-evenings"), read.all("contactTimes"));
        assertTrue(read.isAnswered(EnquiryStep.EQUALITY));
        assertFalse(read.isAnswered(EnquiryStep.CHILDREN));
    }

    @Test
    void an_empty_draft_reads_as_empty() {
        assertEquals(EnquiryAnswers.empty(), EnquiryAnswers.decode(""));
        assertEquals("", EnquiryAnswers.decode(null).get("fullName"));
    }

    @Test
    void answering_a_page_again_replaces_only_that_pages_answers() {
        EnquiryAnswers draft = EnquiryAnswers.empty()
                .with(EnquiryStep.YOUR_NAME, EnquiryAnswers.of(Map.of("fullName", List.of("Ada"))))
                .with(EnquiryStep.INTERESTS, EnquiryAnswers.of(Map.of("interests", List.of("stepchild"))))
                .with(EnquiryStep.YOUR_NAME, EnquiryAnswers.of(Map.of("fullName", List.of("Ada Lovelace"))));
        assertEquals("Ada Lovelace", draft.get("fullName"));
        assertEquals(List.of("stepchild"), draft.all("interests"));
    }

    @Test
    void its_text_form_never_shows_the_answers() {
        EnquiryAnswers draft = EnquiryAnswers.of(Map.of("fullName", List.of("Ada Lovelace")));
        assertFalse(draft.toString().contains("Ada"));
    }
}
