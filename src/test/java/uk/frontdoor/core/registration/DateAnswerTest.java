package uk.frontdoor.core.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.registration.DateAnswer.Fault;
import uk.frontdoor.core.registration.DateAnswer.Part;

class DateAnswerTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 15);

    private static Optional<Fault> fault(String day, String month, String year) {
        return new DateAnswer(day, month, year).fault(TODAY);
    }

    @Test
    void a_real_date_today_or_before_is_fine_and_is_stored_without_leading_zeros() {
        assertEquals(Optional.empty(), fault("07", "03", "1985"));
        assertEquals(Optional.empty(), fault("15", "3", "2027"));
        assertEquals("7 3 1985", new DateAnswer(" 07", "03 ", "1985").stored());
        assertEquals(Optional.of(LocalDate.of(1985, 3, 7)), new DateAnswer("7", "3", "1985").date());
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
    void a_date_that_cannot_be_is_not_real_and_the_wrong_box_is_named() {
        assertEquals(Optional.of(new Fault("real", Part.DAY)), fault("32", "3", "1985"));
        assertEquals(Optional.of(new Fault("real", Part.DAY)), fault("seven", "3", "1985"));
        assertEquals(Optional.of(new Fault("real", Part.MONTH)), fault("7", "13", "1985"));
        assertEquals(Optional.of(new Fault("real", Part.YEAR)), fault("7", "3", "19x5"));
        assertEquals(Optional.of(new Fault("real", Part.DAY)), fault("31", "2", "1980"));
        assertEquals(Optional.of(new Fault("real", Part.DAY)), fault("29", "2", "2027"));
        assertEquals(Optional.empty(), fault("29", "2", "2024"));
    }

    @Test
    void a_year_needs_four_digits() {
        assertEquals(Optional.of(new Fault("yearFourDigits", Part.YEAR)), fault("7", "3", "85"));
        assertEquals(Optional.of(new Fault("yearFourDigits", Part.YEAR)), fault("7", "3", "19850"));
    }

    @Test
    void a_date_after_today_is_not_in_the_past() {
        assertEquals(Optional.of(new Fault("past", Part.DAY)), fault("16", "3", "2027"));
    }

    @Test
    void a_stored_answer_splits_back_into_its_boxes() {
        assertEquals(new DateAnswer("27", "3", "1985"), DateAnswer.split("27 3 1985"));
        assertEquals(new DateAnswer("27", "03", "1985"), DateAnswer.split("27/03/1985"));
        assertEquals(new DateAnswer("", "", ""), DateAnswer.split(null));
        assertEquals(Optional.of(new Fault("missingMonthYear", Part.MONTH)), DateAnswer.split("last spring").fault(TODAY),
                "an old answer that is not a date shows in the day box and asks for the rest");
    }

    @Test
    void the_box_ids_follow_the_date_input_component() {
        assertEquals("adult1-dateOfBirth", Part.DAY.id("adult1-dateOfBirth"));
        assertEquals("adult1-dateOfBirth-month", Part.MONTH.id("adult1-dateOfBirth"));
        assertEquals("adult1-dateOfBirth-year", Part.YEAR.id("adult1-dateOfBirth"));
    }
}
