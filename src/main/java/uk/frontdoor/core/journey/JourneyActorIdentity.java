package uk.frontdoor.core.journey;

import java.util.EnumSet;
import java.util.Set;
import uk.frontdoor.core.applicant.Applicant;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.audit.Subject;
import uk.frontdoor.core.staff.StaffMember;

/** Who is moving a journey: their journey roles (for the transition table) and who they are (for the record). */
public record JourneyActorIdentity(Set<JourneyActor> roles, String type, long id) {
    public static JourneyActorIdentity applicant(Applicant applicant) {
        return new JourneyActorIdentity(EnumSet.of(JourneyActor.APPLICANT), "APPLICANT", applicant.id());
    }

    public static JourneyActorIdentity staff(StaffMember staff) {
        return new JourneyActorIdentity(JourneyActor.of(staff), "STAFF", staff.id());
    }

    /** Writes the audit row of something this actor did to the journey. */
    public void audit(AuditLog log, String action, long journeyId, String detail) {
        if (type.equals("STAFF")) {
            log.staff(id, action, Subject.JOURNEY, journeyId, detail);
        } else {
            log.applicant(id, action, Subject.JOURNEY, journeyId, detail);
        }
    }
}
