package uk.frontdoor.core.registration;

import java.time.LocalDateTime;
import uk.frontdoor.core.staff.SpecialCategory;
import uk.frontdoor.core.staff.StaffMember;

/** One person's Registration of Interest: their answers and where it stands. */
public record Registration(long id, long journeyId, long applicantId, RegistrationAnswers answers, Status status,
                           String reference, LocalDateTime submittedAt, String decisionNote) {

    public enum Status { DRAFT, SUBMITTED, ACCEPTED, DECLINED }

    /** The registration as this member of staff may read it: the health declarations only for those who need them. */
    public Registration seenBy(StaffMember me) {
        return SpecialCategory.HEALTH.shownTo(me) ? this : new Registration(id, journeyId, applicantId,
                answers.without(RegistrationSection.HEALTH), status, reference, submittedAt, decisionNote);
    }
}
