package uk.frontdoor.core.stagetwo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.calendar.WorkingDays;
import uk.frontdoor.core.journey.JourneyClocks;
import uk.frontdoor.core.journey.JourneyClocks.ClockState;
import uk.frontdoor.core.journey.JourneyState;

/** Which clock a journey shows staff, and the order of a caseload. */
class CaseloadsTest {
    private final JourneyClocks clocks = new JourneyClocks(new WorkingDays(List.of(LocalDate.of(2027, 3, 26))));

    @Test
    void stage_two_and_panel_count_four_months_from_the_notification_not_from_entering_the_state() {
        LocalDate notified = LocalDate.of(2026, 10, 31);
        LocalDate atPanelSince = LocalDate.of(2027, 1, 20);
        assertEquals(LocalDate.of(2027, 2, 28),
                Caseloads.clockOf(clocks, JourneyState.AWAITING_PANEL, atPanelSince, notified).orElseThrow().due());
        assertEquals(LocalDate.of(2027, 2, 28),
                Caseloads.clockOf(clocks, JourneyState.STAGE_TWO, atPanelSince, notified).orElseThrow().due());
        assertEquals(LocalDate.of(2027, 5, 20), Caseloads.clockOf(clocks, JourneyState.STAGE_TWO, atPanelSince, null)
                .orElseThrow().due(), "a journey with no record yet counts from entering Stage Two");
        assertEquals(LocalDate.of(2027, 7, 20), Caseloads.clockOf(clocks, JourneyState.STAGE_ONE_COMPLETE,
                atPanelSince, null).orElseThrow().due());
        assertTrue(Caseloads.clockOf(clocks, JourneyState.PAUSED, atPanelSince, notified).isEmpty());
    }

    private static Caseloads.Case c(long id, LocalDate due, ClockState state) {
        return new Caseloads.Case(id, "P" + id, JourneyState.STAGE_TWO, 1, "Team", "Spoke", null, null, due, state);
    }

    @Test
    void overdue_comes_first_then_due_soon_then_on_track_each_by_due_date_and_no_clock_last() {
        var none = c(1, null, null);
        var onTrackLate = c(2, LocalDate.of(2027, 6, 1), ClockState.ON_TRACK);
        var onTrackEarly = c(3, LocalDate.of(2027, 5, 1), ClockState.ON_TRACK);
        var dueSoon = c(4, LocalDate.of(2027, 4, 1), ClockState.DUE_SOON);
        var overdueRecent = c(5, LocalDate.of(2027, 3, 1), ClockState.OVERDUE);
        var overdueLongAgo = c(6, LocalDate.of(2027, 1, 1), ClockState.OVERDUE);
        List<Caseloads.Case> cases = new ArrayList<>(List.of(none, onTrackLate, onTrackEarly, dueSoon, overdueRecent,
                overdueLongAgo));
        cases.sort(Caseloads.MOST_URGENT_FIRST);
        assertEquals(List.of(6L, 5L, 4L, 3L, 2L, 1L), cases.stream().map(Caseloads.Case::journeyId).toList());
        assertEquals(6L, Caseloads.countByState(cases).get(JourneyState.STAGE_TWO));
        assertEquals(0L, Caseloads.countByState(cases).get(JourneyState.AWAITING_PANEL));
    }
}
