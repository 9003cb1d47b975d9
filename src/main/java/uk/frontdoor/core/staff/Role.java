package uk.frontdoor.core.staff;

import java.util.Collection;

public enum Role {
    RECRUITMENT_OFFICER, SUPPORT_WORKER, SOCIAL_WORKER, TEAM_MANAGER, ADMINISTRATOR,
    /** Reads the audit log and verifies its chain; works no cases, so sees no queue and needs no team (ADR 36). */
    DATA_PROTECTION_OFFICER,
    /**
     * Reads the management information at /staff/reports (figures over every record, never a case): works no cases, so
     * sees no queue and needs no team (issue 13).
     */
    PERFORMANCE_OFFICER;

    /** The roles that work cases: only they read case records, and only their own teams' (team managers every team's). */
    public static final java.util.Set<Role> CASEWORK = java.util.EnumSet.of(RECRUITMENT_OFFICER, SUPPORT_WORKER,
            SOCIAL_WORKER, TEAM_MANAGER);

    /**
     * Team managers see every queue; anyone else who works cases sees only their teams' queues, so they must be in at
     * least one team. Administrators run the system (accounts, routing, settings) and see no case for being one: an
     * administrator who also works cases sees their teams' (issue 12, need-to-know).
     */
    public static boolean seeEveryQueue(Collection<Role> roles) {
        return roles.contains(TEAM_MANAGER);
    }

    /** Whether these roles read case records at all. */
    public static boolean workCases(Collection<Role> roles) {
        return roles.stream().anyMatch(CASEWORK::contains);
    }

    /**
     * Whether someone with these roles must be in a team: everyone who works cases of a team's queues. Those who see
     * every queue do not, nor does anyone who works no cases (an administrator, a data protection officer).
     */
    public static boolean needTeam(Collection<Role> roles) {
        return workCases(roles) && !seeEveryQueue(roles);
    }
}
