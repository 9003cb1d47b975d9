package uk.frontdoor.core.support;

/** The council responsible for a support request, and the rule that made it so (shown to staff). */
public record Responsibility(Council council, Rule rule) {

    public enum Rule {
        /** No adoption order yet: the placing council is responsible for the child. */
        PLACING_COUNCIL_NO_ORDER_YET,
        /** Fewer than three years since the adoption order: still the placing council. */
        PLACING_COUNCIL_WITHIN_THREE_YEARS,
        /** Three years or more since the adoption order: the council where the family lives. */
        WHERE_THE_FAMILY_LIVES_AFTER_THREE_YEARS,
        /** An adopted adult or a birth relative: the council where they live. */
        WHERE_THEY_LIVE,
        /** An adopted adult or a birth relative living outside the region: where the adoption was made. */
        WHERE_THE_ADOPTION_WAS_MADE
    }

    /** The message key that explains the rule to staff. */
    public String ruleKey() {
        return "support.rule." + rule.name();
    }

    public boolean isOutsideTheRegion() {
        return !council.isInRegion();
    }
}
