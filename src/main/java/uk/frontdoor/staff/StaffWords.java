package uk.frontdoor.staff;

import io.micronaut.context.MessageSource;
import jakarta.inject.Singleton;
import java.util.Locale;

/**
 * The staff pages' words, from the message bundles, for text that is put together in Java (history
 * lines, tags, the enquiry's answers) rather than in a template.
 */
@Singleton
public class StaffWords {
    private static final Locale LOCALE = Locale.UK;
    private final MessageSource messages;

    public StaffWords(MessageSource messages) {
        this.messages = messages;
    }

    public String of(String key, Object... args) {
        return messages.getMessage(key, LOCALE, args).orElse(key);
    }

    /**
     * The words for one of the enquiry form's codes ({@code staff.enquiryCode.<question>.<code>}); a code with
     * no words yet is shown readably rather than as a raw key.
     */
    public String code(String question, String code) {
        if (code == null || code.isBlank()) {
            return of("common.notGiven");
        }
        return messages.getMessage("staff.enquiryCode." + question + "." + code, LOCALE).orElseGet(() -> readable(code));
    }

    /** {@code older_children} reads "Older children". */
    static String readable(String code) {
        String spaced = code.replace('_', ' ').replace('-', ' ').trim().toLowerCase(Locale.ROOT);
        return spaced.isEmpty() ? code : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
