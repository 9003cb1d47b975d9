package uk.frontdoor.staff;

import jakarta.inject.Singleton;
import uk.frontdoor.core.work.Deadline;
import uk.frontdoor.core.work.WorkItemStatus;

/** The tags a work item shows: its status, and how it stands against its due date. */
@Singleton
public class ItemTags {
    private final StaffWords words;

    public ItemTags(StaffWords words) {
        this.words = words;
    }

    public Tag status(WorkItemStatus status) {
        return new Tag(words.of(statusKey(status)), statusColour(status));
    }

    /** Null for a closed item: its clock has stopped. */
    public Tag due(Deadline deadline) {
        String key = dueKey(deadline);
        return key == null ? null : new Tag(words.of(key, deadline.workingDays()), dueColour(deadline));
    }

    public static String statusKey(WorkItemStatus status) {
        return "staff.status." + status.name();
    }

    static String statusColour(WorkItemStatus status) {
        return switch (status) {
            case NEW -> "blue";
            case IN_PROGRESS -> "light-blue";
            case EVENT_INVITED, VISIT_ARRANGED -> "turquoise";
            case REGISTRATION_INVITED, REGISTRATION_ACCEPTED -> "green";
            case ASSESSING -> "turquoise";
            case REFERRED_TO_COUNCIL -> "orange";
            case SIGNPOSTED, NO_FURTHER_ACTION, DUPLICATE, REROUTED, ADVICE_GIVEN, CLOSED, REGISTRATION_DECLINED -> "grey";
        };
    }

    /** "Overdue", "Due today", "Due in 1 working day", "Due in 3 working days". */
    static String dueKey(Deadline deadline) {
        return switch (deadline.state()) {
            case CLOSED -> null;
            case OVERDUE -> "staff.due.overdue";
            case DUE_TODAY -> "staff.due.today";
            case DUE_LATER -> deadline.workingDays() == 1 ? "staff.due.inOneDay" : "staff.due.inDays";
        };
    }

    static String dueColour(Deadline deadline) {
        return switch (deadline.state()) {
            case OVERDUE -> "red";
            case DUE_TODAY -> "orange";
            case DUE_LATER -> deadline.workingDays() <= 2 ? "yellow" : "grey";
            case CLOSED -> null;
        };
    }
}
