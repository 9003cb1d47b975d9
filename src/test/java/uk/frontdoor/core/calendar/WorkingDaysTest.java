package uk.frontdoor.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {
    // England and Wales bank holidays around the cases below (as in migrations/V2__bank_holidays.sql)
    private final WorkingDays calendar = new WorkingDays(List.of(
            LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6),          // Easter 2026
            LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 25),
            LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28),       // Boxing Day substitute (26th is a Saturday)
            LocalDate.of(2027, 1, 1),
            LocalDate.of(2027, 12, 27), LocalDate.of(2027, 12, 28)));     // both substitutes

    @Test
    void weekends_and_bank_holidays_are_not_working_days() {
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 11, 21)), "Saturday");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 11, 22)), "Sunday");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 12, 28)), "substitute Boxing Day");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 11, 23)), "an ordinary Monday");
    }

    @Test
    void ten_working_days_from_a_monday_is_the_monday_a_fortnight_later() {
        assertEquals(LocalDate.of(2026, 12, 7), calendar.plusWorkingDays(LocalDate.of(2026, 11, 23), 10));
    }

    @Test
    void an_enquiry_made_at_the_weekend_counts_from_the_next_working_day() {
        LocalDate fromSaturday = calendar.plusWorkingDays(LocalDate.of(2026, 11, 21), 10);
        LocalDate fromSunday = calendar.plusWorkingDays(LocalDate.of(2026, 11, 22), 10);
        assertEquals(LocalDate.of(2026, 12, 4), fromSaturday);
        assertEquals(fromSaturday, fromSunday);
    }

    @Test
    void the_count_skips_easter() {
        // Thursday 2 April 2026 + 1 working day skips Good Friday, the weekend and Easter Monday
        assertEquals(LocalDate.of(2026, 4, 7), calendar.plusWorkingDays(LocalDate.of(2026, 4, 2), 1));
    }

    @Test
    void the_count_crosses_the_year_end_and_its_substitute_holidays() {
        // Wed 23 Dec 2026: 24th (1), then 25th, 26-27 weekend, 28th substitute, 29th (2), 30th (3), 31st (4),
        // 1 Jan 2027 holiday, weekend, Mon 4 Jan (5)
        assertEquals(LocalDate.of(2027, 1, 4), calendar.plusWorkingDays(LocalDate.of(2026, 12, 23), 5));
        // Fri 24 Dec 2027: 27th and 28th are both substitutes
        assertEquals(LocalDate.of(2027, 12, 29), calendar.plusWorkingDays(LocalDate.of(2027, 12, 24), 1));
    }

    @Test
    void zero_days_is_today_if_it_is_a_working_day_or_else_the_next_one() {
        assertEquals(LocalDate.of(2026, 11, 23), calendar.plusWorkingDays(LocalDate.of(2026, 11, 23), 0));
        assertEquals(LocalDate.of(2026, 11, 23), calendar.plusWorkingDays(LocalDate.of(2026, 11, 21), 0));
    }

    @Test
    void negative_days_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> calendar.plusWorkingDays(LocalDate.of(2026, 11, 23), -1));
    }

    @Test
    void working_days_between_counts_forwards_and_backwards() {
        LocalDate monday = LocalDate.of(2026, 11, 23);
        assertEquals(5, calendar.workingDaysBetween(monday, LocalDate.of(2026, 11, 30)));
        assertEquals(-5, calendar.workingDaysBetween(LocalDate.of(2026, 11, 30), monday));
        assertEquals(0, calendar.workingDaysBetween(monday, monday));
        // across Christmas 2026: 24th, 29th, 30th, 31st
        assertEquals(4, calendar.workingDaysBetween(LocalDate.of(2026, 12, 23), LocalDate.of(2026, 12, 31)));
    }

    @Test
    void adding_then_counting_agrees_for_every_start_day_of_a_year() {
        for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() == 2026; d = d.plusDays(1)) {
            for (int n : new int[] {1, 5, 10, 40}) {
                LocalDate due = calendar.plusWorkingDays(d, n);
                assertTrue(calendar.isWorkingDay(due), "due dates fall on working days: " + d + " + " + n);
                assertEquals(n, calendar.workingDaysBetween(d, due), d + " + " + n);
            }
        }
    }

    @Test
    void counting_between_two_dates_agrees_with_counting_day_by_day_across_years_and_holidays() {
        LocalDate start = LocalDate.of(1999, 12, 20);
        for (int a = 0; a < 3000; a += 7) {
            for (int b = 0; b < 3000; b += 61) {
                LocalDate from = start.plusDays(a);
                LocalDate to = start.plusDays(b);
                assertEquals(dayByDay(from, to), calendar.workingDaysBetween(from, to), from + " to " + to);
            }
        }
        for (LocalDate d = LocalDate.of(2026, 12, 1); d.isBefore(LocalDate.of(2028, 1, 10)); d = d.plusDays(1)) {
            LocalDate to = d.plusDays(17);
            assertEquals(dayByDay(d, to), calendar.workingDaysBetween(d, to), d + " to " + to);
        }
    }

    private int dayByDay(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -dayByDay(to, from);
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            count += calendar.isWorkingDay(d) ? 1 : 0;
        }
        return count;
    }
}
