package uk.frontdoor.core.work;

import java.time.LocalDate;
import uk.frontdoor.core.calendar.WorkingDays;

/**
 * Where an item stands against its due date, counted in working days: what "Overdue", "Due today" and
 * "Due in 3 working days" say. A closed item has no clock running.
 */
public record Deadline(State state, int workingDays) {
    public enum State { CLOSED, OVERDUE, DUE_TODAY, DUE_LATER }

    public static Deadline of(WorkItem item, LocalDate today, WorkingDays calendar) {
        return of(item.status().isOpen(), item.dueDate(), today, calendar);
    }

    public static Deadline of(boolean open, LocalDate due, LocalDate today, WorkingDays calendar) {
        if (!open) {
            return new Deadline(State.CLOSED, 0);
        }
        if (due.isBefore(today)) {
            return new Deadline(State.OVERDUE, calendar.workingDaysBetween(due, today));
        }
        int left = calendar.workingDaysBetween(today, due);
        // Due on a weekend or holiday with no working day before it: it has to be done today.
        return left == 0 ? new Deadline(State.DUE_TODAY, 0) : new Deadline(State.DUE_LATER, left);
    }
}
