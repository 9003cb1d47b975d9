package uk.frontdoor.core.work;

import java.time.LocalDateTime;

/** One line of a work item's history. */
public record WorkItemEvent(LocalDateTime at, String staffName, String eventType, WorkItemStatus fromStatus,
                            WorkItemStatus toStatus, String detail) {
}
