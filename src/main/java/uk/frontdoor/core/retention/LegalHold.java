package uk.frontdoor.core.retention;

/**
 * Why a record whose time is up is kept all the same: the law or a case still needs it. A held record is never
 * anonymised or deleted, by the daily run or on request, and the preview counts each reason.
 */
public enum LegalHold {
    /** The person is an approved adopter: their records go with a child's adoption case record (100 years). */
    APPROVED_ADOPTER,
    /** The person has an assessment in progress (a journey not yet ended, paused included). */
    OPEN_ASSESSMENT,
    /** A support request with an Adoption Support Fund application: part of a child's adoption support case. */
    CHILDS_ADOPTION
}
