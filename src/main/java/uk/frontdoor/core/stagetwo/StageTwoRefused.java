package uk.frontdoor.core.stagetwo;

import uk.frontdoor.core.action.Problem;

/** A Stage Two step that the rules refuse: the field it is about and the message key that says why. */
public class StageTwoRefused extends RuntimeException {
    private final Problem problem;

    public StageTwoRefused(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.problem = new Problem(field, messageKey);
    }

    public Problem problem() {
        return problem;
    }
}
