package uk.frontdoor.core.events;

import uk.frontdoor.core.identity.EmailAddress;

/**
 * Who is booking (or waiting): their name and address as they gave them (the address in canonical form, ADR 0029),
 * and the applicant account they are signed in with, if any.
 */
public record Booker(String fullName, EmailAddress email, int attending, String accessNeeds, Long applicantId) {
}
