package uk.frontdoor.core.journey;

import java.util.EnumSet;
import java.util.Set;
import uk.frontdoor.core.applicant.Applicant;
import uk.frontdoor.core.staff.StaffMember;

/** Who is moving a journey: their journey roles (for the transition table) and who they are (for the record). */
public record JourneyActorIdentity(Set<JourneyActor> roles, String type, long id) {
    public static JourneyActorIdentity applicant(Applicant applicant) {
        return new JourneyActorIdentity(EnumSet.of(JourneyActor.APPLICANT), "APPLICANT", applicant.id());
    }

    public static JourneyActorIdentity staff(StaffMember staff) {
        return new JourneyActorIdentity(JourneyActor.of(staff), "STAFF", staff.id());
    }
}
