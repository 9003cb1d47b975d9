package uk.frontdoor.core.support.fund;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import uk.frontdoor.core.calendar.WorkingDays;

/**
 * When a support case's fund application is "close to its deadline" and shows on the team's queue:
 * <ul>
 *   <li><b>renewal due</b>: the funded therapy ends within {@code renewalWorkingDays} working days (and has
 *       not ended yet), and no later application has been made for the case. The fund pays for a set
 *       period; for therapy to carry on, the RAA must assess and apply again before it ends.</li>
 *   <li><b>decision awaited</b>: the fund has not decided {@code pendingWorkingDays} working days or more
 *       after the application: time to chase it, as therapy cannot start until it is approved.</li>
 * </ul>
 * Both numbers are configuration ({@code frontdoor.asgsf.renewal-working-days}, default 20, about four
 * weeks, and {@code frontdoor.asgsf.pending-working-days}, default 20): practice, not law.
 */
public record FundDeadlines(int renewalWorkingDays, int pendingWorkingDays) {

    public enum Attention { RENEWAL_DUE, DECISION_AWAITED }

    public FundDeadlines {
        if (renewalWorkingDays < 0 || pendingWorkingDays < 0) {
            throw new IllegalArgumentException("working days must not be negative");
        }
    }

    /** What, if anything, this application needs soon; {@code caseApplications} are all of its case's. */
    public Optional<Attention> attention(FundApplication a, Collection<FundApplication> caseApplications,
                                         LocalDate today, WorkingDays calendar) {
        if (a.decision() == FundDecision.PENDING) {
            return calendar.workingDaysBetween(a.appliedOn(), today) >= pendingWorkingDays
                    ? Optional.of(Attention.DECISION_AWAITED) : Optional.empty();
        }
        if (a.decision() != FundDecision.APPROVED || a.endsOn() == null || a.endsOn().isBefore(today)) {
            return Optional.empty();
        }
        boolean renewedSince = caseApplications.stream()
                .anyMatch(o -> o.id() != a.id() && o.decision() != FundDecision.REFUSED && o.appliedOn().isAfter(a.appliedOn()));
        if (renewedSince) {
            return Optional.empty();
        }
        return calendar.workingDaysBetween(today, a.endsOn()) <= renewalWorkingDays
                ? Optional.of(Attention.RENEWAL_DUE) : Optional.empty();
    }

    /** True when any of a case's applications needs attention soon. */
    public boolean anyNeedsAttention(Collection<FundApplication> caseApplications, LocalDate today, WorkingDays calendar) {
        return caseApplications.stream().anyMatch(a -> attention(a, caseApplications, today, calendar).isPresent());
    }
}
