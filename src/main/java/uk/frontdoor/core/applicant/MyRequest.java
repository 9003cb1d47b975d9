package uk.frontdoor.core.applicant;

import java.time.LocalDate;
import uk.frontdoor.core.work.WorkItemStatus;

/** A request for adoption support as the person who made it sees it: where it stands and which team has it. */
public record MyRequest(String reference, LocalDate submittedOn, WorkItemStatus status, String teamName) {
}
