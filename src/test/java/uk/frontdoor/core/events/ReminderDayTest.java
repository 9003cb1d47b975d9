package uk.frontdoor.core.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.calendar.WorkingDays;

class ReminderDayTest {
    private final WorkingDays calendar = new WorkingDays(List.of(LocalDate.of(2027, 5, 31))); // spring bank holiday

    @Test
    void an_event_on_a_thursday_is_reminded_on_the_tuesday() {
        assertEquals(LocalDate.of(2027, 6, 8), EventReminders.reminderDay(calendar, LocalDate.of(2027, 6, 10)));
    }

    @Test
    void an_event_on_a_monday_is_reminded_on_the_thursday_before() {
        assertEquals(LocalDate.of(2027, 6, 3), EventReminders.reminderDay(calendar, LocalDate.of(2027, 6, 7)));
    }

    @Test
    void a_bank_holiday_does_not_count() {
        // Wednesday 2 June: Tuesday 1 June is one working day before, Monday 31 May is a bank holiday
        assertEquals(LocalDate.of(2027, 5, 28), EventReminders.reminderDay(calendar, LocalDate.of(2027, 6, 2)));
    }

    @Test
    void a_saturday_event_is_reminded_on_the_thursday() {
        assertEquals(LocalDate.of(2027, 6, 10), EventReminders.reminderDay(calendar, LocalDate.of(2027, 6, 12)));
    }
}
