package uk.frontdoor.core.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EmergencyNumbersTest {

    @Test
    void uk_numbers_as_people_write_them_are_accepted() {
        for (String n : List.of("020 7525 1921", "(020) 7525-1921", "+44 20 7525 1921", "0300 123 4567", "01632960001",
                "07700 900982")) {
            assertEquals(Optional.empty(), EmergencyNumbers.problem(n), n);
        }
    }

    @Test
    void anything_else_is_refused_with_what_to_do() {
        assertEquals(Optional.of("staff.numbers.error.required"), EmergencyNumbers.problem(" "));
        for (String n : List.of("999", "call the duty desk", "020 7525 19", "+1 212 555 0100", "020 7525 1921 1234",
                "7525 1921")) {
            assertEquals(Optional.of("staff.numbers.error.format"), EmergencyNumbers.problem(n), n);
        }
    }

    @Test
    void the_drama_range_placeholders_are_refused_and_recognised() {
        assertEquals(Optional.of("staff.numbers.error.placeholder"), EmergencyNumbers.problem("020 7946 0101"));
        assertEquals(Optional.of("staff.numbers.error.placeholder"), EmergencyNumbers.problem("+44 20 7946 0999"));
        assertTrue(EmergencyNumbers.isPlaceholder("020 7946 0101"));
        assertTrue(EmergencyNumbers.isPlaceholder(null));
        assertFalse(EmergencyNumbers.isPlaceholder("020 7946 1000"), "outside the drama range");
    }
}
