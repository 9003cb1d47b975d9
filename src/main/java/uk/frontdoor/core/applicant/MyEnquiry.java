package uk.frontdoor.core.applicant;

import java.time.LocalDate;
import uk.frontdoor.core.work.WorkItemStatus;

/** An enquiry as its own author sees it: no staff notes, only where it stands and who will contact them. */
public record MyEnquiry(String reference, LocalDate submittedOn, WorkItemStatus status, String teamName,
                        LocalDate respondBy) {
}
