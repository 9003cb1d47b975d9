package uk.frontdoor.staff.admin;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.staff.RolesAndTeams;
import uk.frontdoor.web.form.FormData;

/**
 * A staff account's roles and teams as an administrator ticked them (kept as ticked, to show the page again), when
 * creating the account or changing it. Core checks them ({@link RolesAndTeams#problems}).
 */
public record RolesForm(List<String> roles, List<String> teams) {

    static RolesForm read(FormData form) {
        return new RolesForm(form.all("roles"), form.all("teams"));
    }

    /** The form as it stands for an account's current roles and teams. */
    static RolesForm of(Set<Role> roles, Set<Long> teamIds) {
        return new RolesForm(roles.stream().map(Role::name).toList(),
                teamIds.stream().sorted().map(String::valueOf).collect(Collectors.toList()));
    }

    RolesAndTeams chosen() {
        return RolesAndTeams.read(roles, teams);
    }
}
