package uk.frontdoor.core.staff.signin;

import uk.frontdoor.platform.metrics.Counts;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.audit.Subject;
import uk.frontdoor.core.identity.EmailAddress;
import uk.frontdoor.core.staff.StaffAccounts;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.core.staff.signin.SignInThrottle.Kind;
import uk.frontdoor.core.staff.twofactor.TwoFactor;

/**
 * Signing a member of staff in with a password and, where they have or need one, a second factor. Every step is
 * throttled by growing delays (never a lockout) and audited: each sign-in, each failure (with why and from where),
 * each delay, each second-factor failure and each sign-out. A wrong email and a wrong password look the same from
 * outside, delays included.
 */
@Singleton
public class StaffSignIn {
    private final StaffAccounts accounts;
    private final TwoFactor twoFactor;
    private final SignInThrottle throttle;
    private final AuditLog audit;
    private final Counts counts;

    public StaffSignIn(StaffAccounts accounts, TwoFactor twoFactor, SignInThrottle throttle, AuditLog audit,
                       Counts counts) {
        this.counts = counts;
        this.accounts = accounts;
        this.twoFactor = twoFactor;
        this.throttle = throttle;
        this.audit = audit;
    }

    /**
     * A sign-in as typed, and what the browser brings: its client address, and the device it proved it is (a device
     * an account signed in on before: {@code deviceStaffId} is that account, {@code deviceId} the device's own id).
     */
    public record Attempt(String typedEmail, String password, String clientAddress, Long deviceStaffId,
                          String deviceId) {
    }

    public sealed interface Result {
        /** Signed in: the staff pages are open. */
        record SignedIn(StaffMember staff) implements Result { }

        /** The password is right; the code from their authenticator app comes next. */
        record CodeNeeded(StaffMember staff) implements Result { }

        /** The password is right; they must set up an authenticator app before anything else. */
        record SetUpNeeded(StaffMember staff) implements Result { }

        /** Wrong email, wrong password or an account not in use: the same words for all three. */
        record Refused() implements Result { }

        /** Too many failures: wait, then try again. Nothing was checked. */
        record Delayed(Duration waitFor) implements Result { }
    }

    @Transactional
    public Result withPassword(Attempt attempt) {
        String email = EmailAddress.canonical(attempt.typedEmail()).map(EmailAddress::value).orElse("");
        String from = " from " + attempt.clientAddress();
        Optional<Duration> addressWait = throttle.wait(Kind.ADDRESS, attempt.clientAddress());
        Optional<StaffAccounts.Credentials> account = accounts.credentials(email);
        Long staffId = account.map(StaffAccounts.Credentials::staffId).orElse(null);
        boolean trustedDevice = staffId != null && staffId.equals(attempt.deviceStaffId()) && attempt.deviceId() != null;
        Kind accountKind = trustedDevice ? Kind.DEVICE : Kind.ACCOUNT;
        String accountKey = trustedDevice ? attempt.deviceId() : email;
        Optional<Duration> wait = addressWait.or(() -> throttle.wait(accountKind, accountKey));
        if (wait.isPresent()) {
            audit.system("STAFF_SIGN_IN_DELAYED", Subject.STAFF, staffId,
                    "asked to wait " + wait.get().toSeconds() + " s" + from);
            return new Result.Delayed(wait.get());
        }
        boolean matches = accounts.passwordMatches(account, attempt.password());
        if (!matches || !account.get().active()) {
            throttle.fail(Kind.ADDRESS, attempt.clientAddress());
            throttle.fail(accountKind, accountKey);
            counts.signInFailed("staff-password");
            String why = account.isEmpty() ? "no such account" : !matches ? "wrong password" : "account not in use";
            audit.system("STAFF_SIGN_IN_FAILED", Subject.STAFF, staffId, why + from);
            return new Result.Refused();
        }
        if (trustedDevice) {
            throttle.clear(Kind.DEVICE, accountKey);
        }
        StaffMember staff = accounts.find(staffId).orElseThrow();
        if (twoFactor.isEnrolled(staffId)) {
            audit.staff(staffId, "STAFF_PASSWORD_ACCEPTED", Subject.STAFF, staffId, "code next" + from);
            return new Result.CodeNeeded(staff);
        }
        if (twoFactor.isRequiredFor(staff)) {
            audit.staff(staffId, "STAFF_PASSWORD_ACCEPTED", Subject.STAFF, staffId, "app to set up" + from);
            return new Result.SetUpNeeded(staff);
        }
        audit.staff(staffId, "STAFF_SIGNED_IN", Subject.STAFF, staffId, "password" + from);
        return new Result.SignedIn(staff);
    }

    /** The second step: the code from their app, or one of their recovery codes. */
    @Transactional
    public Result withCode(long staffId, String code, String clientAddress) {
        String from = " from " + clientAddress;
        String key = String.valueOf(staffId);
        Optional<Duration> wait = throttle.wait(Kind.SECOND_FACTOR, key);
        if (wait.isPresent()) {
            audit.system("STAFF_SIGN_IN_DELAYED", Subject.STAFF, staffId,
                    "second factor: asked to wait " + wait.get().toSeconds() + " s" + from);
            return new Result.Delayed(wait.get());
        }
        TwoFactor.Check check = twoFactor.check(staffId, code);
        if (check == TwoFactor.Check.WRONG) {
            throttle.fail(Kind.SECOND_FACTOR, key);
            counts.signInFailed("staff-second-factor");
            audit.system("STAFF_SECOND_FACTOR_FAILED", Subject.STAFF, staffId, "wrong or used code" + from);
            return new Result.Refused();
        }
        throttle.clear(Kind.SECOND_FACTOR, key);
        audit.staff(staffId, "STAFF_SIGNED_IN", Subject.STAFF, staffId, (check == TwoFactor.Check.APP_CODE
                ? "password and authenticator app" : "password and a recovery code") + from);
        return accounts.find(staffId).<Result>map(Result.SignedIn::new).orElse(new Result.Refused());
    }

    /** Someone who had to set up an app before signing in has just done so. */
    @Transactional
    public void setUpAndSignedIn(long staffId, String clientAddress) {
        audit.staff(staffId, "STAFF_SIGNED_IN", Subject.STAFF, staffId,
                "password and a newly set up authenticator app from " + clientAddress);
    }

    public void signedOut(long staffId, String clientAddress, boolean everywhere) {
        audit.staff(staffId, everywhere ? "STAFF_SIGNED_OUT_EVERYWHERE" : "STAFF_SIGNED_OUT", Subject.STAFF, staffId,
                "from " + clientAddress);
    }
}
