package uk.frontdoor.core.registration;

import java.time.LocalDate;
import java.util.Optional;
import uk.frontdoor.core.action.Wording;

/**
 * Who may skip Stage One and start at Stage Two (Adoption Agencies Regulations 2005, reg 22(2) as amended in 2013):
 * a person approved as an adopter in England or Wales on or after 30 December 2005, or an approved foster carer.
 */
public final class FastTrack {
    /** The day the Adoption and Children Act 2002's approvals began; earlier approvals do not count. */
    public static final LocalDate EARLIEST_APPROVAL = LocalDate.of(2005, 12, 30);

    private FastTrack() {
    }

    public enum Basis { PREVIOUS_ADOPTER, FOSTER_CARER }

    public enum Problem { BASIS_REQUIRED, APPROVAL_DATE_REQUIRED, APPROVED_TOO_EARLY, APPROVED_IN_FUTURE }

    /** What stops this fast track, if anything; a previous adopter's approval date is required. */
    public static Optional<Problem> check(Basis basis, LocalDate approvedOn, LocalDate today) {
        if (basis == null) {
            return Optional.of(Problem.BASIS_REQUIRED);
        }
        if (basis == Basis.FOSTER_CARER) {
            return Optional.empty();
        }
        if (approvedOn == null) {
            return Optional.of(Problem.APPROVAL_DATE_REQUIRED);
        }
        if (approvedOn.isBefore(EARLIEST_APPROVAL)) {
            return Optional.of(Problem.APPROVED_TOO_EARLY);
        }
        if (approvedOn.isAfter(today)) {
            return Optional.of(Problem.APPROVED_IN_FUTURE);
        }
        return Optional.empty();
    }

    /** The basis as the journey's history says it (a previous adopter's with the approval date). */
    public static Wording wording(Basis basis, LocalDate approvedOn) {
        return basis == Basis.FOSTER_CARER ? Wording.of("staff.journey.detail.fastTrack.FOSTER_CARER")
                : Wording.of("staff.journey.detail.fastTrack.PREVIOUS_ADOPTER", approvedOn.toString());
    }
}
