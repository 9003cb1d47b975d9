package uk.frontdoor.core.staff;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.identity.EmailAddress;

/**
 * A new staff account as an administrator typed it: name, email, roles and teams. No password: the person sets their
 * own from the link emailed to them (ADR 0030).
 */
public record NewAccount(String fullName, String email, RolesAndTeams rolesAndTeams) {
    public static final int MAX_NAME = 200;

    /** The address is an account's already (perhaps one created a moment ago). */
    static final Problem EMAIL_TAKEN = new Problem("email", "staff.account.error.emailTaken");

    /** The address typed, in canonical form; empty when it is not one ({@link #problems} says why). */
    public Optional<EmailAddress> address() {
        return EmailAddress.canonical(email);
    }

    /**
     * What is wrong, in page order. {@code existingTeams} are the teams there are, {@code taken} whether an account
     * has an address already; roles and teams follow the same rules as when they are changed later.
     */
    public List<Problem> problems(Collection<Long> existingTeams, Predicate<EmailAddress> taken) {
        List<Problem> problems = new ArrayList<>();
        if (fullName.isEmpty()) {
            problems.add(new Problem("fullName", "staff.account.error.nameMissing"));
        } else if (fullName.length() > MAX_NAME) {
            problems.add(new Problem("fullName", "staff.account.error.nameTooLong"));
        }
        EmailAddress.Reading reading = EmailAddress.read(email);
        if (reading instanceof EmailAddress.Reading.Invalid invalid) {
            problems.add(new Problem("email", invalid.problem().messageKey("staff.account.email")));
        } else if (taken.test(((EmailAddress.Reading.Valid) reading).address())) {
            problems.add(EMAIL_TAKEN);
        }
        problems.addAll(rolesAndTeams.problems(existingTeams));
        return problems;
    }
}
