package uk.frontdoor.core.support;

import java.time.LocalDate;
import uk.frontdoor.core.questions.SentForm;

/**
 * What a person is told once their support request is sent: its reference, when we will contact them by, and
 * whether they said it is safe to leave them a message (if not, we sent them no email: the page says so).
 */
public record SupportReceipt(long requestId, String reference, LocalDate respondBy, boolean safeToLeaveMessage)
        implements SentForm {
    @Override
    public long id() {
        return requestId;
    }
}
