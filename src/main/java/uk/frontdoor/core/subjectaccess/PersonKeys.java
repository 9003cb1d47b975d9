package uk.frontdoor.core.subjectaccess;

import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import uk.frontdoor.core.identity.EmailAddress;
import uk.frontdoor.platform.secret.AppSecrets;

/**
 * The opaque key in a subject access report's address (ADR 39): the person's canonical address and when the key ends,
 * encrypted and authenticated (AES-256-GCM) with a key every node shares, so that no address or name lands in an
 * access log or a browser's history, any node can open it, and it stops working after {@link #LIFETIME}. Nothing is
 * stored: an expired or altered key opens nothing.
 */
@Singleton
public class PersonKeys {
    /** Long enough to read, print and download a report; short enough that an old link found later opens nothing. */
    public static final Duration LIFETIME = Duration.ofHours(2);
    private static final String SECRET = "subject-access-key";
    private static final int NONCE = 12;
    private final AppSecrets secrets;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public PersonKeys(AppSecrets secrets, Clock clock) {
        this.secrets = secrets;
        this.clock = clock;
    }

    /** A key that opens the person of {@code email} until {@link #LIFETIME} from now. */
    public String of(EmailAddress email) {
        byte[] address = email.value().getBytes(StandardCharsets.US_ASCII);
        byte[] plain = ByteBuffer.allocate(Long.BYTES + address.length)
                .putLong(clock.instant().plus(LIFETIME).getEpochSecond()).put(address).array();
        byte[] nonce = new byte[NONCE];
        random.nextBytes(nonce);
        try {
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, nonce).doFinal(plain);
            byte[] out = ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
            return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** The person a key opens: empty when it is not one of ours, was altered, or has ended. */
    public Optional<EmailAddress> open(String key) {
        if (key == null || key.length() > 600) {
            return Optional.empty();
        }
        try {
            byte[] in = Base64.getUrlDecoder().decode(key);
            if (in.length <= NONCE + 16 + Long.BYTES) {
                return Optional.empty();
            }
            byte[] plain = cipher(Cipher.DECRYPT_MODE, java.util.Arrays.copyOf(in, NONCE))
                    .doFinal(in, NONCE, in.length - NONCE);
            ByteBuffer b = ByteBuffer.wrap(plain);
            if (!clock.instant().isBefore(Instant.ofEpochSecond(b.getLong()))) {
                return Optional.empty();
            }
            byte[] address = new byte[b.remaining()];
            b.get(address);
            return EmailAddress.canonical(new String(address, StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException | GeneralSecurityException notOurs) {
            return Optional.empty();
        }
    }

    private Cipher cipher(int mode, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(secrets.get(SECRET), "AES"), new GCMParameterSpec(128, nonce));
        return cipher;
    }
}
