package uk.frontdoor.core.staff;

import java.time.LocalDateTime;

/** The answer to a sign-in attempt. The web layer shows the same words for a wrong email or password. */
public sealed interface SignInResult {
    record SignedIn(StaffMember staff) implements SignInResult { }
    record Refused() implements SignInResult { }
    record Locked(LocalDateTime until) implements SignInResult { }
}
