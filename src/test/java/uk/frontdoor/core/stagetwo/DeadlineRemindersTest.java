package uk.frontdoor.core.stagetwo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.calendar.WorkingDays;
import uk.frontdoor.core.journey.JourneyClocks;
import uk.frontdoor.core.stagetwo.DeadlineReminders.Reminder;

class DeadlineRemindersTest {
    private static final LocalDate LAST_DAY = LocalDate.of(2027, 7, 10);
    private static final List<LocalDate> DAYS = List.of(LAST_DAY.minusDays(28), LAST_DAY.minusDays(7));
    private static final List<Reminder> GAP = List.of(Reminder.STAGE_TWO_START_FOUR_WEEKS, Reminder.STAGE_TWO_START_ONE_WEEK);

    private static Optional<Reminder> on(LocalDate today) {
        return DeadlineReminders.dueOn(today, LAST_DAY, DAYS, GAP);
    }

    @Test
    void nothing_before_four_weeks_then_four_weeks_then_one_week_and_nothing_once_the_window_has_closed() {
        assertEquals(Optional.empty(), on(LocalDate.of(2027, 6, 11)));
        assertEquals(Optional.of(Reminder.STAGE_TWO_START_FOUR_WEEKS), on(LocalDate.of(2027, 6, 12)));
        assertEquals(Optional.of(Reminder.STAGE_TWO_START_FOUR_WEEKS), on(LocalDate.of(2027, 7, 2)));
        assertEquals(Optional.of(Reminder.STAGE_TWO_START_ONE_WEEK), on(LocalDate.of(2027, 7, 3)));
        assertEquals(Optional.of(Reminder.STAGE_TWO_START_ONE_WEEK), on(LAST_DAY), "the last day still counts");
        assertEquals(Optional.empty(), on(LAST_DAY.plusDays(1)));
    }

    @Test
    void a_job_that_missed_the_four_week_day_sends_only_the_nearer_reminder() {
        assertEquals(Optional.of(Reminder.STAGE_TWO_START_ONE_WEEK), on(LocalDate.of(2027, 7, 5)));
    }

    @Test
    void the_par_reminder_counts_working_days_back_over_a_weekend_and_a_bank_holiday() {
        // comments due Tuesday 1 June 2027; Monday 31 May is the spring bank holiday
        JourneyClocks clocks = new JourneyClocks(new WorkingDays(List.of(LocalDate.of(2027, 5, 31))));
        assertEquals(LocalDate.of(2027, 5, 26), clocks.remindOn(LocalDate.of(2027, 6, 1),
                JourneyClocks.PAR_COMMENTS_REMINDER_WORKING_DAYS), "Fri 28, Thu 27, Wed 26");
    }
}
