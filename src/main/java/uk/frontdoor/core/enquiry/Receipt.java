package uk.frontdoor.core.enquiry;

import java.time.LocalDate;
import uk.frontdoor.core.questions.SentForm;

/**
 * What a person is told once their enquiry is sent: its reference, the day we will contact them by, and the spoke
 * their council belongs to (so they can be shown that spoke's information events).
 */
public record Receipt(long enquiryId, String reference, LocalDate respondBy, String spokeCode) implements SentForm {
    @Override
    public long id() {
        return enquiryId;
    }
}
