package uk.frontdoor.core.reference;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reference numbers people read out on the phone: a prefix, eight random characters from an alphabet
 * with no look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, U/V, X/Y), and a check character that catches any single
 * mistyped character and any swap of two neighbours (a weighted sum modulo 23, the alphabet's size, which is
 * prime). Random, so they cannot be guessed as a sequence.
 */
public final class ReferenceNumbers {
    /** How many references are drawn for one record before giving up: a clash is rare, five in a row is a fault. */
    public static final int ATTEMPTS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(ReferenceNumbers.class);
    static final String ALPHABET = "346789ABCDEFGHJKMNPQRTW"; // 23 characters: a prime, for the check
    private static final int BODY_LENGTH = 8;
    private final RandomGenerator random;

    public ReferenceNumbers() {
        this(new SecureRandom());
    }

    public ReferenceNumbers(RandomGenerator random) {
        this.random = random;
    }

    /** For example {@code ENQ-7K3M-9QW4-B}. */
    public String next(String prefix) {
        StringBuilder body = new StringBuilder(BODY_LENGTH);
        for (int i = 0; i < BODY_LENGTH; i++) {
            body.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return format(prefix, body.toString());
    }

    /** A record stored under a new reference: its id and the reference. */
    public record Numbered(long id, String reference) {
    }

    /**
     * Stores a record under a new reference: {@code insert} stores it with the reference given and returns its id;
     * when the reference is taken already (a unique key refuses it), another is drawn, {@value #ATTEMPTS} times at most.
     */
    public Numbered insertWithNew(String prefix, ToLongFunction<String> insert) {
        for (int attempt = 1; ; attempt++) {
            String candidate = next(prefix);
            try {
                return new Numbered(insert.applyAsLong(candidate), candidate);
            } catch (RuntimeException e) {
                if (!uk.frontdoor.platform.db.Sql.isDuplicateKey(e) || attempt >= ATTEMPTS) {
                    throw e;
                }
                LOG.warn("Reference {} is taken; drawing another (attempt {})", candidate, attempt);
            }
        }
    }

    static String format(String prefix, String body) {
        return prefix + "-" + body.substring(0, 4) + "-" + body.substring(4) + "-" + checkCharacter(body);
    }

    /** True when the reference is well formed and its check character matches. Case and spaces are forgiven. */
    public static boolean isValid(String reference) {
        String normalised = normalise(reference);
        String[] parts = normalised.split("-");
        if (parts.length != 4 || parts[3].length() != 1) {
            return false;
        }
        String body = parts[1] + parts[2];
        if (body.length() != BODY_LENGTH || !body.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return false;
        }
        return checkCharacter(body) == parts[3].charAt(0);
    }

    public static String normalise(String reference) {
        return reference == null ? "" : reference.trim().toUpperCase(Locale.ROOT).replace(" ", "");
    }

    /**
     * A reference as typed or read out ("enq 7k3m 9qw4 b", "ENQ7K3M9QW4B") in its stored form (ENQ-7K3M-9QW4-B); blank
     * or longer than any reference could be typed is none. Something that is not a reference is left normalised, so a
     * lookup finds nothing.
     */
    public static Optional<String> typed(String value) {
        if (value == null || value.isBlank() || value.length() > 40) {
            return Optional.empty();
        }
        String compact = normalise(value).replace("-", "");
        if (compact.length() != 12) {
            return Optional.of(normalise(value));
        }
        return Optional.of(compact.substring(0, 3) + "-" + compact.substring(3, 7) + "-" + compact.substring(7, 11)
                + "-" + compact.substring(11));
    }

    /** Sum of (position x value), positions weighted 1..8, modulo 23: all weights differ and are non-zero mod 23. */
    static char checkCharacter(String body) {
        int n = ALPHABET.length();
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += (i + 1) * ALPHABET.indexOf(body.charAt(i));
        }
        return ALPHABET.charAt(sum % n);
    }
}
