package uk.frontdoor.staff.admin;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.frontdoor.core.identity.EmailAddress;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.web.form.EmailField;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;

/**
 * A new staff account as an administrator typed it: name, email, roles and teams. No password: the person sets their
 * own from the link emailed to them (ADR 0030).
 */
public record AccountForm(String fullName, String email, List<String> roles, List<String> teams) {
    static final int MAX_NAME = 200;

    static final AccountForm EMPTY = new AccountForm("", "", List.of(), List.of());

    /** The address typed, in canonical form; empty when it is not one ({@link #check} says why). */
    Optional<EmailAddress> address() {
        return EmailAddress.canonical(email);
    }

    static AccountForm read(FormData form) {
        return new AccountForm(form.get("fullName"), form.get("email"), form.all("roles"), form.all("teams"));
    }

    /**
     * Adds this form's problems to {@code errors}, in page order. {@code teamIds} are the teams that exist; roles and
     * teams follow the same rules as when they are changed later ({@link RolesForm#check}).
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
        return rolesAndTeams().check(teamIds, errors);
    }

    RolesForm rolesAndTeams() {
        return new RolesForm(roles, teams);
    }

    Set<Role> chosenRoles() {
        return rolesAndTeams().chosenRoles();
    }

    Set<Long> chosenTeams() {
        return rolesAndTeams().chosenTeams();
    }
}
