package uk.frontdoor.staff.admin;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.frontdoor.core.identity.EmailAddress;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.staff.StaffAdministration;
import uk.frontdoor.web.form.EmailField;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;

/** A new staff account as an administrator typed it: name, email, a first password, roles and teams. */
public record AccountForm(String fullName, String email, String password, List<String> roles, List<String> teams) {
    static final int MAX_NAME = 200;

    static final AccountForm EMPTY = new AccountForm("", "", "", List.of(), List.of());

    /** The address typed, in canonical form; empty when it is not one ({@link #check} says why). */
    Optional<EmailAddress> address() {
        return EmailAddress.canonical(email);
    }

    static AccountForm read(FormData form) {
        List<String> password = form.fields().getOrDefault("password", List.of(""));
        return new AccountForm(form.get("fullName"), form.get("email"),
                password.isEmpty() || password.get(0) == null ? "" : password.get(0),
                form.all("roles"), form.all("teams"));
    }

    /**
     * Adds this form's problems to {@code errors}. {@code teamIds} are the teams that exist; staff who do
     * not see every queue (not managers or administrators) must be in at least one team, or they would
     * see no work at all.
     */
    FormErrors check(Collection<Long> teamIds, boolean emailTaken, FormErrors errors) {
        if (fullName.isEmpty()) {
            errors.add("fullName", "staff.account.error.nameMissing");
        } else if (fullName.length() > MAX_NAME) {
            errors.add("fullName", "staff.account.error.nameTooLong");
        }
        if (EmailField.read(email, "email", "staff.account.email", errors).isPresent() && emailTaken) {
            errors.add("email", "staff.account.error.emailTaken");
        }
        if (password.isEmpty()) {
            errors.add("password", "staff.account.error.passwordMissing");
        } else if (password.length() < StaffAdministration.MIN_PASSWORD) {
            errors.add("password", "staff.account.error.passwordTooShort");
        } else if (password.length() > StaffAdministration.MAX_PASSWORD) {
            errors.add("password", "staff.account.error.passwordTooLong");
        }
        Set<Role> chosenRoles = chosenRoles();
        if (roles.isEmpty()) {
            errors.add("roles", "staff.account.error.rolesMissing");
        } else if (chosenRoles.size() != Set.copyOf(roles).size()) {
            errors.add("roles", "staff.account.error.rolesUnknown");
        }
        Set<Long> chosenTeams = chosenTeams();
        if (chosenTeams.size() != Set.copyOf(teams).size() || !teamIds.containsAll(chosenTeams)) {
            errors.add("teams", "staff.account.error.teamsUnknown");
        } else if (chosenTeams.isEmpty() && !chosenRoles.isEmpty()
                && !chosenRoles.contains(Role.TEAM_MANAGER) && !chosenRoles.contains(Role.ADMINISTRATOR)) {
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
