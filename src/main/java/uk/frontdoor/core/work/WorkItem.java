package uk.frontdoor.core.work;

import java.time.LocalDate;
import java.time.LocalDateTime;

public record WorkItem(
        long id,
        WorkKind kind,
        long teamId,
        String subjectType,
        long subjectId,
        String reference,
        String title,
        WorkItemStatus status,
        LocalDate dueDate,
        Long assignedTo,
        String assigneeName,
        int version,
        LocalDateTime createdAt,
        LocalDateTime firstResponseAt,
        Long relatedItemId) {

    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && dueDate.isBefore(today);
    }

    public boolean isUnassigned() {
        return assignedTo == null;
    }
}
