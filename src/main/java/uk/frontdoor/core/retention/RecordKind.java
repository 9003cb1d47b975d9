package uk.frontdoor.core.retention;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of record the retention schedule covers, each with the moment its use ends (from which its period counts)
 * and the actions it may be given. Stored by name in {@code retention_rule.record_kind}; add new ones at the end.
 * Journeys can only be anonymised: the funnel's figures are counted from their rows.
 */
public enum RecordKind {
    /** An enquiry whose outcome was no further action (or a duplicate): from the day it was closed. */
    ENQUIRY_NO_FURTHER_ACTION(EnumSet.of(RetentionAction.ANONYMISE, RetentionAction.DELETE)),
    /** An enquiry signposted to another agency: from the day it was closed. */
    ENQUIRY_SIGNPOSTED(EnumSet.of(RetentionAction.ANONYMISE, RetentionAction.DELETE)),
    /** A registration of interest that was declined, with its journey: from the decision. */
    REGISTRATION_DECLINED(EnumSet.of(RetentionAction.ANONYMISE)),
    /** The journey of someone who withdrew or was found not suitable: from that day. */
    JOURNEY_ENDED(EnumSet.of(RetentionAction.ANONYMISE)),
    /** A support request once closed (advice, signposting, referral or closing): from the day it was closed. */
    SUPPORT_REQUEST_CLOSED(EnumSet.of(RetentionAction.ANONYMISE, RetentionAction.DELETE)),
    /** An information event booking or waiting-list place: from the end of the event. */
    EVENT_BOOKING(EnumSet.of(RetentionAction.ANONYMISE, RetentionAction.DELETE)),
    /** An email sent (or given up on): from when it was written. */
    OUTBOX_EMAIL(EnumSet.of(RetentionAction.DELETE)),
    /** Sign-in links and booking management links: from when they expired (a booking's at the end of its event). */
    TOKEN(EnumSet.of(RetentionAction.DELETE)),
    /** Answers saved in a form but never sent: from when they were last changed. */
    DRAFT(EnumSet.of(RetentionAction.DELETE)),
    /** An audit log entry, once sealed: from when it was written; removed from the start of the chain only (ADR 43). */
    AUDIT_ENTRY(EnumSet.of(RetentionAction.DELETE));

    private final Set<RetentionAction> actions;

    RecordKind(Set<RetentionAction> actions) {
        this.actions = actions;
    }

    /** The actions this kind may be given. */
    public Set<RetentionAction> actions() {
        return actions;
    }
}
