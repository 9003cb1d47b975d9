package uk.frontdoor.core.staff.signon;

import java.util.Map;
import java.util.Optional;

/**
 * Who the provider says signed in, from an ID token that passed every check. The subject is the stable id to link an
 * account by: Entra's object id ({@code oid}) when the token has one, since it is the same for the person in every
 * app of the tenant and survives a new app registration (Entra's {@code sub} is different per app), otherwise the
 * standard {@code sub}. The email counts for the first link only when the token vouches for it (ADR 0027):
 * {@code email_verified} true, or Entra's {@code xms_edov} (the email's domain is verified by its owner) true.
 */
record ProviderIdentity(String issuer, String subject, Optional<String> verifiedEmail, Optional<String> unverifiedEmail) {
    static final int MAX_SUBJECT = 255;

    static Optional<ProviderIdentity> from(String issuer, Map<String, Object> claims) {
        String subject = text(claims.get("oid")).orElseGet(() -> text(claims.get("sub")).orElse(""));
        if (!usable(subject)) {
            return Optional.empty();
        }
        Optional<String> email = text(claims.get("email"));
        boolean vouched = isTrue(claims.get("email_verified")) || isTrue(claims.get("xms_edov"));
        return Optional.of(new ProviderIdentity(issuer, subject, vouched ? email : Optional.empty(),
                vouched ? Optional.empty() : email));
    }

    /** Subjects are at most 255 ASCII characters (OpenID Connect Core 2); anything else is not one. */
    private static boolean usable(String subject) {
        if (subject.isEmpty() || subject.length() > MAX_SUBJECT) {
            return false;
        }
        return subject.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    private static Optional<String> text(Object value) {
        return value instanceof String s && !s.isBlank() ? Optional.of(s.trim()) : Optional.empty();
    }

    /** A JSON true; some providers send the string "true" or "1" (Entra's optional claims have done both). */
    private static boolean isTrue(Object value) {
        return Boolean.TRUE.equals(value) || "true".equals(value) || "1".equals(value)
                || (value instanceof Number n && n.intValue() == 1);
    }

    /** For logs and audit rows: which identity, never the token. */
    String describe() {
        return "subject " + subject + " at " + issuer;
    }
}
