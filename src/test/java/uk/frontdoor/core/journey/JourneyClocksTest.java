package uk.frontdoor.core.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.calendar.WorkingDays;

class JourneyClocksTest {
    private final JourneyClocks clocks = new JourneyClocks(new WorkingDays(List.of(
            LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 1),
            LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29))));

    @Test
    void a_registration_submitted_on_christmas_eve_is_decided_within_five_working_days() {
        // Thu 24 Dec 2026: 29, 30, 31 Dec, (1 Jan holiday), 4, 5 Jan
        assertEquals(LocalDate.of(2027, 1, 5), clocks.registrationDecisionDue(LocalDate.of(2026, 12, 24)));
    }

    @Test
    void stage_one_lasts_two_calendar_months_and_month_ends_are_clamped() {
        assertEquals(LocalDate.of(2027, 3, 15), clocks.stageOneDecisionDue(LocalDate.of(2027, 1, 15)));
        assertEquals(LocalDate.of(2027, 2, 28), clocks.stageOneDecisionDue(LocalDate.of(2026, 12, 31)));
        assertEquals(LocalDate.of(2028, 2, 29), clocks.stageOneDecisionDue(LocalDate.of(2027, 12, 31)), "leap year");
    }

    @Test
    void the_gap_closes_six_months_after_the_stage_one_outcome_and_not_a_day_later() {
        LocalDate outcome = LocalDate.of(2027, 1, 20);
        assertEquals(LocalDate.of(2027, 7, 20), clocks.lastDayToStartStageTwo(outcome));
        assertTrue(clocks.canStillStartStageTwo(outcome, LocalDate.of(2027, 7, 20)), "the last day itself is in time");
        assertFalse(clocks.canStillStartStageTwo(outcome, LocalDate.of(2027, 7, 21)), "the day after is too late");
        assertEquals(LocalDate.of(2027, 2, 28), clocks.lastDayToStartStageTwo(LocalDate.of(2026, 8, 31)));
    }

    @Test
    void stage_two_is_decided_within_four_months_of_the_notification() {
        assertEquals(LocalDate.of(2027, 6, 28), clocks.stageTwoDecisionDue(LocalDate.of(2027, 2, 28)), "the corresponding date, not the month end");
        assertEquals(LocalDate.of(2027, 2, 28), clocks.stageTwoDecisionDue(LocalDate.of(2026, 10, 31)));
    }

    @Test
    void par_comments_and_representations_count_working_days_over_easter() {
        // Mon 22 Mar 2027 + 10 working days skips Good Friday 26th and Easter Monday 29th
        assertEquals(LocalDate.of(2027, 4, 7), clocks.parCommentsDue(LocalDate.of(2027, 3, 22)));
        LocalDate decided = LocalDate.of(2027, 3, 1);
        LocalDate due = clocks.representationsDue(decided);
        assertEquals(40, clocks.workingDaysLeft(due, decided));
    }

    @Test
    void a_clock_is_on_track_then_due_soon_within_five_working_days_then_overdue() {
        LocalDate due = LocalDate.of(2027, 2, 12); // a Friday
        assertEquals(JourneyClocks.ClockState.ON_TRACK, clocks.state(due, LocalDate.of(2027, 2, 4)));
        assertEquals(JourneyClocks.ClockState.DUE_SOON, clocks.state(due, LocalDate.of(2027, 2, 5)));
        assertEquals(JourneyClocks.ClockState.DUE_SOON, clocks.state(due, due));
        assertEquals(JourneyClocks.ClockState.OVERDUE, clocks.state(due, LocalDate.of(2027, 2, 13)));
    }

    @Test
    void each_waiting_state_has_its_clock_and_the_others_have_none() {
        LocalDate since = LocalDate.of(2027, 1, 20);
        assertEquals(new JourneyClocks.Clock(JourneyClocks.ClockKind.AGENCY_DECIDES_BY, LocalDate.of(2027, 3, 20)),
                clocks.clockFor(JourneyState.STAGE_ONE, since).orElseThrow());
        assertEquals(new JourneyClocks.Clock(JourneyClocks.ClockKind.YOU_CAN_START_STAGE_TWO_UNTIL, LocalDate.of(2027, 7, 20)),
                clocks.clockFor(JourneyState.STAGE_ONE_COMPLETE, since).orElseThrow());
        assertEquals(LocalDate.of(2027, 5, 20), clocks.clockFor(JourneyState.STAGE_TWO, since).orElseThrow().due());
        assertEquals(LocalDate.of(2027, 1, 27), clocks.clockFor(JourneyState.REGISTRATION_SUBMITTED, since).orElseThrow().due());
        assertTrue(clocks.clockFor(JourneyState.INVITED_TO_REGISTER, since).isEmpty());
        assertTrue(clocks.clockFor(JourneyState.APPROVED, since).isEmpty());
    }
}
