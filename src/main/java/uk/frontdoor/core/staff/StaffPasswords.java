package uk.frontdoor.core.staff;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.audit.Subject;
import uk.frontdoor.platform.ratelimit.RateLimit;
import uk.frontdoor.platform.ratelimit.RateLimiter;

/**
 * A signed-in member of staff changes their own password (ADR 0030): the current one is required, the new one must
 * pass {@link PasswordRules}, and every other session of the account ends (a session someone else may have opened
 * with the old password) while this one goes on. Audited.
 */
@Singleton
public class StaffPasswords {
    /**
     * Tries of the current password per account in 15 minutes: whoever finds a session someone left open must not be
     * able to guess the password through this form faster than through the sign-in page. Counted before the password
     * is compared, so that past the limit even the right one is not tried.
     */
    static final RateLimit CURRENT_PASSWORD_TRIES = new RateLimit("staff-current-password", 5, Duration.ofMinutes(15));

    private final StaffAccounts accounts;
    private final SetPasswordLinks links;
    private final RateLimiter limiter;
    private final AuditLog audit;

    public StaffPasswords(StaffAccounts accounts, SetPasswordLinks links, RateLimiter limiter, AuditLog audit) {
        this.accounts = accounts;
        this.links = links;
        this.limiter = limiter;
        this.audit = audit;
    }

    /**
     * Changes {@code me}'s password, or refuses with the problems in the form's order (nothing changed). {@code
     * sessionId} is the session the change is made in: the only one that goes on. Answers how many other sessions
     * ended.
     */
    @Transactional
    public Result<Integer> change(StaffMember me, String sessionId, String current, String password,
                                  String confirmation) {
        List<PasswordProblem> problems = new ArrayList<>();
        if (current == null || current.isEmpty()) {
            problems.add(PasswordProblem.CURRENT_MISSING);
        }
        problems.addAll(PasswordRules.checkNew(password, confirmation, me.displayName(), me.email()));
        if (!problems.isEmpty()) {
            return refused(problems);
        }
        if (!limiter.hit(CURRENT_PASSWORD_TRIES, String.valueOf(me.id())).allowed()) {
            audit.staff(me.id(), "CHANGE_OWN_PASSWORD_REFUSED", Subject.STAFF, me.id(), "too many tries");
            return refused(List.of(PasswordProblem.CURRENT_TOO_MANY_TRIES));
        }
        if (!accounts.passwordMatches(me.id(), current)) {
            audit.staff(me.id(), "CHANGE_OWN_PASSWORD_REFUSED", Subject.STAFF, me.id(), "wrong current password");
            return refused(List.of(PasswordProblem.CURRENT_WRONG));
        }
        accounts.storePassword(me.id(), password);
        links.retireAll(me.id());
        int ended = accounts.endSessions(me.id(), sessionId);
        audit.staff(me.id(), "CHANGE_OWN_PASSWORD", Subject.STAFF, me.id(), ended + " other sessions ended");
        return Result.done(ended);
    }

    private static Result<Integer> refused(List<PasswordProblem> problems) {
        return Result.refused(problems.stream().map(PasswordProblem::problem).toList());
    }
}
