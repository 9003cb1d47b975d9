package uk.frontdoor.core.applicant;

/** A member of the public who signs in with a link sent to their email address. */
public record Applicant(long id, String email) {
}
