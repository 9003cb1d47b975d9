package uk.frontdoor.core.staff;

import java.util.Collection;

public enum Role {
    RECRUITMENT_OFFICER, SUPPORT_WORKER, SOCIAL_WORKER, TEAM_MANAGER, ADMINISTRATOR;

    /**
     * Team managers and administrators see every queue; anyone else sees only their teams' queues, so they must be in
     * at least one team.
     */
    public static boolean seeEveryQueue(Collection<Role> roles) {
        return roles.contains(TEAM_MANAGER) || roles.contains(ADMINISTRATOR);
    }
}
