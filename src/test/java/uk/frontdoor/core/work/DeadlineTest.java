package uk.frontdoor.core.work;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.calendar.WorkingDays;
import uk.frontdoor.core.work.Deadline.State;

class DeadlineTest {
    /** Easter 2026: Good Friday 3 April and Easter Monday 6 April are bank holidays. */
    private final WorkingDays calendar = new WorkingDays(List.of(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6)));
    private final LocalDate wednesday = LocalDate.of(2026, 3, 25);

    private Deadline open(LocalDate due, LocalDate today) {
        return Deadline.of(true, due, today, calendar);
    }

    @Test
    void an_item_due_today_is_due_today() {
        assertEquals(new Deadline(State.DUE_TODAY, 0), open(wednesday, wednesday));
    }

    @Test
    void an_item_due_later_counts_working_days_only() {
        assertEquals(new Deadline(State.DUE_LATER, 1), open(wednesday.plusDays(1), wednesday));
        assertEquals(new Deadline(State.DUE_LATER, 3), open(LocalDate.of(2026, 3, 30), wednesday), "over a weekend");
        assertEquals(new Deadline(State.DUE_LATER, 3), open(LocalDate.of(2026, 4, 7), LocalDate.of(2026, 3, 31)),
                "over Easter: Wed, Thu, (Good Friday, weekend, Easter Monday), Tue");
    }

    @Test
    void an_item_past_its_due_date_is_overdue_by_working_days() {
        assertEquals(new Deadline(State.OVERDUE, 1), open(wednesday.minusDays(1), wednesday));
        assertEquals(new Deadline(State.OVERDUE, 3), open(LocalDate.of(2026, 3, 20), wednesday), "Friday to Wednesday");
        assertEquals(State.OVERDUE, open(LocalDate.of(2026, 3, 27), LocalDate.of(2026, 3, 28)).state(),
                "a Friday deadline is missed on the Saturday");
    }

    @Test
    void an_item_due_on_a_day_off_with_no_working_day_before_it_is_due_today() {
        LocalDate saturday = LocalDate.of(2026, 3, 28);
        assertEquals(new Deadline(State.DUE_TODAY, 0), open(LocalDate.of(2026, 3, 29), saturday));
    }

    @Test
    void a_closed_item_has_no_clock() {
        assertEquals(State.CLOSED, Deadline.of(false, wednesday.minusDays(30), wednesday, calendar).state());
    }
}
