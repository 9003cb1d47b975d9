package uk.frontdoor.core.enquiry;

import java.time.LocalDate;
import uk.frontdoor.core.questions.SentForm;

/** What a person is told once their enquiry is sent: its reference and the day we will contact them by. */
public record Receipt(long enquiryId, String reference, LocalDate respondBy) implements SentForm {
    @Override
    public long id() {
        return enquiryId;
    }
}
