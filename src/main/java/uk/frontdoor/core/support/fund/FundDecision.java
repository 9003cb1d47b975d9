package uk.frontdoor.core.support.fund;

/** The Adoption and Special Guardianship Support Fund's decision on an application. */
public enum FundDecision {
    PENDING, APPROVED, REFUSED
}
