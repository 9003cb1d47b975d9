package uk.frontdoor.core.stagetwo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.calendar.WorkingDays;
import uk.frontdoor.core.journey.JourneyClocks;

/** The clocks and date rules of the gap and Stage Two, at their edges. */
class StageTwoRulesTest {
    private static final LocalDate GOOD_FRIDAY = LocalDate.of(2027, 3, 26);
    private static final LocalDate EASTER_MONDAY = LocalDate.of(2027, 3, 29);
    private final JourneyClocks clocks = new JourneyClocks(new WorkingDays(List.of(
            LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 1),
            GOOD_FRIDAY, EASTER_MONDAY, LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 31))));
    private final StageTwoRules rules = new StageTwoRules(clocks);

    @Test
    void the_gap_ends_on_the_same_date_six_months_on_or_the_month_end_when_there_is_none() {
        assertEquals(LocalDate.of(2027, 2, 28), clocks.lastDayToStartStageTwo(LocalDate.of(2026, 8, 31)));
        assertEquals(LocalDate.of(2028, 2, 29), clocks.lastDayToStartStageTwo(LocalDate.of(2027, 8, 31)), "leap year");
        assertEquals(LocalDate.of(2027, 4, 30), clocks.lastDayToStartStageTwo(LocalDate.of(2026, 10, 31)));
        assertEquals(LocalDate.of(2027, 6, 30), clocks.lastDayToStartStageTwo(LocalDate.of(2026, 12, 30)));
    }

    @Test
    void the_gap_counts_calendar_days_so_a_last_day_on_a_bank_holiday_still_counts() {
        LocalDate outcome = LocalDate.of(2026, 9, 26); // six months on is Good Friday 2027
        assertEquals(GOOD_FRIDAY, clocks.lastDayToStartStageTwo(outcome));
        assertTrue(clocks.canStillStartStageTwo(outcome, GOOD_FRIDAY));
        assertFalse(clocks.canStillStartStageTwo(outcome, GOOD_FRIDAY.plusDays(1)));
    }

    @Test
    void the_decision_is_due_four_months_after_the_notification_month_ends_clamped() {
        assertEquals(LocalDate.of(2027, 2, 28), rules.decisionDue(LocalDate.of(2026, 10, 31)));
        assertEquals(LocalDate.of(2027, 4, 30), rules.decisionDue(LocalDate.of(2026, 12, 31)));
        assertEquals(LocalDate.of(2027, 7, 15), rules.decisionDue(LocalDate.of(2027, 3, 15)));
    }

    @Test
    void the_target_panel_date_is_required_after_today_and_no_later_than_the_decision_date() {
        LocalDate notified = LocalDate.of(2027, 1, 4);
        LocalDate today = LocalDate.of(2027, 1, 10);
        assertEquals(Optional.of("staff.stageTwo.targetPanelDate.required"), rules.targetPanelDate(null, today, notified));
        assertEquals(Optional.of("staff.stageTwo.targetPanelDate.notFuture"), rules.targetPanelDate(today, today, notified));
        assertEquals(Optional.empty(), rules.targetPanelDate(today.plusDays(1), today, notified));
        assertEquals(Optional.empty(), rules.targetPanelDate(LocalDate.of(2027, 5, 4), today, notified), "the decision date itself");
        assertEquals(Optional.of("staff.stageTwo.targetPanelDate.afterDecisionDue"),
                rules.targetPanelDate(LocalDate.of(2027, 5, 5), today, notified));
    }

    @Test
    void comments_on_the_report_are_due_ten_working_days_after_it_is_shared_skipping_easter() {
        // Mon 22 Mar 2027: 23, 24, 25, (Good Friday), (Easter Monday), 30, 31 Mar, 1, 2, 5, 6, 7 Apr
        assertEquals(LocalDate.of(2027, 4, 7), rules.commentsDue(LocalDate.of(2027, 3, 22)));
        // shared on a Friday at a month end: Fri 30 Apr 2027, May Day bank holiday Mon 3 May
        assertEquals(LocalDate.of(2027, 5, 17), rules.commentsDue(LocalDate.of(2027, 4, 30)));
        // shared over Christmas: Thu 24 Dec 2026
        assertEquals(LocalDate.of(2027, 1, 12), rules.commentsDue(LocalDate.of(2026, 12, 24)));
    }

    @Test
    void the_comments_form_is_open_until_the_end_of_the_due_day_and_only_once() {
        LocalDate shared = LocalDate.of(2027, 3, 22);
        var record = new StageTwoRecord(1, LocalDate.of(2027, 1, 4), 2L, "Sam", "plan", null, shared,
                rules.commentsDue(shared), null, null, null, null, null, null, 0);
        assertTrue(rules.commentsOpen(record, shared));
        assertTrue(rules.commentsOpen(record, LocalDate.of(2027, 4, 7)));
        assertFalse(rules.commentsOpen(record, LocalDate.of(2027, 4, 8)));
        var sent = new StageTwoRecord(1, LocalDate.of(2027, 1, 4), 2L, "Sam", "plan", null, shared,
                rules.commentsDue(shared), "Thanks", java.time.LocalDateTime.of(2027, 3, 23, 10, 0), null, null, null,
                null, 0);
        assertFalse(rules.commentsOpen(sent, shared));
        var notShared = new StageTwoRecord(1, LocalDate.of(2027, 1, 4), 2L, "Sam", "plan", null, null, null, null,
                null, null, null, null, null, 0);
        assertFalse(rules.commentsOpen(notShared, shared));
    }

    @Test
    void the_panel_sits_after_the_comments_window_and_recommends_on_or_after_its_date() {
        LocalDate due = LocalDate.of(2027, 4, 7);
        assertEquals(Optional.of("staff.stageTwo.panelDate.beforeComments"), rules.panelDate(due, due));
        assertEquals(Optional.empty(), rules.panelDate(due.plusDays(1), due));
        LocalDate panel = LocalDate.of(2027, 4, 20);
        assertEquals(Optional.of("staff.stageTwo.recommendation.beforePanel"), rules.recommendation(panel, panel.minusDays(1)));
        assertEquals(Optional.empty(), rules.recommendation(panel, panel));
    }

    @Test
    void the_decision_is_dated_between_the_panel_and_today() {
        LocalDate panel = LocalDate.of(2027, 4, 20);
        LocalDate today = LocalDate.of(2027, 4, 28);
        assertEquals(Optional.of("staff.stageTwo.decidedOn.beforePanel"), rules.decisionDate(panel.minusDays(1), panel, today));
        assertEquals(Optional.empty(), rules.decisionDate(panel, panel, today));
        assertEquals(Optional.empty(), rules.decisionDate(today, panel, today));
        assertEquals(Optional.of("staff.stageTwo.decidedOn.future"), rules.decisionDate(today.plusDays(1), panel, today));
    }

    @Test
    void representations_or_the_irm_have_forty_working_days_from_the_decision() {
        // Fri 30 Apr 2027; skips the May Day and spring bank holidays
        LocalDate decided = LocalDate.of(2027, 4, 30);
        LocalDate due = rules.representationsDue(decided);
        assertEquals(LocalDate.of(2027, 6, 29), due);
        assertEquals(40, clocks.workingDaysLeft(due, decided));
    }
}
