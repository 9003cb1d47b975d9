package uk.frontdoor.core.staff;

import uk.frontdoor.core.action.Problem;

/**
 * Why a password was not saved, and which of the form's fields it is about. The words are in the staff bundle under
 * {@code staff.password.error.<key>}: each says what to do, in plain English (zxcvbn's own sentences are not shown).
 */
public enum PasswordProblem {
    MISSING("password", "missing"),
    TOO_SHORT("password", "tooShort"),
    TOO_LONG("password", "tooLong"),
    CONTAINS_NAME("password", "containsName"),
    /** zxcvbn found it in, or close to, its lists of passwords people use most. */
    COMMON("password", "common"),
    /** A run of neighbouring keys, such as qwerty or zxcvbn. */
    KEYBOARD_PATTERN("password", "keyboardPattern"),
    /** Repeated characters or words, or a sequence such as abc or 6543. */
    REPEATS_OR_SEQUENCE("password", "repeatsOrSequence"),
    DATES("password", "dates"),
    /** Easy to guess for any other reason zxcvbn has. */
    EASY_TO_GUESS("password", "easyToGuess"),
    CONFIRMATION_MISSING("confirmPassword", "confirmationMissing"),
    CONFIRMATION_DIFFERENT("confirmPassword", "confirmationDifferent"),
    CURRENT_MISSING("currentPassword", "currentMissing"),
    CURRENT_WRONG("currentPassword", "currentWrong"),
    CURRENT_TOO_MANY_TRIES("currentPassword", "currentTooManyTries");

    private final String field;
    private final String key;

    PasswordProblem(String field, String key) {
        this.field = field;
        this.key = key;
    }

    /** The form field the problem is shown against. */
    public String field() {
        return field;
    }

    /** The last part of its message key. */
    public String key() {
        return key;
    }

    /** Its message key in the staff bundle. */
    public String messageKey() {
        return "staff.password.error." + key;
    }

    /** As a refusal's problem: the field and the message key. */
    public Problem problem() {
        return new Problem(field, messageKey());
    }
}
