package uk.frontdoor.core.staff;

import java.util.Set;

/** A signed-in member of staff: who they are, their roles and their teams. */
public record StaffMember(long id, String email, String displayName, Set<Role> roles, Set<Long> teamIds) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Administrators manage accounts, routing and settings (and the staff menu links to it); they read no case. */
    public boolean isAdministrator() {
        return has(Role.ADMINISTRATOR);
    }

    /** A data protection officer reads the audit log and verifies its chain (administrators do not, ADR 36). */
    public boolean isDataProtectionOfficer() {
        return has(Role.DATA_PROTECTION_OFFICER);
    }

    /**
     * Whether this person reads the management information (issue 13): team managers, administrators and performance
     * officers. Its figures are counts; its list of overdue cases links only to cases this person may open.
     */
    public boolean readsReports() {
        return has(Role.TEAM_MANAGER) || has(Role.ADMINISTRATOR) || has(Role.PERFORMANCE_OFFICER);
    }

    /**
     * Whether this person reads information events' registers (who booked, who came): recruitment officers and team
     * managers, whatever their team, as the register pages allow.
     */
    public boolean readsEventRegisters() {
        return has(Role.RECRUITMENT_OFFICER) || has(Role.TEAM_MANAGER);
    }

    /** Whether this person works cases at all (an administrator or data protection officer alone does not). */
    public boolean worksCases() {
        return Role.workCases(roles);
    }

    /** Team managers see every queue; everyone else who works cases sees their own teams'. */
    public boolean seesAllQueues() {
        return Role.seeEveryQueue(roles);
    }

    /**
     * Whether this person may read a team's case records: team managers every team's, anyone else who works cases
     * their own teams'; an administrator or data protection officer no one's (need-to-know, issue 12).
     */
    public boolean canSeeTeam(long teamId) {
        return seesAllQueues() || (Role.workCases(roles) && teamIds.contains(teamId));
    }
}
