package uk.frontdoor.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.calendar.TypedDate.ADate;
import uk.frontdoor.core.calendar.TypedDate.Blank;
import uk.frontdoor.core.calendar.TypedDate.NotReal;
import uk.frontdoor.core.calendar.TypedDate.Part;
import uk.frontdoor.core.calendar.TypedDate.Partial;
import uk.frontdoor.core.calendar.TypedDate.Reading;
import uk.frontdoor.core.calendar.TypedDate.Years;

class TypedDateTest {
    private static final Years ANY = Years.between(1900, 2100);

    private static Reading read(String day, String month, String year) {
        return new TypedDate(day, month, year).read(ANY);
    }

    @Test
    void a_real_date_is_read_and_stored_without_leading_zeros() {
        assertEquals(new ADate(LocalDate.of(1985, 3, 7)), read("07", "03", "1985"));
        assertEquals("7 3 1985", new TypedDate(" 07", "03 ", "1985").stored(ANY));
    }

    @Test
    void nothing_typed_is_blank() {
        assertEquals(new Blank(), read("", " ", null));
    }

    @Test
    void each_missing_part_is_named_and_the_first_missing_box_is_the_one_to_go_to() {
        assertEquals(new Partial("Day", Part.DAY), read("", "3", "1985"));
        assertEquals(new Partial("Month", Part.MONTH), read("7", "", "1985"));
        assertEquals(new Partial("Year", Part.YEAR), read("7", "3", ""));
        assertEquals(new Partial("DayMonth", Part.DAY), read("", "", "1985"));
        assertEquals(new Partial("DayYear", Part.DAY), read("", "3", ""));
        assertEquals(new Partial("MonthYear", Part.MONTH), read("7", "", ""));
    }

    @Test
    void a_date_that_cannot_be_is_not_real_and_the_wrong_box_is_named() {
        assertEquals(new NotReal("real", Part.DAY), read("32", "3", "1985"));
        assertEquals(new NotReal("real", Part.DAY), read("seven", "3", "1985"));
        assertEquals(new NotReal("real", Part.MONTH), read("7", "13", "1985"));
        assertEquals(new NotReal("real", Part.YEAR), read("7", "3", "19x5"));
        assertEquals(new NotReal("real", Part.DAY), read("31", "2", "1980"));
        assertEquals(new NotReal("real", Part.DAY), read("29", "2", "2027"));
        assertEquals(new ADate(LocalDate.of(2024, 2, 29)), read("29", "2", "2024"));
    }

    @Test
    void a_year_needs_four_digits_and_must_be_one_the_question_allows() {
        assertEquals(new NotReal("yearFourDigits", Part.YEAR), read("7", "3", "85"));
        assertEquals(new NotReal("yearFourDigits", Part.YEAR), read("7", "3", "19850"));
        Years events = Years.between(2000, 2100);
        assertEquals(new NotReal("real", Part.YEAR), new TypedDate("7", "3", "1999").read(events));
        assertEquals(new ADate(LocalDate.of(2100, 3, 7)), new TypedDate("7", "3", "2100").read(events));
        assertEquals(new NotReal("real", Part.YEAR), new TypedDate("7", "3", "2101").read(events));
    }

    @Test
    void a_date_written_in_one_piece_splits_into_its_boxes() {
        assertEquals(new TypedDate("27", "3", "1985"), TypedDate.split("27 3 1985"));
        assertEquals(new TypedDate("27", "03", "1985"), TypedDate.split("27/03/1985"));
        assertEquals(new TypedDate("27", "3", "1985"), TypedDate.split("27-3-1985"));
        assertEquals(TypedDate.blank(), TypedDate.split(null));
        assertEquals(new Partial("MonthYear", Part.MONTH), TypedDate.split("last spring").read(ANY),
                "an old answer that is not a date shows in the day box and asks for the rest");
        assertEquals(new TypedDate("7", "3", "1985"), TypedDate.of(LocalDate.of(1985, 3, 7)));
    }

    @Test
    void the_box_ids_follow_the_date_input_component() {
        assertEquals("adult1-dateOfBirth", Part.DAY.id("adult1-dateOfBirth"));
        assertEquals("adult1-dateOfBirth-month", Part.MONTH.id("adult1-dateOfBirth"));
        assertEquals("adult1-dateOfBirth-year", Part.YEAR.id("adult1-dateOfBirth"));
    }
}
