package uk.frontdoor.core.identity;

import java.net.IDN;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An email address in its one canonical form (ADR 0029). An address is an identity: sign-in links, account
 * lookups and every email we send depend on it, so it is defined here once and compared byte for byte.
 *
 * <p>The canonical form: surrounding spaces trimmed; the part before the {@code @} kept exactly as typed
 * (letter case included: {@code Alice@} and {@code alice@} are different addresses to us); the domain converted
 * to its ASCII (IDNA) form and lower-cased. What we refuse, each with its own reason so the person can mend it:
 * <ul>
 *   <li>a hidden character anywhere (spaces inside, zero-width and direction marks, control characters): it
 *       cannot be seen, so nobody can check what they typed;</li>
 *   <li>a letter outside a to z, or any other non-ASCII character, before the {@code @}: mail servers and
 *       mail libraries treat such addresses differently (one library turned an accented letter into another
 *       mailbox), so we never send to one rather than send it somewhere else;</li>
 *   <li>a full stop at the end of the domain;</li>
 *   <li>anything else that is not {@code something@domain.tld}.</li>
 * </ul>
 * The canonical form is pure ASCII, so no database collation can fold two of them together.
 */
public final class EmailAddress {
    /** The longest address SMTP carries (RFC 5321's path of 256 less its angle brackets). */
    public static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_PART = 64;
    /** RFC 5322 dot-atom: atext characters, single dots between them. */
    private static final Pattern LOCAL_PART =
            Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    private final String value;

    private EmailAddress(String value) {
        this.value = value;
    }

    /** Why a typed address was refused; {@link #code()} names its message in a form's bundle. */
    public enum Problem {
        MISSING("required", false),
        TOO_LONG("tooLong", false),
        FORMAT("format", false),
        HIDDEN_CHARACTER("hiddenCharacter", true),
        NOT_ASCII_BEFORE_AT("notAsciiBeforeAt", true),
        DOT_AT_THE_END("dotAtTheEnd", true);

        private final String code;
        private final boolean shared;

        Problem(String code, boolean shared) {
            this.code = code;
            this.shared = shared;
        }

        public static Problem ofCode(String code) {
            return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst().orElseThrow();
        }

        /**
         * The message key of this problem for a field whose own keys start {@code prefix}: forms word "missing",
         * "too long" and "format" in their own bundles; the rest are worded alike everywhere ({@code emailAddress.*}).
         */
        public String messageKey(String prefix) {
            return shared ? "emailAddress." + code : prefix + "." + code;
        }

        public String code() {
            return code;
        }
    }

    /** What reading a typed address found: the canonical address, or why there is none. */
    public sealed interface Reading {
        record Valid(EmailAddress address) implements Reading { }

        record Invalid(Problem problem) implements Reading { }
    }

    /** Reads an address as a person typed it. */
    public static Reading read(String typed) {
        String trimmed = typed == null ? "" : typed.strip();
        if (trimmed.isEmpty()) {
            return new Reading.Invalid(Problem.MISSING);
        }
        if (trimmed.length() > 4 * MAX_LENGTH) {
            return new Reading.Invalid(Problem.TOO_LONG);
        }
        if (trimmed.codePoints().anyMatch(EmailAddress::isHidden)) {
            return new Reading.Invalid(Problem.HIDDEN_CHARACTER);
        }
        int at = trimmed.lastIndexOf('@');
        if (at <= 0 || at == trimmed.length() - 1 || trimmed.indexOf('@') != at) {
            return new Reading.Invalid(Problem.FORMAT);
        }
        String local = trimmed.substring(0, at);
        String domain = trimmed.substring(at + 1);
        if (local.chars().anyMatch(c -> c > 0x7F)) {
            return new Reading.Invalid(Problem.NOT_ASCII_BEFORE_AT);
        }
        if (local.length() > MAX_LOCAL_PART || !LOCAL_PART.matcher(local).matches()) {
            return new Reading.Invalid(Problem.FORMAT);
        }
        String ascii;
        try {
            ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notADomain) {
            return new Reading.Invalid(Problem.FORMAT);
        }
        if (ascii.endsWith(".")) {
            return new Reading.Invalid(Problem.DOT_AT_THE_END);
        }
        if (!isDomain(ascii)) {
            return new Reading.Invalid(Problem.FORMAT);
        }
        String canonical = local + "@" + ascii;
        if (canonical.length() > MAX_LENGTH) {
            return new Reading.Invalid(Problem.TOO_LONG);
        }
        return new Reading.Valid(new EmailAddress(canonical));
    }

    /** The canonical form of what was typed, or empty when it is not an address we accept. */
    public static Optional<EmailAddress> canonical(String typed) {
        return read(typed) instanceof Reading.Valid valid ? Optional.of(valid.address()) : Optional.empty();
    }

    /**
     * True when a stored value is an address in canonical form: the only kind the portal sends email to (rows
     * written before canonical forms existed may hold something else, and are never sent to).
     */
    public static boolean isCanonical(String stored) {
        return stored != null && canonical(stored).map(a -> a.value.equals(stored)).orElse(false);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EmailAddress that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }

    private static boolean isDomain(String ascii) {
        if (ascii.length() > 253) {
            return false;
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        String top = labels[labels.length - 1];
        return !top.chars().allMatch(Character::isDigit);
    }

    /** Characters a person cannot see: spaces, controls, format marks (zero-width, direction) and fillers. */
    static boolean isHidden(int c) {
        int type = Character.getType(c);
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || type == Character.SURROGATE
                || c == 0x034F // combining grapheme joiner
                || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF) // variation selectors
                || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 // Hangul fillers
                || c == 0x2800; // braille blank
    }
}
