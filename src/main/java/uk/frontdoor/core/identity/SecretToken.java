package uk.frontdoor.core.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A bearer secret for a link we email (sign-in, set a password, manage a booking, take an offered place): 256 random
 * bits for the email, and the SHA-256 that is all the database keeps, so a copy of the database opens nothing.
 */
public record SecretToken(String token, String hash) {
    private static final SecureRandom RANDOM = new SecureRandom();

    public static SecretToken create() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new SecretToken(token, sha256(token));
    }

    /** The hash of a token from a link, or null for anything that cannot be one of ours. */
    public static String hashOf(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return null;
        }
        return sha256(token.trim());
    }

    /** The SHA-256 of a text, in hex: how every secret the database must not hold in the clear is kept. */
    public static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
