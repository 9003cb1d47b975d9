package uk.frontdoor.core.work;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a work item stands. Open statuses stay in the queue's default view and count towards its clock;
 * closed ones are final for this item (re-routing opens a new item in the other spoke's queue).
 */
public enum WorkItemStatus {
    NEW(true),
    IN_PROGRESS(true),
    EVENT_INVITED(true),
    VISIT_ARRANGED(true),
    REGISTRATION_INVITED(false),
    SIGNPOSTED(false),
    NO_FURTHER_ACTION(false),
    DUPLICATE(false),
    REROUTED(false),
    /** Support: an assessment of support needs is under way (a worker allocated, a date and a plan). */
    ASSESSING(true),
    /** Support: advice and information given. */
    ADVICE_GIVEN(false),
    /** Support: referred to the council (safeguarding), recorded with when and to whom. */
    REFERRED_TO_COUNCIL(false),
    /** Support: closed with a reason. */
    CLOSED(false),
    REGISTRATION_ACCEPTED(false),
    REGISTRATION_DECLINED(false);

    private final boolean open;

    WorkItemStatus(boolean open) {
        this.open = open;
    }

    public boolean isOpen() {
        return open;
    }

    public static Set<WorkItemStatus> openStatuses() {
        EnumSet<WorkItemStatus> set = EnumSet.noneOf(WorkItemStatus.class);
        for (WorkItemStatus s : values()) {
            if (s.open) {
                set.add(s);
            }
        }
        return set;
    }

    /** Logging a contact on a new item starts work on it; on any other status it changes nothing. */
    public WorkItemStatus afterContact() {
        return this == NEW ? IN_PROGRESS : this;
    }

    /** The status a support outcome leads to; see {@link SupportOutcome#allowedFrom}. */
    public WorkItemStatus after(SupportOutcome outcome) {
        if (!outcome.allowedFrom(this)) {
            throw new IllegalStateException("A " + this + " support request cannot be given the outcome " + outcome);
        }
        return outcome.resultingStatus();
    }

    /** The status an outcome leads to, or an exception when this item can no longer take outcomes. */
    public WorkItemStatus after(TriageOutcome outcome) {
        if (!open) {
            throw new IllegalStateException("A " + this + " item is closed: no further outcomes");
        }
        return outcome.resultingStatus();
    }
}
