package uk.frontdoor.core.work;

/** What a recruitment officer decides about an enquiry. Some outcomes need more said about them. */
public enum TriageOutcome {
    INVITE_TO_EVENT(WorkItemStatus.EVENT_INVITED, false),
    ARRANGE_VISIT(WorkItemStatus.VISIT_ARRANGED, false),
    INVITE_TO_REGISTER(WorkItemStatus.REGISTRATION_INVITED, false),
    SIGNPOST(WorkItemStatus.SIGNPOSTED, true),
    NO_FURTHER_ACTION(WorkItemStatus.NO_FURTHER_ACTION, true),
    DUPLICATE(WorkItemStatus.DUPLICATE, false),
    REROUTE(WorkItemStatus.REROUTED, false);

    private final WorkItemStatus resultingStatus;
    private final boolean needsDetail;

    TriageOutcome(WorkItemStatus resultingStatus, boolean needsDetail) {
        this.resultingStatus = resultingStatus;
        this.needsDetail = needsDetail;
    }

    public WorkItemStatus resultingStatus() {
        return resultingStatus;
    }

    /** Signposting names the agency; no further action gives the reason. */
    public boolean needsDetail() {
        return needsDetail;
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
