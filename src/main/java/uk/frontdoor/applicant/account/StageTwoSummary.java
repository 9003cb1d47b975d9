package uk.frontdoor.applicant.account;

import java.time.LocalDate;
import java.util.List;
import uk.frontdoor.core.journey.JourneyState;

/**
 * The gap and Stage Two as the applicant sees them on /account (fragment {@code applicant/account/stage-two}):
 * whether they can still start Stage Two and until when; then their social worker, the target panel date, home
 * visits, the decision clock in plain words, the report and its comments window, and the decision.
 * {@code decisionClock} is null when no clock runs; dates are UK dates.
 */
public record StageTwoSummary(JourneyState state, boolean canStart, LocalDate lastDayToStart,
                              String assessorName, LocalDate targetPanelDate, List<String> visits,
                              JourneySummary decisionClock, boolean reportShared, boolean commentsOpen,
                              LocalDate commentsDue, boolean commentsSent, LocalDate panelDate,
                              LocalDate decidedOn, LocalDate representationsDue) {

    /** In the gap: "You can start Stage Two until ..." or that the time has passed. */
    public boolean inGap() {
        return state == JourneyState.STAGE_ONE_COMPLETE;
    }

    public boolean inStageTwo() {
        return state == JourneyState.STAGE_TWO || state == JourneyState.AWAITING_PANEL
                || state == JourneyState.APPROVED || state == JourneyState.NOT_SUITABLE;
    }

    /** This fragment tells the clock for these states, so the account page does not tell it twice. */
    public boolean showsClock() {
        return inGap() || decisionClock != null;
    }
}
