package uk.frontdoor.core.work;

/** What a recruitment officer decides about an enquiry. Some outcomes need more said about them. */
public enum TriageOutcome {
    INVITE_TO_EVENT(WorkItemStatus.EVENT_INVITED),
    ARRANGE_VISIT(WorkItemStatus.VISIT_ARRANGED),
    INVITE_TO_REGISTER(WorkItemStatus.REGISTRATION_INVITED),
    SIGNPOST(WorkItemStatus.SIGNPOSTED),
    NO_FURTHER_ACTION(WorkItemStatus.NO_FURTHER_ACTION),
    DUPLICATE(WorkItemStatus.DUPLICATE),
    REROUTE(WorkItemStatus.REROUTED);

    private final WorkItemStatus resultingStatus;

    TriageOutcome(WorkItemStatus resultingStatus) {
        this.resultingStatus = resultingStatus;
    }

    public WorkItemStatus resultingStatus() {
        return resultingStatus;
    }

    /** What else a person must say to record this outcome. */
    public enum Needs { NOTHING, AGENCY_NAME, REASON, OTHER_ENQUIRY, OTHER_SPOKE }

    public Needs needs() {
        return switch (this) {
            case SIGNPOST -> Needs.AGENCY_NAME;
            case NO_FURTHER_ACTION -> Needs.REASON;
            case DUPLICATE -> Needs.OTHER_ENQUIRY;
            case REROUTE -> Needs.OTHER_SPOKE;
            default -> Needs.NOTHING;
        };
    }
}
