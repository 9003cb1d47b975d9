package uk.frontdoor.staff.admin;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;

/** A staff account's roles and teams as an administrator ticked them: when creating the account, or changing it. */
public record RolesForm(List<String> roles, List<String> teams) {

    static RolesForm read(FormData form) {
        return new RolesForm(form.all("roles"), form.all("teams"));
    }

    /** The form as it stands for an account's current roles and teams. */
    static RolesForm of(Set<Role> roles, Set<Long> teamIds) {
        return new RolesForm(roles.stream().map(Role::name).toList(),
                teamIds.stream().sorted().map(String::valueOf).collect(Collectors.toList()));
    }

    /**
     * Adds this form's problems to {@code errors}. {@code teamIds} are the teams that exist; staff who do not see
     * every queue (not managers or administrators) must be in at least one team, or they would see no work at all.
     */
    FormErrors check(Collection<Long> teamIds, FormErrors errors) {
        Set<Role> chosenRoles = chosenRoles();
        if (roles.isEmpty()) {
            errors.add("roles", "staff.account.error.rolesMissing");
        } else if (chosenRoles.size() != Set.copyOf(roles).size()) {
            errors.add("roles", "staff.account.error.rolesUnknown");
        }
        Set<Long> chosenTeams = chosenTeams();
        if (chosenTeams.size() != Set.copyOf(teams).size() || !teamIds.containsAll(chosenTeams)) {
            errors.add("teams", "staff.account.error.teamsUnknown");
        } else if (chosenTeams.isEmpty() && !chosenRoles.isEmpty() && !Role.seeEveryQueue(chosenRoles)) {
            errors.add("teams", "staff.account.error.teamsMissing");
        }
        return errors;
    }

    /** The roles chosen that exist (unknown values are left out; {@link #check} reports them). */
    Set<Role> chosenRoles() {
        Set<Role> result = EnumSet.noneOf(Role.class);
        for (String r : roles) {
            for (Role role : Role.values()) {
                if (role.name().equals(r)) {
                    result.add(role);
                }
            }
        }
        return result;
    }

    Set<Long> chosenTeams() {
        Set<Long> result = new LinkedHashSet<>();
        for (String t : teams) {
            try {
                result.add(Long.parseLong(t));
            } catch (NumberFormatException ignored) {
                // reported by check()
            }
        }
        return result;
    }
}
