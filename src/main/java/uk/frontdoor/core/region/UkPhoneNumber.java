package uk.frontdoor.core.region;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one rule for a UK phone number that the region gives the public (the agency's own, each council's children's
 * services): given, written as people write one, 10 or 11 digits starting 0 (or +44 and 9 or 10 more), and not one of
 * Ofcom's drama-range numbers (020 7946 0xxx), which the seeds use as placeholders and which reach nobody.
 */
public final class UkPhoneNumber {
    /** Ofcom's London drama range, 020 7946 0000 to 0999. */
    private static final String DRAMA_RANGE = "02079460";
    /** Digits, spaces, brackets and hyphens, optionally starting +. */
    private static final Pattern WRITTEN = Pattern.compile("\\+?[0-9 ()\\-]+");

    private UkPhoneNumber() {
    }

    /** What can be wrong with a typed number; {@link #code()} ends its message key. */
    public enum Problem {
        MISSING("required"),
        FORMAT("format"),
        PLACEHOLDER("placeholder");

        private final String code;

        Problem(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** True for a missing number or one from the drama range. */
    public static boolean isPlaceholder(String phone) {
        return phone == null || phone.isBlank() || digits(phone).startsWith(DRAMA_RANGE);
    }

    /** What is wrong with {@code phone}, or empty when it is a real UK number. */
    public static Optional<Problem> problem(String phone) {
        if (phone == null || phone.isBlank()) {
            return Optional.of(Problem.MISSING);
        }
        String national = nationalDigits(phone);
        if (!WRITTEN.matcher(phone.strip()).matches() || national == null || !national.startsWith("0")
                || national.length() < 10 || national.length() > 11) {
            return Optional.of(Problem.FORMAT);
        }
        if (national.startsWith(DRAMA_RANGE)) {
            return Optional.of(Problem.PLACEHOLDER);
        }
        return Optional.empty();
    }

    /** The number in national form (0…), or null when it starts with a country code other than 44. */
    private static String nationalDigits(String phone) {
        String d = digits(phone);
        if (phone.strip().startsWith("+")) {
            return d.startsWith("44") ? "0" + d.substring(2) : null;
        }
        return d;
    }

    private static String digits(String phone) {
        return phone.replaceAll("[^0-9]", "");
    }
}
