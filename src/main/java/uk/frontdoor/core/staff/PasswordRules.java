package uk.frontdoor.core.staff;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * What a staff password must be (ADR 0030): 12 to 200 characters, not the person's own name or email address, and
 * hard to guess as zxcvbn estimates it (score 3 or more of 0–4: about 10^8 guesses or more, so out of reach of
 * online guessing and costly offline against Argon2id). zxcvbn knows the passwords people use most, names, English
 * words, keyboard patterns, repeats, sequences, dates and l33t substitutions, and is kept up to date by others; rules
 * of our own ("a digit and a symbol") refuse good passphrases and let "Password1!" through.
 *
 * <p>Pure: no database, so the first administrator's password from the environment is checked by the same rules.
 */
public final class PasswordRules {
    /** Long enough to resist guessing; short enough to bound the hashing work. */
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;
    /** zxcvbn's score from 0 (too guessable) to 4 (very unguessable); 3 is "safely unguessable". */
    static final int MIN_SCORE = 3;
    /**
     * zxcvbn's work grows faster than the length (seconds at 200 characters), so it measures the first 100, as its
     * authors advise: a password whose first 100 characters are easy to guess is refused, which errs the safe way.
     */
    static final int MEASURED_LENGTH = 100;
    /** Parts of a name or address shorter than this are too likely to appear in unrelated words to refuse. */
    static final int MIN_PERSONAL_PART = 4;

    /** Loads zxcvbn's dictionaries once (about a second, on the first password checked); shared, thread-safe. */
    private static final Zxcvbn ZXCVBN = new Zxcvbn();
    /** Makes zxcvbn's feedback give its message keys rather than its English sentences. */
    private static final ResourceBundle KEYS = new ResourceBundle() {
        @Override
        protected Object handleGetObject(String key) {
            return key;
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.emptyEnumeration();
        }
    };

    private PasswordRules() {
    }

    /**
     * The first problem with {@code password} for the person with this name and email address, or empty when it
     * may be used. The password is taken exactly as typed (spaces included).
     */
    public static Optional<PasswordProblem> check(String password, String name, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of(PasswordProblem.MISSING);
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(PasswordProblem.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            return Optional.of(PasswordProblem.TOO_LONG);
        }
        Set<String> personal = personalWords(name, email);
        String lower = password.toLowerCase(Locale.ROOT);
        if (personal.stream().anyMatch(w -> w.length() >= MIN_PERSONAL_PART && lower.contains(w))) {
            return Optional.of(PasswordProblem.CONTAINS_NAME);
        }
        String measured = length > MEASURED_LENGTH
                ? password.substring(0, password.offsetByCodePoints(0, MEASURED_LENGTH)) : password;
        Strength strength = ZXCVBN.measure(measured, new ArrayList<>(personal));
        if (strength.getScore() >= MIN_SCORE) {
            return Optional.empty();
        }
        return Optional.of(fromWarning(strength.getFeedback()));
    }

    /**
     * The problems with a new password typed twice, in the form's order: the password's own problem, then whether the
     * second box matches (asked only once something was typed in the first).
     */
    public static List<PasswordProblem> checkNew(String password, String confirmation, String name, String email) {
        List<PasswordProblem> problems = new ArrayList<>();
        check(password, name, email).ifPresent(problems::add);
        if (password != null && !password.isEmpty()) {
            if (confirmation == null || confirmation.isEmpty()) {
                problems.add(PasswordProblem.CONFIRMATION_MISSING);
            } else if (!confirmation.equals(password)) {
                problems.add(PasswordProblem.CONFIRMATION_DIFFERENT);
            }
        }
        return problems;
    }

    /** zxcvbn's warning, as the problem we explain in our own words. */
    static PasswordProblem fromWarning(Feedback feedback) {
        String warning = feedback.withResourceBundle(KEYS).getWarning(Locale.UK);
        if (warning == null) {
            return PasswordProblem.EASY_TO_GUESS;
        }
        if (warning.startsWith("feedback.dictionary.warning.passwords.")) {
            return PasswordProblem.COMMON;
        }
        if (warning.startsWith("feedback.spatial.")) {
            return PasswordProblem.KEYBOARD_PATTERN;
        }
        if (warning.startsWith("feedback.repeat.") || warning.startsWith("feedback.sequence.")) {
            return PasswordProblem.REPEATS_OR_SEQUENCE;
        }
        if (warning.startsWith("feedback.date.") || warning.startsWith("feedback.regex.")) {
            return PasswordProblem.DATES;
        }
        return PasswordProblem.EASY_TO_GUESS;
    }

    /**
     * The words of a person's name and email address that their password must not contain, lower case: the whole
     * local part of the address, and each run of letters and digits in it and in the name. zxcvbn is given them all
     * too, so that shorter ones still count against the password's score.
     */
    static Set<String> personalWords(String name, String email) {
        Set<String> words = new LinkedHashSet<>();
        String local = email == null ? "" : email.toLowerCase(Locale.ROOT);
        int at = local.lastIndexOf('@');
        if (at >= 0) {
            local = local.substring(0, at);
        }
        add(words, local);
        List<String> sources = List.of(local, name == null ? "" : name.toLowerCase(Locale.ROOT));
        for (String source : sources) {
            for (String part : source.split("[^\\p{L}\\p{N}]+")) {
                add(words, part);
            }
            add(words, source.replaceAll("[^\\p{L}\\p{N}]+", ""));
        }
        return words;
    }

    private static void add(Set<String> words, String word) {
        if (word.length() >= 2) {
            words.add(word);
        }
    }
}
