package uk.frontdoor.core.applicant;

import java.time.LocalDate;
import uk.frontdoor.core.work.WorkItemStatus;

/**
 * A request for adoption support as the person who made it sees it: where it stands and which team has it, and
 * the council that will help when the responsible council is outside the region (null when it is in the region).
 */
public record MyRequest(String reference, LocalDate submittedOn, WorkItemStatus status, String teamName,
                        String outsideRegionCouncil) {
}
