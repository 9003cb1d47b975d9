package uk.frontdoor.core.work;

/**
 * What a support worker decides about a support request. Advice, signposting, a referral to the council
 * and closing end the item; an assessment of support needs keeps it open (with a worker allocated) until
 * one of those follows. An item being assessed is not assessed again.
 */
public enum SupportOutcome {
    ADVICE_GIVEN(WorkItemStatus.ADVICE_GIVEN, Needs.ADVICE),
    SIGNPOSTED(WorkItemStatus.SIGNPOSTED, Needs.AGENCY_NAME),
    ASSESSMENT(WorkItemStatus.ASSESSING, Needs.WORKER_DATE_AND_PLAN),
    REFERRED_TO_COUNCIL(WorkItemStatus.REFERRED_TO_COUNCIL, Needs.WHEN_AND_TO_WHOM),
    CLOSED(WorkItemStatus.CLOSED, Needs.REASON);

    /** What else a person must say to record the outcome. */
    public enum Needs { ADVICE, AGENCY_NAME, WORKER_DATE_AND_PLAN, WHEN_AND_TO_WHOM, REASON }

    private final WorkItemStatus resultingStatus;
    private final Needs needs;

    SupportOutcome(WorkItemStatus resultingStatus, Needs needs) {
        this.resultingStatus = resultingStatus;
        this.needs = needs;
    }

    public WorkItemStatus resultingStatus() {
        return resultingStatus;
    }

    public Needs needs() {
        return needs;
    }

    /** Open items take any support outcome, except that an item already being assessed is not assessed again. */
    public boolean allowedFrom(WorkItemStatus status) {
        return status.isOpen() && !(status == WorkItemStatus.ASSESSING && this == ASSESSMENT);
    }
}
