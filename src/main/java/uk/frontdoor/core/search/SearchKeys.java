package uk.frontdoor.core.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a search's typed text could be, each in the one form its column is compared in (V56): a phone number's digits
 * with +44 read as 0, a postcode in capitals without its space, a name's words as FULLTEXT prefixes. Pure.
 */
final class SearchKeys {
    private static final Pattern PHONE = Pattern.compile("[0-9 +()\\-.]+");
    private static final Pattern POSTCODE = Pattern.compile("[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9][A-Z]{2}");
    /** InnoDB's shortest indexed word: shorter words of a name are not searched by. */
    static final int SHORTEST_WORD = 3;

    private SearchKeys() {
    }

    /** The digits of a phone number, {@code +44} or {@code 44} read as {@code 0}: as V56's {@code phone_key}. */
    static Optional<String> phone(String typed) {
        if (!PHONE.matcher(typed).matches()) {
            return Optional.empty();
        }
        String digits = typed.replaceAll("[^0-9]", "").replaceFirst("^440?", "0");
        return digits.length() >= 6 && digits.length() <= 15 ? Optional.of(digits) : Optional.empty();
    }

    /** A whole UK postcode, in capitals without its space: as V56's {@code postcode_key}. */
    static Optional<String> postcode(String typed) {
        String compact = typed.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        return POSTCODE.matcher(compact).matches() ? Optional.of(compact.replace(" ", "")) : Optional.empty();
    }

    /**
     * A name as a FULLTEXT boolean query: every word of three letters or more must begin a word of the name
     * ({@code +jo* +smi*}); empty when no word is long enough. Operators typed are dropped.
     */
    static Optional<String> name(String typed) {
        List<String> words = new ArrayList<>();
        for (String word : typed.split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= SHORTEST_WORD) {
                words.add("+" + word + "*");
            }
        }
        return words.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", words));
    }
}
