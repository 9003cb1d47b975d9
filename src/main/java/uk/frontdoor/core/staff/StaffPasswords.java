package uk.frontdoor.core.staff;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
     * Changes {@code staff}'s password; the problems, in the form's order, when nothing was changed. {@code sessionId}
     * is the session the change is made in: the only one that goes on.
     */
    @Transactional
    public List<PasswordProblem> change(StaffMember staff, String sessionId, String current, String password,
                                        String confirmation) {
        List<PasswordProblem> problems = new ArrayList<>();
        if (current == null || current.isEmpty()) {
            problems.add(PasswordProblem.CURRENT_MISSING);
        }
        problems.addAll(PasswordRules.checkNew(password, confirmation, staff.displayName(), staff.email()));
        if (!problems.isEmpty()) {
            return problems;
        }
        if (!limiter.hit(CURRENT_PASSWORD_TRIES, String.valueOf(staff.id())).allowed()) {
            audit.staff(staff.id(), "CHANGE_OWN_PASSWORD_REFUSED", Subject.STAFF, staff.id(), "too many tries");
            return List.of(PasswordProblem.CURRENT_TOO_MANY_TRIES);
        }
        if (!accounts.passwordMatches(staff.id(), current)) {
            audit.staff(staff.id(), "CHANGE_OWN_PASSWORD_REFUSED", Subject.STAFF, staff.id(), "wrong current password");
            return List.of(PasswordProblem.CURRENT_WRONG);
        }
        accounts.storePassword(staff.id(), password);
        links.retireAll(staff.id());
        int ended = accounts.endSessions(staff.id(), sessionId);
        audit.staff(staff.id(), "CHANGE_OWN_PASSWORD", Subject.STAFF, staff.id(), ended + " other sessions ended");
        return List.of();
    }
}
