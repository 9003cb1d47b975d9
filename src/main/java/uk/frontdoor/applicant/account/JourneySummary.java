package uk.frontdoor.applicant.account;

import java.time.LocalDate;
import uk.frontdoor.core.journey.JourneyClocks;
import uk.frontdoor.core.journey.JourneyState;

/**
 * Where the person stands, ready to show: the state, and the clock in plain words ("We aim to decide by
 * 14 March 2027: 23 working days from today").
 */
public record JourneySummary(JourneyState state, JourneyClocks.ClockKind clockKind, LocalDate due, int workingDaysLeft) {

    public boolean hasClock() {
        return clockKind != null;
    }

    /** Working days between today and the due date, whichever way round (the words say before or after). */
    public int workingDaysApart() {
        return Math.abs(workingDaysLeft);
    }

    public boolean overdue() {
        return hasClock() && workingDaysLeft < 0;
    }

    /** The message key for the clock line: by the date, on it, or (for the agency) late. */
    public String clockKey() {
        String prefix = "account.clock." + clockKind.name();
        if (workingDaysLeft < 0) {
            return prefix + ".passed";
        }
        return workingDaysLeft == 0 ? prefix + ".today" : prefix;
    }
}
