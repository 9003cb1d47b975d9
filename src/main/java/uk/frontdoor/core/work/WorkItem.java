package uk.frontdoor.core.work;

import java.time.LocalDate;
import java.time.LocalDateTime;
import uk.frontdoor.core.audit.Subject;

/** A piece of work in a team's queue, about one subject (an enquiry, a support request, a registration). */
public record WorkItem(
        long id,
        WorkKind kind,
        long teamId,
        Subject subjectType,
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
