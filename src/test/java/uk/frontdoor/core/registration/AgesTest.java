package uk.frontdoor.core.registration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgesTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 15);

    @Test
    void a_person_is_old_enough_on_their_21st_birthday_and_not_the_day_before() {
        assertTrue(Ages.isOldEnoughToAdopt(LocalDate.of(2006, 3, 15), TODAY));
        assertFalse(Ages.isOldEnoughToAdopt(LocalDate.of(2006, 3, 16), TODAY));
        assertTrue(Ages.isOldEnoughToAdopt(LocalDate.of(1960, 1, 1), TODAY));
    }

    @Test
    void someone_born_on_29_february_turns_21_on_28_february() {
        assertTrue(Ages.isOldEnoughToAdopt(LocalDate.of(2004, 2, 29), LocalDate.of(2025, 2, 28)));
        assertFalse(Ages.isOldEnoughToAdopt(LocalDate.of(2004, 2, 29), LocalDate.of(2025, 2, 27)));
    }
}
