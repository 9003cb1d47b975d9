package uk.frontdoor.core.stageone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.stageone.StageOneRules.ExtensionProblem;

class StageOneRulesTest {
    @Test
    void the_decision_is_due_two_calendar_months_after_acceptance_clamped_at_month_ends() {
        assertEquals(LocalDate.of(2027, 3, 15), StageOneRules.decisionDue(LocalDate.of(2027, 1, 15), Optional.empty()));
        assertEquals(LocalDate.of(2027, 2, 28), StageOneRules.decisionDue(LocalDate.of(2026, 12, 31), Optional.empty()));
        assertEquals(LocalDate.of(2028, 2, 29), StageOneRules.decisionDue(LocalDate.of(2027, 12, 31), Optional.empty()));
        assertEquals(LocalDate.of(2027, 6, 30), StageOneRules.decisionDue(LocalDate.of(2027, 4, 30), Optional.empty()));
        // Accepted on a bank holiday or at Christmas: calendar months, not working days
        assertEquals(LocalDate.of(2027, 2, 25), StageOneRules.decisionDue(LocalDate.of(2026, 12, 25), Optional.empty()));
    }

    @Test
    void the_latest_extension_replaces_the_two_month_date() {
        assertEquals(LocalDate.of(2027, 4, 30),
                StageOneRules.decisionDue(LocalDate.of(2027, 1, 15), Optional.of(LocalDate.of(2027, 4, 30))));
    }

    @Test
    void an_extension_must_be_later_than_the_current_date_and_give_a_reason() {
        LocalDate due = LocalDate.of(2027, 3, 15);
        assertEquals(Optional.of(ExtensionProblem.NOT_AFTER_CURRENT_DUE),
                StageOneRules.checkExtension(due, due, "GP report late"), "the same day is no extension");
        assertEquals(Optional.of(ExtensionProblem.NOT_AFTER_CURRENT_DUE),
                StageOneRules.checkExtension(due, due.minusDays(1), "GP report late"));
        assertEquals(Optional.empty(), StageOneRules.checkExtension(due, due.plusDays(1), "GP report late"));
        assertEquals(Optional.of(ExtensionProblem.REASON_REQUIRED), StageOneRules.checkExtension(due, due.plusDays(1), "  "));
        assertEquals(Optional.of(ExtensionProblem.REASON_REQUIRED), StageOneRules.checkExtension(due, due.plusDays(1), null));
        assertEquals(Optional.empty(), StageOneRules.checkExtension(due, due.plusDays(1), "x".repeat(2000)));
        assertEquals(Optional.of(ExtensionProblem.REASON_TOO_LONG),
                StageOneRules.checkExtension(due, due.plusDays(1), "x".repeat(2001)));
    }

    @Test
    void a_person_may_proceed_only_when_every_check_is_completed() {
        assertTrue(StageOneRules.everyCheckCompleted(List.of(CheckStatus.COMPLETED, CheckStatus.COMPLETED)));
        assertFalse(StageOneRules.everyCheckCompleted(List.of(CheckStatus.COMPLETED, CheckStatus.RECEIVED)));
        assertFalse(StageOneRules.everyCheckCompleted(List.of(CheckStatus.NEEDS_ATTENTION)));
        assertFalse(StageOneRules.everyCheckCompleted(List.of()), "no checks is not a finished Stage One");
    }
}
