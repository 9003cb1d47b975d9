package uk.frontdoor.core.journey;

import java.util.EnumSet;
import java.util.Set;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.staff.StaffMember;

/** Who may fire a journey event: the applicant, or staff in one of these roles (the ADM is a team manager). */
public enum JourneyActor {
    APPLICANT, RECRUITMENT_OFFICER, SOCIAL_WORKER, TEAM_MANAGER;

    public static Set<JourneyActor> of(StaffMember staff) {
        Set<JourneyActor> actors = EnumSet.noneOf(JourneyActor.class);
        if (staff.has(Role.RECRUITMENT_OFFICER)) {
            actors.add(RECRUITMENT_OFFICER);
        }
        if (staff.has(Role.SOCIAL_WORKER)) {
            actors.add(SOCIAL_WORKER);
        }
        if (staff.has(Role.TEAM_MANAGER)) {
            actors.add(TEAM_MANAGER);
        }
        return actors;
    }
}
