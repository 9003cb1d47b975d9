package uk.frontdoor.core.staff.signon;

/** How a single sign-on ended. */
public sealed interface SignOnResult {
    /** Sign this member of staff in, then go to {@code next}. */
    record SignedIn(long staffId, String next) implements SignOnResult { }

    record Refused(Refusal refusal) implements SignOnResult { }

    /** The provider could not be reached or read: nobody can sign in with it just now. */
    record Unavailable() implements SignOnResult { }
}
