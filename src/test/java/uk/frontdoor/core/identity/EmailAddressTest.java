package uk.frontdoor.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.identity.EmailAddress.Problem;
import uk.frontdoor.core.identity.EmailAddress.Reading;

class EmailAddressTest {

    @ParameterizedTest(name = "{0} is read as {1}")
    @CsvSource(delimiter = '|', value = {
            "alice@example.org|alice@example.org",
            "  alice@example.org\t|alice@example.org",
            "Alice.Smith@Example.ORG|Alice.Smith@example.org",
            "o'brien+events@mail.example.co.uk|o'brien+events@mail.example.co.uk",
            "alice@bücher.example|alice@xn--bcher-kva.example",
            "alice@BÜCHER.example|alice@xn--bcher-kva.example",
            // fullwidth letters in a domain are the same DNS name (IDNA maps them), so the same canonical domain
            "alice@ｅｘａｍｐｌｅ.org|alice@example.org",
            // and so are mathematical letters
            "alice@𝐞𝐱𝐚𝐦𝐩𝐥𝐞.org|alice@example.org",
    })
    void a_typed_address_has_one_canonical_form(String typed, String canonical) {
        assertEquals(canonical, EmailAddress.canonical(typed).orElseThrow().value());
        assertTrue(EmailAddress.isCanonical(canonical));
    }

    @Test
    void the_part_before_the_at_keeps_its_letter_case_so_two_cases_are_two_addresses() {
        assertNotEquals(EmailAddress.canonical("alice@example.org"), EmailAddress.canonical("Alice@example.org"));
        assertFalse(EmailAddress.isCanonical("alice@Example.org"), "the domain is lower-cased in canonical form");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "'   '|MISSING",
            "alicé@example.org|NOT_ASCII_BEFORE_AT",           // accented letter
            "ａlice@example.org|NOT_ASCII_BEFORE_AT",           // fullwidth a
            "𝐚lice@example.org|NOT_ASCII_BEFORE_AT",           // mathematical bold a
            "alıce@example.org|NOT_ASCII_BEFORE_AT",           // dotless i
            "аlice@example.org|NOT_ASCII_BEFORE_AT",           // Cyrillic a
            "αlice@example.org|NOT_ASCII_BEFORE_AT",           // Greek alpha
            "ali\u200Bce@example.org|HIDDEN_CHARACTER",         // zero-width space
            "alice@exa\u200Dmple.org|HIDDEN_CHARACTER",         // zero-width joiner in the domain
            "\u202Ealice@example.org|HIDDEN_CHARACTER",         // right-to-left override
            "ali ce@example.org|HIDDEN_CHARACTER",
            "alice@example.org.|DOT_AT_THE_END",
            "alice@example.org。|DOT_AT_THE_END",              // ideographic full stop at the end
            "alice|FORMAT",
            "alice@|FORMAT",
            "@example.org|FORMAT",
            "alice@@example.org|FORMAT",
            "alice@bob@example.org|FORMAT",
            "alice@localhost|FORMAT",
            "alice@example..org|FORMAT",
            "alice@-example.org|FORMAT",
            "alice@example.123|FORMAT",
            ".alice@example.org|FORMAT",
            "alice.@example.org|FORMAT",
            "al..ice@example.org|FORMAT",
            "\"alice\"@example.org|FORMAT",
            "alice@example_org.uk|FORMAT",
            "alice＠example.org|FORMAT",                       // fullwidth at sign
    })
    void look_alikes_and_mistakes_are_refused_with_their_own_reason(String typed, Problem problem) {
        assertEquals(new Reading.Invalid(problem), EmailAddress.read(typed));
        assertTrue(EmailAddress.canonical(typed).isEmpty());
    }

    @Test
    void look_alike_domains_are_other_domains() {
        String real = EmailAddress.canonical("alice@example.org").orElseThrow().value();
        for (String lookAlike : new String[] {"alice@exаmple.org", "alice@examplе.org", "alice@exampıe.org",
                "alice@εxample.org"}) {
            var read = EmailAddress.canonical(lookAlike);
            assertTrue(read.isPresent(), lookAlike + " is a real (punycode) domain");
            assertNotEquals(real, read.get().value(), lookAlike);
            assertTrue(read.get().value().chars().allMatch(c -> c < 0x80), "canonical forms are ASCII");
        }
    }

    @Test
    void an_address_longer_than_smtp_carries_is_refused() {
        String domain = "a".repeat(60) + "." + "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(60) + ".org";
        assertEquals(new Reading.Invalid(Problem.TOO_LONG), EmailAddress.read("someone@" + domain));
        assertEquals(new Reading.Invalid(Problem.FORMAT), EmailAddress.read("a".repeat(65) + "@example.org"));
    }

    @Test
    void a_stored_value_that_was_never_canonical_is_not_an_address_to_send_to() {
        assertFalse(EmailAddress.isCanonical("alicé@example.org"));
        assertFalse(EmailAddress.isCanonical(" alice@example.org"));
        assertFalse(EmailAddress.isCanonical("alice@EXAMPLE.org"));
        assertFalse(EmailAddress.isCanonical(null));
    }
}
