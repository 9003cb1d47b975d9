package uk.frontdoor.core.staff;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.frontdoor.core.action.Problem;

/**
 * A staff account's roles and teams as an administrator ticked them, when creating the account or changing it.
 * {@code unknownRole} and {@code unknownTeam} say that something ticked named no role, or no team number: such values
 * are left out of the sets, and {@link #problems} reports them.
 */
public record RolesAndTeams(Set<Role> roles, Set<Long> teamIds, boolean unknownRole, boolean unknownTeam) {

    public RolesAndTeams {
        roles = Set.copyOf(roles);
        teamIds = Set.copyOf(teamIds);
    }

    /** Roles and teams that are all known values. */
    public static RolesAndTeams of(Set<Role> roles, Set<Long> teamIds) {
        return new RolesAndTeams(roles, teamIds, false, false);
    }

    /** The values of the form's role and team checkboxes. */
    public static RolesAndTeams read(Collection<String> roles, Collection<String> teams) {
        Set<Role> chosenRoles = EnumSet.noneOf(Role.class);
        for (String r : roles) {
            for (Role role : Role.values()) {
                if (role.name().equals(r)) {
                    chosenRoles.add(role);
                }
            }
        }
        Set<Long> chosenTeams = new LinkedHashSet<>();
        for (String t : teams) {
            try {
                chosenTeams.add(Long.parseLong(t));
            } catch (NumberFormatException ignored) {
                // an unknown team: reported by problems()
            }
        }
        return new RolesAndTeams(chosenRoles, chosenTeams, chosenRoles.size() != Set.copyOf(roles).size(),
                chosenTeams.size() != Set.copyOf(teams).size());
    }

    /**
     * What is wrong, in page order. {@code existingTeams} are the teams there are; staff who work a team's cases (not
     * managers or administrators, who see every queue, nor a data protection officer, who works none) must be in at
     * least one team, or they would see no work at all.
     */
    public List<Problem> problems(Collection<Long> existingTeams) {
        List<Problem> problems = new ArrayList<>();
        if (unknownRole) {
            problems.add(new Problem("roles", "staff.account.error.rolesUnknown"));
        } else if (roles.isEmpty()) {
            problems.add(new Problem("roles", "staff.account.error.rolesMissing"));
        }
        if (unknownTeam || !existingTeams.containsAll(teamIds)) {
            problems.add(new Problem("teams", "staff.account.error.teamsUnknown"));
        } else if (teamIds.isEmpty() && Role.needTeam(roles)) {
            problems.add(new Problem("teams", "staff.account.error.teamsMissing"));
        }
        return problems;
    }
}
