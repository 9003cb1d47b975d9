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

    @Test
    void dates_are_read_as_day_month_year_in_the_ways_people_type_them() {
        assertTrue(Dates.parse("27 3 1985").isPresent());
        assertTrue(Dates.parse("27/03/1985").isPresent());
        assertTrue(Dates.parse(" 27-3-1985 ").isPresent());
        assertFalse(Dates.parse("31 2 1985").isPresent(), "no 31 February");
        assertFalse(Dates.parse("27 3 85").isPresent(), "a four-digit year");
        assertFalse(Dates.parse("1985-03-27").isPresent());
        assertFalse(Dates.parse("next tuesday").isPresent());
        assertFalse(Dates.parse(null).isPresent());
    }
}
