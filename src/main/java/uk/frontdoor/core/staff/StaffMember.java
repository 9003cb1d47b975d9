package uk.frontdoor.core.staff;

import java.util.Set;

/** A signed-in member of staff: who they are, their roles and their teams. */
public record StaffMember(long id, String email, String displayName, Set<Role> roles, Set<Long> teamIds) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Administrators manage accounts, routing and targets (and the staff menu links to it). */
    public boolean isAdministrator() {
        return has(Role.ADMINISTRATOR);
    }

    /** A data protection officer reads the audit log and verifies its chain (administrators do not, ADR 36). */
    public boolean isDataProtectionOfficer() {
        return has(Role.DATA_PROTECTION_OFFICER);
    }

    /** Team managers and administrators see every queue; everyone else sees their own teams'. */
    public boolean seesAllQueues() {
        return Role.seeEveryQueue(roles);
    }

    public boolean canSeeTeam(long teamId) {
        return seesAllQueues() || teamIds.contains(teamId);
    }
}
