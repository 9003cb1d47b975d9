package uk.frontdoor.core.events;

/** Who is booking (or waiting): as they typed it, and the applicant account they are signed in with, if any. */
public record Booker(String fullName, String email, int attending, String accessNeeds, Long applicantId) {
}
