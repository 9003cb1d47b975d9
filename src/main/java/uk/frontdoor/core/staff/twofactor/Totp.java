package uk.frontdoor.core.staff.twofactor;

import java.security.GeneralSecurityException;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226): HMAC-SHA1, 30-second steps, six digits, which is what
 * every authenticator app (Microsoft and Google Authenticator, 1Password...) does by default. Pure: the step comes
 * from the clock the caller passes. Our own rather than a library: the algorithm is a dozen lines with published
 * test vectors (TotpTest), and the libraries for it are small and unmaintained (ADR 0031).
 */
public final class Totp {
    public static final int STEP_SECONDS = 30;
    public static final int DIGITS = 6;
    private static final int MODULUS = 1_000_000;

    private Totp() {
    }

    /** The 30-second step an instant falls in. */
    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The code for one step, as six digits with leading zeros. */
    public static String code(byte[] secret, long step) {
        return String.format("%0" + DIGITS + "d", truncate(hmac(secret, step)) % MODULUS);
    }

    /** The code for one step as RFC 4226 computes it before taking digits (for checking against the RFC's vectors). */
    static int truncate(byte[] hash) {
        int offset = hash[hash.length - 1] & 0x0F;
        return ((hash[offset] & 0x7F) << 24) | ((hash[offset + 1] & 0xFF) << 16)
                | ((hash[offset + 2] & 0xFF) << 8) | (hash[offset + 3] & 0xFF);
    }

    static byte[] hmac(byte[] secret, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            byte[] counter = new byte[8];
            for (int i = 7; i >= 0; i--) {
                counter[i] = (byte) (step & 0xFF);
                step >>= 8;
            }
            return mac.doFinal(counter);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Base 32, as an app takes it. */
    public static String encode(byte[] secret) {
        return Base32.encode(secret);
    }

    public static byte[] decode(String base32) {
        return Base32.decode(base32);
    }
}
