package uk.frontdoor.staff;

import java.util.List;
import uk.frontdoor.core.staff.PasswordProblem;
import uk.frontdoor.web.form.FormErrors;

/** Core's reasons for refusing a password, as the form's errors: each against its field, in the staff bundle's words. */
public final class PasswordErrors {
    private PasswordErrors() {
    }

    public static FormErrors of(List<PasswordProblem> problems) {
        FormErrors errors = new FormErrors();
        problems.forEach(p -> errors.add(p.field(), key(p)));
        return errors;
    }

    public static String key(PasswordProblem problem) {
        return problem.messageKey();
    }
}
