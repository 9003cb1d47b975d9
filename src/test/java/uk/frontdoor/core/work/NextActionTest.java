package uk.frontdoor.core.work;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.audit.Subject;

/** What the top of a work item's page tells the caseworker to do next, from where the item stands. */
class NextActionTest {
    private static WorkItem item(WorkKind kind, WorkItemStatus status, Long assignedTo, LocalDateTime firstResponse) {
        return new WorkItem(1, kind, 2, Subject.ENQUIRY, 3, "ENQ-TEST", "Enquiry", status, LocalDate.of(2027, 1, 18),
                assignedTo, assignedTo == null ? null : "Sam", 0, LocalDateTime.of(2027, 1, 4, 9, 0), firstResponse, null);
    }

    @Test
    void an_open_item_is_assigned_then_contacted_then_worked_until_its_outcome() {
        LocalDateTime called = LocalDateTime.of(2027, 1, 5, 10, 0);
        assertEquals(Optional.of(NextAction.ASSIGN), NextAction.of(item(WorkKind.ENQUIRY, WorkItemStatus.NEW, null, null)));
        assertEquals(Optional.of(NextAction.ASSIGN), NextAction.of(item(WorkKind.ENQUIRY, WorkItemStatus.IN_PROGRESS, null, called)),
                "returned to the queue: someone must take it again");
        assertEquals(Optional.of(NextAction.FIRST_CONTACT), NextAction.of(item(WorkKind.ENQUIRY, WorkItemStatus.NEW, 7L, null)));
        assertEquals(Optional.of(NextAction.RECORD_OUTCOME), NextAction.of(item(WorkKind.ENQUIRY, WorkItemStatus.IN_PROGRESS, 7L, called)));
        assertEquals(Optional.of(NextAction.DECIDE), NextAction.of(item(WorkKind.REGISTRATION_DECISION, WorkItemStatus.NEW, 7L, null)));
    }

    @Test
    void a_closed_item_has_nothing_next() {
        assertEquals(Optional.empty(), NextAction.of(item(WorkKind.ENQUIRY, WorkItemStatus.DUPLICATE, 7L, LocalDateTime.of(2027, 1, 5, 10, 0))));
        assertEquals(Optional.empty(), NextAction.of(item(WorkKind.REGISTRATION_DECISION, WorkItemStatus.REGISTRATION_ACCEPTED, 7L, null)));
    }
}
