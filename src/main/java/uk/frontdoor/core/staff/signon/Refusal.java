package uk.frontdoor.core.staff.signon;

/** Why a single sign-on did not sign anyone in. Each is audited with its detail, never with the token. */
public enum Refusal {
    /** The identity is not linked and no account has its verified email (or the token vouches for no email). */
    NO_ACCOUNT,
    /** The account the identity belongs to is deactivated. */
    DEACTIVATED,
    /** The ID token failed a check: signature, issuer, audience, expiry, nonce, or no usable subject. */
    BAD_TOKEN,
    /** The way back carried a state that no sign-on started here. */
    STATE_UNKNOWN,
    /** The state was used already. */
    STATE_REPLAYED,
    /** The sign-on was started more than 10 minutes ago. */
    STATE_EXPIRED,
    /** The sign-on was started in another browser. */
    OTHER_BROWSER,
    /** The provider answered with an error (the person cancelled, say), or would not exchange the code. */
    PROVIDER_ERROR;

    /** True when the person is known to the provider but may not use Front Door: the answer is a refusal (403). */
    public boolean isAboutTheAccount() {
        return this == NO_ACCOUNT || this == DEACTIVATED;
    }

    /** True when the sign-on itself went wrong and starting again may work (400). */
    public boolean isAboutTheAttempt() {
        return this == STATE_UNKNOWN || this == STATE_REPLAYED || this == STATE_EXPIRED || this == OTHER_BROWSER
                || this == PROVIDER_ERROR;
    }
}
