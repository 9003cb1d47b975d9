package uk.frontdoor.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Working days in England and Wales: Monday to Friday except bank holidays. Pure: the holidays are
 * given to it (they live in the {@code bank_holiday} table).
 */
public final class WorkingDays {
    private final NavigableSet<LocalDate> holidays;

    public WorkingDays(Collection<LocalDate> holidays) {
        this.holidays = new TreeSet<>(holidays);
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /**
     * The date that is {@code days} working days after {@code start}. The start day itself never counts,
     * so a target of 10 working days from an enquiry made on a Saturday or a Monday both end on the
     * same later weekday. Zero days gives the start if it is a working day, or the next one.
     */
    public LocalDate plusWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate date = start;
        if (days == 0) {
            while (!isWorkingDay(date)) {
                date = date.plusDays(1);
            }
            return date;
        }
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** The working day that is {@code days} working days before {@code end} ({@code end} itself never counts). */
    public LocalDate minusWorkingDays(LocalDate end, int days) {
        LocalDate date = end;
        int counted = 0;
        while (counted < days) {
            date = date.minusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /**
     * Working days from {@code from} (exclusive) up to {@code to} (inclusive); negative when {@code to}
     * is before {@code from}. "Due in 3 working days" reads this.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        // Weekdays by arithmetic, then the bank holidays that fall on one of them: the queue shows this for
        // every row, and items years overdue made a day-by-day count the page's largest cost.
        int weekdays = (int) (weekdaysUpTo(to) - weekdaysUpTo(from));
        for (LocalDate holiday : holidays.subSet(from, false, to, true)) {
            DayOfWeek day = holiday.getDayOfWeek();
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                weekdays--;
            }
        }
        return weekdays;
    }

    /** Mondays to Fridays from a fixed Monday up to and including {@code date} (negative before it). */
    private static long weekdaysUpTo(LocalDate date) {
        long days = date.toEpochDay() - A_MONDAY; // 0 is that Monday
        long weeks = Math.floorDiv(days, 7);
        long intoWeek = Math.floorMod(days, 7); // 0 Monday .. 6 Sunday
        return weeks * 5 + Math.min(intoWeek + 1, 5);
    }

    private static final long A_MONDAY = LocalDate.of(2001, 1, 1).toEpochDay();
}
