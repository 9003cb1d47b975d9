package uk.frontdoor.core.work;

import java.time.LocalDateTime;
import uk.frontdoor.core.action.Wording;

/**
 * One line of a work item's history. {@code detail} is what a person typed (or, in lines written before V40, words
 * composed when it was written); {@code wording}, when there is one, is what the page says beside the line.
 */
public record WorkItemEvent(LocalDateTime at, String staffName, String eventType, WorkItemStatus fromStatus,
                            WorkItemStatus toStatus, String detail, Wording wording) {
}
