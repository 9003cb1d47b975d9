package uk.frontdoor.staff.admin;

import java.util.List;
import uk.frontdoor.core.staff.NewAccount;
import uk.frontdoor.web.form.FormData;

/**
 * A new staff account as an administrator typed it (kept as typed, to show the page again): name, email, roles and
 * teams. Core checks it ({@link NewAccount#problems}).
 */
public record AccountForm(String fullName, String email, List<String> roles, List<String> teams) {

    static final AccountForm EMPTY = new AccountForm("", "", List.of(), List.of());

    static AccountForm read(FormData form) {
        return new AccountForm(form.get("fullName"), form.get("email"), form.all("roles"), form.all("teams"));
    }

    NewAccount account() {
        return new NewAccount(fullName, email, new RolesForm(roles, teams).chosen());
    }
}
