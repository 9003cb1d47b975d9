package uk.frontdoor.core.journey;

import java.time.LocalDate;
import uk.frontdoor.core.calendar.WorkingDays;

/**
 * The statutory and practice clocks of the adopter's journey (DOMAIN.md). Months are calendar months: a clock
 * that starts on 31 January ends on the last day of February. Working days skip weekends and bank holidays.
 */
public final class JourneyClocks {
    public static final int REGISTRATION_DECISION_WORKING_DAYS = 5;
    public static final int STAGE_ONE_MONTHS = 2;
    public static final int GAP_MONTHS = 6;
    public static final int STAGE_TWO_MONTHS = 4;
    public static final int PAR_COMMENTS_WORKING_DAYS = 10;
    public static final int REPRESENTATIONS_WORKING_DAYS = 40;

    private final WorkingDays calendar;

    public JourneyClocks(WorkingDays calendar) {
        this.calendar = calendar;
    }

    /** The agency decides whether to accept a Registration of Interest within 5 working days. */
    public LocalDate registrationDecisionDue(LocalDate submitted) {
        return calendar.plusWorkingDays(submitted, REGISTRATION_DECISION_WORKING_DAYS);
    }

    /** Stage One ends in a decision within 2 months of the registration being accepted (extensions need a reason). */
    public LocalDate stageOneDecisionDue(LocalDate accepted) {
        return accepted.plusMonths(STAGE_ONE_MONTHS);
    }

    /** The last day on which a person may tell the agency they want to start Stage Two (reg 28). */
    public LocalDate lastDayToStartStageTwo(LocalDate stageOneOutcome) {
        return stageOneOutcome.plusMonths(GAP_MONTHS);
    }

    public boolean canStillStartStageTwo(LocalDate stageOneOutcome, LocalDate today) {
        return !today.isAfter(lastDayToStartStageTwo(stageOneOutcome));
    }

    /** Stage Two ends in a decision within 4 months of the person's notification (reg 30B). */
    public LocalDate stageTwoDecisionDue(LocalDate notified) {
        return notified.plusMonths(STAGE_TWO_MONTHS);
    }

    /** The applicant has 10 working days to comment on the Prospective Adopter's Report. */
    public LocalDate parCommentsDue(LocalDate shared) {
        return calendar.plusWorkingDays(shared, PAR_COMMENTS_WORKING_DAYS);
    }

    /** After a "not suitable" decision: 40 working days to make representations or ask the IRM. */
    public LocalDate representationsDue(LocalDate decided) {
        return calendar.plusWorkingDays(decided, REPRESENTATIONS_WORKING_DAYS);
    }

    /** How long before the last day to start Stage Two the applicant is reminded: 4 weeks, then 1 week. */
    public static final java.util.List<Integer> GAP_REMINDER_DAYS = java.util.List.of(28, 7);
    /** How many working days before their window closes the applicant is reminded to comment on the PAR. */
    public static final int PAR_COMMENTS_REMINDER_WORKING_DAYS = 3;
    /** How many working days before the 40 close the applicant is reminded they may make representations. */
    public static final int REPRESENTATIONS_REMINDER_WORKING_DAYS = 10;

    /** The day a reminder goes that is {@code workingDays} working days before {@code due}. */
    public LocalDate remindOn(LocalDate due, int workingDays) {
        return calendar.minusWorkingDays(due, workingDays);
    }

    /** On track, due within 5 working days, or overdue: how staff see a clock. */
    public ClockState state(LocalDate due, LocalDate today) {
        if (today.isAfter(due)) {
            return ClockState.OVERDUE;
        }
        return calendar.workingDaysBetween(today, due) <= 5 ? ClockState.DUE_SOON : ClockState.ON_TRACK;
    }

    public int workingDaysLeft(LocalDate due, LocalDate today) {
        return calendar.workingDaysBetween(today, due);
    }

    public enum ClockState { ON_TRACK, DUE_SOON, OVERDUE }

    /** What a clock is counting down to: the agency's decision, or the person's own last day to act. */
    public enum ClockKind { AGENCY_DECIDES_BY, YOU_CAN_START_STAGE_TWO_UNTIL }

    public record Clock(ClockKind kind, LocalDate due) { }

    /** The clock running in this state, counted from the day the journey entered it; none for other states. */
    public java.util.Optional<Clock> clockFor(JourneyState state, LocalDate since) {
        return java.util.Optional.ofNullable(switch (state) {
            case REGISTRATION_SUBMITTED -> new Clock(ClockKind.AGENCY_DECIDES_BY, registrationDecisionDue(since));
            case STAGE_ONE -> new Clock(ClockKind.AGENCY_DECIDES_BY, stageOneDecisionDue(since));
            case STAGE_ONE_COMPLETE -> new Clock(ClockKind.YOU_CAN_START_STAGE_TWO_UNTIL, lastDayToStartStageTwo(since));
            case STAGE_TWO -> new Clock(ClockKind.AGENCY_DECIDES_BY, stageTwoDecisionDue(since));
            default -> null;
        });
    }
}
