package uk.frontdoor.core.work;

import java.util.Optional;

/**
 * What a caseworker does next with an open work item, shown at the top of its page: the one rule, so the page and any
 * later list say the same. A closed item has none.
 */
public enum NextAction {
    /** No one has it: someone takes it (or is given it) before the first response is due. */
    ASSIGN,
    /** Someone has it and no one has been in touch yet: make the first contact and log it, by the due date. */
    FIRST_CONTACT,
    /** A registration of interest waits for the agency's decision. */
    DECIDE,
    /** In touch already: keep the contact log, and record the outcome when there is one. */
    RECORD_OUTCOME;

    public static Optional<NextAction> of(WorkItem item) {
        if (!item.status().isOpen()) {
            return Optional.empty();
        }
        if (item.isUnassigned()) {
            return Optional.of(ASSIGN);
        }
        if (item.kind() == WorkKind.REGISTRATION_DECISION) {
            return Optional.of(DECIDE);
        }
        return Optional.of(item.firstResponseAt() == null ? FIRST_CONTACT : RECORD_OUTCOME);
    }

    /** The message code of its words on the item page (which name the due date). */
    public String messageKey() {
        return "staff.item.next." + name();
    }
}
