package uk.frontdoor.core.staff.twofactor;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.audit.Subject;
import uk.frontdoor.core.identity.SecretToken;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;

/**
 * The second factor of a member of staff who signs in with a password (ADR 0031): an authenticator app (TOTP), set
 * up by scanning a QR code, and ten single-use recovery codes for a lost phone. Administrators and team managers
 * must have one (they see every team's cases and manage accounts); others may, and a setting can require it of
 * everyone. A code is good once: a code seen before (replayed) is refused even within its 30 seconds.
 */
@Singleton
public class TwoFactor {
    public static final int RECOVERY_CODES = 10;
    /** The longest code anyone could mean: a recovery code with spaces around it, with room to spare. */
    static final int MAX_CODE = 40;
    /** Codes one step either side of now are accepted, for phones whose clocks drift a little. */
    static final int DRIFT_STEPS = 1;
    private static final int SECRET_BYTES = 20;
    private static final String RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final SecureRandom random = new SecureRandom();
    private final Sql sql;
    private final Clock clock;
    private final AuditLog audit;
    private final boolean requiredForEveryone;

    public TwoFactor(Sql sql, Clock clock, AuditLog audit,
                     @Value("${frontdoor.staff.two-factor-for-everyone:false}") boolean requiredForEveryone) {
        this.sql = sql;
        this.clock = clock;
        this.audit = audit;
        this.requiredForEveryone = requiredForEveryone;
    }

    /**
     * Whether this person must have a second factor before they see any staff page: administrators, team managers and
     * data protection officers (who read the whole audit log) always must.
     */
    public boolean isRequiredFor(StaffMember staff) {
        return requiredForEveryone || staff.has(Role.ADMINISTRATOR) || staff.has(Role.TEAM_MANAGER)
                || staff.has(Role.DATA_PROTECTION_OFFICER);
    }

    public boolean isEnrolled(long staffId) {
        return sql.count("SELECT COUNT(*) FROM staff_totp WHERE staff_id = ? AND confirmed_at IS NOT NULL", staffId) > 0;
    }

    public int recoveryCodesLeft(long staffId) {
        return (int) sql.count("SELECT COUNT(*) FROM staff_recovery_code WHERE staff_id = ? AND used_at IS NULL",
                staffId);
    }

    /** What the app needs: the secret as text (to type) and the otpauth address the QR code carries. */
    public record Enrolment(String secret, String otpauthUri) {
        /** The secret in groups of four, as people read it aloud or type it. */
        public String grouped() {
            return secret.replaceAll("(.{4})(?!$)", "$1 ");
        }
    }

    /**
     * A secret to set up an app with: the same one until it is confirmed (so a reload shows the same QR code), a new
     * one after an administrator's reset. Empty when the person has a confirmed app already.
     */
    @Transactional
    public Optional<Enrolment> enrolment(StaffMember staff, String issuer) {
        if (isEnrolled(staff.id())) {
            return Optional.empty();
        }
        String secret = Totp.encode(randomBytes(SECRET_BYTES));
        sql.update("INSERT IGNORE INTO staff_totp (staff_id, secret, created_at) VALUES (?, ?, ?)",
                staff.id(), secret, Times.nowUtc(clock));
        String kept = sql.one("SELECT secret FROM staff_totp WHERE staff_id = ?", rs -> rs.getString(1), staff.id())
                .orElseThrow();
        String label = enc(issuer) + ":" + enc(staff.email());
        return Optional.of(new Enrolment(kept, "otpauth://totp/" + label + "?secret=" + kept + "&issuer=" + enc(issuer)
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS));
    }

    /**
     * Confirms {@code who}'s app with a code it shows now, and answers their first recovery codes, to be shown once and
     * never again. Refused against {@code code}: blank, or not the code (too long to be one, or wrong: only a wrong
     * code is audited).
     */
    @Transactional
    public Result<List<String>> confirm(StaffMember who, String typed) {
        if (typed.isEmpty()) {
            return Result.refused("code", "staff.twoFactor.error.missing");
        }
        if (typed.length() > MAX_CODE) {
            return Result.refused("code", "staff.twoFactor.error.wrong");
        }
        long staffId = who.id();
        Optional<String> secret = sql.one("""
                SELECT secret FROM staff_totp WHERE staff_id = ? AND confirmed_at IS NULL FOR UPDATE""",
                rs -> rs.getString(1), staffId);
        OptionalLong step = secret.isEmpty() ? OptionalLong.empty() : acceptedStep(secret.get(), digits(typed), null);
        if (step.isEmpty()) {
            audit.staff(staffId, "STAFF_SECOND_FACTOR_SET_UP_FAILED", Subject.STAFF, staffId, "wrong code");
            return Result.refused("code", "staff.twoFactor.error.wrong");
        }
        sql.update("UPDATE staff_totp SET confirmed_at = ?, last_used_step = ? WHERE staff_id = ?",
                Times.nowUtc(clock), step.getAsLong(), staffId);
        audit.staff(staffId, "STAFF_SECOND_FACTOR_SET_UP", Subject.STAFF, staffId, "authenticator app");
        return Result.done(newRecoveryCodes(staffId));
    }

    /** How a code was accepted, or that it was not. */
    public enum Check { APP_CODE, RECOVERY_CODE, WRONG }

    /**
     * Checks a code typed at sign-in: six digits from the app (each step good once), or one of the recovery codes
     * (each good once). Says nothing about which part of a wrong code was wrong.
     */
    @Transactional
    public Check check(long staffId, String typed) {
        String digits = digits(typed);
        if (digits.length() == Totp.DIGITS) {
            record App(String secret, Long lastUsed) { }
            Optional<App> app = sql.one("""
                    SELECT secret, last_used_step FROM staff_totp WHERE staff_id = ? AND confirmed_at IS NOT NULL
                    FOR UPDATE""", rs -> new App(rs.getString(1), rs.getObject(2, Long.class)), staffId);
            if (app.isPresent()) {
                var step = acceptedStep(app.get().secret(), digits, app.get().lastUsed());
                if (step.isPresent() && sql.update("UPDATE staff_totp SET last_used_step = ? WHERE staff_id = ?",
                        step.getAsLong(), staffId) == 1) {
                    return Check.APP_CODE;
                }
            }
            return Check.WRONG;
        }
        String code = recoveryCode(typed);
        if (code.length() == 10 && sql.update("""
                UPDATE staff_recovery_code SET used_at = ? WHERE staff_id = ? AND code_hash = ? AND used_at IS NULL""",
                Times.nowUtc(clock), staffId, SecretToken.hashOf(code)) == 1) {
            return Check.RECOVERY_CODE;
        }
        return Check.WRONG;
    }

    /** New recovery codes for someone signed in: the old ones stop working. Not found when they have no app. */
    @Transactional
    public Result<List<String>> replaceRecoveryCodes(StaffMember me) {
        if (!isEnrolled(me.id())) {
            return Result.notFound();
        }
        List<String> codes = newRecoveryCodes(me.id());
        audit.staff(me.id(), "STAFF_RECOVERY_CODES_REPLACED", Subject.STAFF, me.id(), null);
        return Result.done(codes);
    }

    /**
     * An administrator's reset, for a colleague who lost their phone and their recovery codes: the app and the codes
     * stop working and the colleague sets up a new app at their next sign-in (their sessions end). Not found when
     * there is no such account, for one's own (an administrator who lost their phone asks another administrator), and
     * for someone who is not an administrator (the web refuses them the whole administration area first).
     */
    @Transactional
    public Result<Long> reset(StaffMember me, long staffId) {
        if (!me.isAdministrator() || staffId == me.id()
                || sql.count("SELECT COUNT(*) FROM staff_account WHERE id = ?", staffId) == 0) {
            return Result.notFound();
        }
        sql.update("DELETE FROM staff_recovery_code WHERE staff_id = ?", staffId);
        sql.update("DELETE FROM staff_totp WHERE staff_id = ?", staffId);
        sql.update("DELETE FROM web_session WHERE staff_id = ?", staffId);
        audit.staff(me.id(), "STAFF_SECOND_FACTOR_RESET", Subject.STAFF, staffId, null);
        return Result.done(staffId);
    }

    private List<String> newRecoveryCodes(long staffId) {
        // Each old code is deleted by its whole key: a range delete (WHERE staff_id = ?) takes gap locks, and two
        // people replacing their codes at the same moment then deadlocked on each other's inserts (a 500, seen when
        // the authorization matrix walked three people with an app side by side).
        for (String old : sql.list("SELECT code_hash FROM staff_recovery_code WHERE staff_id = ?", rs -> rs.getString(1),
                staffId)) {
            sql.update("DELETE FROM staff_recovery_code WHERE staff_id = ? AND code_hash = ?", staffId, old);
        }
        LocalDateTime now = Times.nowUtc(clock);
        List<String> codes = new ArrayList<>();
        while (codes.size() < RECOVERY_CODES) {
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < 10; i++) {
                code.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
            }
            if (sql.update("""
                    INSERT IGNORE INTO staff_recovery_code (staff_id, code_hash, created_at) VALUES (?, ?, ?)""",
                    staffId, SecretToken.hashOf(code.toString()), now) == 1) {
                codes.add(code.substring(0, 5) + "-" + code.substring(5));
            }
        }
        return codes;
    }

    /** The step whose code this is, within the drift allowed and after the last step used; empty when none. */
    private OptionalLong acceptedStep(String secret, String digits, Long lastUsed) {
        if (digits.length() != Totp.DIGITS) {
            return OptionalLong.empty();
        }
        byte[] key = Totp.decode(secret);
        long now = Totp.step(clock.instant());
        for (long step = now - DRIFT_STEPS; step <= now + DRIFT_STEPS; step++) {
            if ((lastUsed == null || step > lastUsed) && MessageDigest.isEqual(
                    Totp.code(key, step).getBytes(StandardCharsets.US_ASCII), digits.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** A code as people type it: spaces and hyphens dropped. */
    private static String digits(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "");
    }

    private static String recoveryCode(String typed) {
        return digits(typed).toUpperCase(Locale.ROOT);
    }

    private byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
