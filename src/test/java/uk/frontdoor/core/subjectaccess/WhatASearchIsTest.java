package uk.frontdoor.core.subjectaccess;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import uk.frontdoor.core.reference.ReferenceNumbers;

/** What typed into the subject access search is a reference, and what is a name. */
class WhatASearchIsTest {
    @Test
    void a_reference_typed_any_way_is_a_reference_even_with_no_digit() {
        assertTrue(SubjectAccess.isReference("ENQ-7K3M-9QW4-B"));
        assertTrue(SubjectAccess.isReference("enq 7k3m 9qw4 b"));
        assertTrue(SubjectAccess.isReference("SUP7K3M9QW4B"));
        // a reference of letters only is told apart from a name by its check character
        String lettersOnly = "EVT-ABCD-EFGH-" + checked("ABCDEFGH");
        assertTrue(SubjectAccess.isReference(lettersOnly), lettersOnly);
    }

    @Test
    void a_name_is_not_a_reference_even_when_it_starts_like_one() {
        assertFalse(SubjectAccess.isReference("Roisin Murphy"));
        assertFalse(SubjectAccess.isReference("Enquiry Person"));
        assertFalse(SubjectAccess.isReference("Supriya Patel"));
    }

    private static String checked(String body) {
        for (char c : "346789ABCDEFGHJKMNPQRTW".toCharArray()) {
            if (ReferenceNumbers.isValid("EVT-" + body.substring(0, 4) + "-" + body.substring(4) + "-" + c)) {
                return String.valueOf(c);
            }
        }
        throw new AssertionError("no check character");
    }
}
