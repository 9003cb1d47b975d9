package uk.frontdoor.core.retention;

/** What the retention run does to a record whose time is up. Stored by name in {@code retention_rule.action}. */
public enum RetentionAction {
    /** The record's rows are deleted. */
    DELETE,
    /**
     * Everything that identifies a person (names, addresses, phone numbers, free text, answers) is blanked; the
     * categories and dates that reports count (borough, how they heard, outcomes, equality answers, attendance) stay.
     */
    ANONYMISE
}
