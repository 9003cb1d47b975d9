package uk.frontdoor.core.support;

import java.time.LocalDate;

/** What a person is told once their support request is sent: its reference and when we will contact them by. */
public record SupportReceipt(long requestId, String reference, LocalDate respondBy) {
}
