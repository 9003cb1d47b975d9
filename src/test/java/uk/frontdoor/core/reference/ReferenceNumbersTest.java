package uk.frontdoor.core.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferenceNumbersTest {
    private final ReferenceNumbers references = new ReferenceNumbers();

    @Test
    void a_reference_has_a_prefix_two_groups_of_four_and_a_check_character() {
        String ref = references.next("ENQ");
        String c = "[" + ReferenceNumbers.ALPHABET + "]";
        assertTrue(ref.matches("ENQ-" + c + "{4}-" + c + "{4}-" + c), ref);
        assertTrue(ReferenceNumbers.isValid(ref));
    }

    @Test
    void references_use_no_characters_that_look_alike() {
        for (char c : "01ILOSUVZ25XY".toCharArray()) {
            assertEquals(-1, ReferenceNumbers.ALPHABET.indexOf(c), "alphabet must not contain " + c);
        }
    }

    @Test
    void consecutive_references_are_not_a_sequence_and_do_not_repeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(seen.add(references.next("ENQ")), "no repeats in 10,000");
        }
    }

    @Test
    void any_single_mistyped_character_is_caught() {
        String ref = references.next("ENQ");
        String body = ref.substring(4, 8) + ref.substring(9, 13);
        for (int i = 0; i < body.length(); i++) {
            for (char c : ReferenceNumbers.ALPHABET.toCharArray()) {
                if (c == body.charAt(i)) {
                    continue;
                }
                String typo = body.substring(0, i) + c + body.substring(i + 1);
                String mistyped = "ENQ-" + typo.substring(0, 4) + "-" + typo.substring(4) + "-" + ref.charAt(14);
                assertFalse(ReferenceNumbers.isValid(mistyped), mistyped + " should be refused");
            }
        }
    }

    @Test
    void swapping_two_neighbouring_characters_is_caught() {
        Random random = new Random(42);
        ReferenceNumbers seeded = new ReferenceNumbers(random);
        for (int n = 0; n < 500; n++) {
            String ref = seeded.next("ENQ");
            String body = ref.substring(4, 8) + ref.substring(9, 13);
            for (int i = 0; i < body.length() - 1; i++) {
                if (body.charAt(i) == body.charAt(i + 1)) {
                    continue;
                }
                char[] chars = body.toCharArray();
                chars[i] = body.charAt(i + 1);
                chars[i + 1] = body.charAt(i);
                String swapped = new String(chars);
                String candidate = "ENQ-" + swapped.substring(0, 4) + "-" + swapped.substring(4) + "-" + ref.charAt(14);
                assertFalse(ReferenceNumbers.isValid(candidate), candidate + " (from " + ref + ")");
            }
        }
    }

    @Test
    void references_read_out_in_lower_case_or_with_spaces_are_still_recognised() {
        String ref = references.next("ENQ");
        assertTrue(ReferenceNumbers.isValid(" " + ref.toLowerCase() + " "));
        assertFalse(ReferenceNumbers.isValid("ENQ-1234"));
        assertFalse(ReferenceNumbers.isValid(null));
    }
}
