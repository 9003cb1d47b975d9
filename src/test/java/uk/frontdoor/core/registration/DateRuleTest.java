package uk.frontdoor.core.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.calendar.TypedDate;
import uk.frontdoor.core.calendar.TypedDate.Part;
import uk.frontdoor.core.registration.DateRule.Fault;

/** The registration's date rule; how the boxes are read (not real, four-digit years, splitting) is TypedDateTest's. */
class DateRuleTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 15);

    private static Optional<Fault> fault(String day, String month, String year) {
        return DateRule.fault(new TypedDate(day, month, year), TODAY);
    }

    @Test
    void a_real_date_today_or_before_is_fine() {
        assertEquals(Optional.empty(), fault("07", "03", "1985"));
        assertEquals(Optional.empty(), fault("15", "3", "2027"));
        assertEquals(Optional.empty(), fault("29", "2", "2024"));
    }

    @Test
    void nothing_typed_is_asked_for() {
        assertEquals(Optional.of(new Fault("required", Part.DAY)), fault("", " ", null));
    }

    @Test
    void each_missing_part_is_named_and_the_first_missing_box_is_the_one_to_go_to() {
        assertEquals(Optional.of(new Fault("missingDay", Part.DAY)), fault("", "3", "1985"));
        assertEquals(Optional.of(new Fault("missingMonth", Part.MONTH)), fault("7", "", "1985"));
        assertEquals(Optional.of(new Fault("missingYear", Part.YEAR)), fault("7", "3", ""));
        assertEquals(Optional.of(new Fault("missingDayMonth", Part.DAY)), fault("", "", "1985"));
        assertEquals(Optional.of(new Fault("missingDayYear", Part.DAY)), fault("", "3", ""));
        assertEquals(Optional.of(new Fault("missingMonthYear", Part.MONTH)), fault("7", "", ""));
    }

    @Test
    void a_date_that_cannot_be_or_a_short_year_keeps_the_readers_rule_and_box() {
        assertEquals(Optional.of(new Fault("real", Part.MONTH)), fault("7", "13", "1985"));
        assertEquals(Optional.of(new Fault("real", Part.DAY)), fault("31", "2", "1980"));
        assertEquals(Optional.of(new Fault("yearFourDigits", Part.YEAR)), fault("7", "3", "85"));
    }

    @Test
    void a_date_after_today_is_not_in_the_past() {
        assertEquals(Optional.of(new Fault("past", Part.DAY)), fault("16", "3", "2027"));
    }

    @Test
    void an_old_answer_that_is_not_a_date_shows_in_the_day_box_and_asks_for_the_rest() {
        assertEquals(Optional.of(new Fault("missingMonthYear", Part.MONTH)),
                DateRule.fault(TypedDate.split("last spring"), TODAY));
    }

    @Test
    void a_stored_answer_reads_back_as_its_date() {
        assertEquals(Optional.of(LocalDate.of(1985, 3, 27)), DateRule.parse("27 3 1985"));
        assertEquals(Optional.of(LocalDate.of(1985, 3, 27)), DateRule.parse("27/03/1985"));
        assertEquals(Optional.of(LocalDate.of(1985, 3, 27)), DateRule.parse(" 27-3-1985 "));
        assertEquals(Optional.empty(), DateRule.parse("31 2 1985"), "no 31 February");
        assertEquals(Optional.empty(), DateRule.parse("27 3 85"), "a four-digit year");
        assertEquals(Optional.empty(), DateRule.parse("1985-03-27"));
        assertEquals(Optional.empty(), DateRule.parse("next tuesday"));
        assertEquals(Optional.empty(), DateRule.parse(null));
    }
}
