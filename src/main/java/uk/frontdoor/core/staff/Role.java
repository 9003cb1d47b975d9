package uk.frontdoor.core.staff;

import java.util.Collection;

public enum Role {
    RECRUITMENT_OFFICER, SUPPORT_WORKER, SOCIAL_WORKER, TEAM_MANAGER, ADMINISTRATOR,
    /** Reads the audit log and verifies its chain; works no cases, so sees no queue and needs no team (ADR 36). */
    DATA_PROTECTION_OFFICER;

    /**
     * Team managers and administrators see every queue; anyone else sees only their teams' queues, so they must be in
     * at least one team.
     */
    public static boolean seeEveryQueue(Collection<Role> roles) {
        return roles.contains(TEAM_MANAGER) || roles.contains(ADMINISTRATOR);
    }

    /**
     * Whether someone with these roles must be in a team: everyone who works cases of a team's queues. Those who see
     * every queue do not, nor does a data protection officer, who reads the audit log and no queue.
     */
    public static boolean needTeam(Collection<Role> roles) {
        return !seeEveryQueue(roles) && roles.stream().anyMatch(r -> r != DATA_PROTECTION_OFFICER);
    }
}
