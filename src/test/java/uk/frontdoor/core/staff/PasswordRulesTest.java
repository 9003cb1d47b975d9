package uk.frontdoor.core.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a staff password must be (ADR 0030): zxcvbn's judgement, the person's own name, and the lengths. */
class PasswordRulesTest {
    private static final String NAME = "Nia Newton";
    private static final String EMAIL = "nia.newton@council.example";

    private static Optional<PasswordProblem> check(String password) {
        return PasswordRules.check(password, NAME, EMAIL);
    }

    @Test
    void random_words_and_long_unusual_passwords_are_accepted() {
        for (String good : List.of("walrus purple ladder", "correct horse battery staple", "Tr0ub4dor&3xyz",
                "my cat eats toast at noon", "  spaces  count  too  ", "x".repeat(5) + " quiet orange harbour")) {
            assertEquals(Optional.empty(), check(good), good);
        }
    }

    @Test
    void a_password_needs_12_characters_and_at_most_200() {
        assertEquals(Optional.of(PasswordProblem.MISSING), check(""));
        assertEquals(Optional.of(PasswordProblem.MISSING), check(null));
        assertEquals(Optional.of(PasswordProblem.TOO_SHORT), check("walrus purp"), "11 characters");
        assertEquals(Optional.empty(), check("walrus purpl"), "12 characters");
        assertEquals(Optional.of(PasswordProblem.TOO_SHORT), check("🦭🦭🦭🦭🦭🦭🦭🦭🦭🦭🦭"),
                "characters, not UTF-16 units, are counted");
        String words = "walrus purple ladder orange harbour quietly ";
        assertEquals(Optional.of(PasswordProblem.TOO_LONG), check(words.repeat(5).substring(0, 201)));
    }

    @Test
    void common_passwords_and_their_near_relations_are_refused() {
        for (String common : List.of("password1234", "Password1234", "iloveyou1234", "1234567890123", "monkey123456789",
                "Liverpool2024!")) {
            assertEquals(Optional.of(PasswordProblem.COMMON), check(common), common);
        }
    }

    @Test
    void keyboard_patterns_repeats_sequences_and_dates_are_refused_with_their_own_reason() {
        assertEquals(Optional.of(PasswordProblem.KEYBOARD_PATTERN), check("zxcvbnm,./asd"));
        assertEquals(Optional.of(PasswordProblem.REPEATS_OR_SEQUENCE), check("letmeinletmein"));
        assertEquals(Optional.of(PasswordProblem.REPEATS_OR_SEQUENCE), check("abcdefghijklmnop"));
        assertEquals(Optional.of(PasswordProblem.REPEATS_OR_SEQUENCE), check("aaaaaaaaaaaaaa"));
        assertEquals(Optional.of(PasswordProblem.DATES), check("19/04/1987 x"));
    }

    @Test
    void a_password_easy_to_guess_for_any_other_reason_is_refused_with_general_advice() {
        assertEquals(Optional.of(PasswordProblem.EASY_TO_GUESS), check("michaeljohnson"), "common names");
        assertEquals(Optional.of(PasswordProblem.EASY_TO_GUESS), check("internationalisation"), "one long word");
    }

    @Test
    void a_password_with_the_person_s_own_name_or_email_address_in_it_is_refused() {
        assertEquals(Optional.of(PasswordProblem.CONTAINS_NAME), check("NewtonRocks and rolls"));
        assertEquals(Optional.of(PasswordProblem.CONTAINS_NAME), check("hello nia.newton there"));
        assertEquals(Optional.of(PasswordProblem.CONTAINS_NAME), check("purple nianewton ladder"));
        assertEquals(Optional.empty(), PasswordRules.check("NewtonRocks and rolls", "Sam Jones", "sam@council.example"),
                "someone else may use it");
        assertEquals(Optional.empty(), check("a nia by the sea shore"), "parts shorter than 4 letters are too common to refuse");
    }

    @Test
    void a_new_password_must_be_typed_twice_the_same() {
        assertEquals(List.of(), PasswordRules.checkNew("walrus purple ladder", "walrus purple ladder", NAME, EMAIL));
        assertEquals(List.of(PasswordProblem.CONFIRMATION_MISSING),
                PasswordRules.checkNew("walrus purple ladder", "", NAME, EMAIL));
        assertEquals(List.of(PasswordProblem.CONFIRMATION_DIFFERENT),
                PasswordRules.checkNew("walrus purple ladder", "walrus purple ladder ", NAME, EMAIL));
        assertEquals(List.of(PasswordProblem.TOO_SHORT, PasswordProblem.CONFIRMATION_DIFFERENT),
                PasswordRules.checkNew("short", "other", NAME, EMAIL));
        assertEquals(List.of(PasswordProblem.MISSING), PasswordRules.checkNew("", "", NAME, EMAIL),
                "nothing typed: one problem, not two");
    }

    @Test
    void a_very_long_password_is_measured_quickly() {
        long start = System.nanoTime();
        check("correct horse battery staple ".repeat(7).substring(0, 200));
        check("x".repeat(200));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 3000, "two 200-character passwords took " + millis + " ms");
    }
}
