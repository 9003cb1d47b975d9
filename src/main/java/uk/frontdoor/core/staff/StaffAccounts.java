package uk.frontdoor.core.staff;

import com.password4j.Password;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.frontdoor.core.identity.EmailAddress;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.ratelimit.RateLimit;
import uk.frontdoor.platform.ratelimit.RateLimiter;
import uk.frontdoor.platform.time.Times;

/**
 * Staff accounts: Argon2id password hashes, and a lockout after repeated failures so that passwords
 * cannot be guessed online. Unknown emails cost the same hashing work as known ones. An account made by an
 * administrator has no password (a NULL hash, V37) until its owner sets one from an emailed link (ADR 0030): until
 * then nothing signs in to it.
 */
@Singleton
public class StaffAccounts {
    static final int MAX_FAILURES = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(15);
    private static final String DUMMY_HASH = Password.hash("not-a-real-password").addRandomSalt().withArgon2().getResult();

    private static final RateLimit UNKNOWN_EMAIL_FAILURES =
            new RateLimit("staff-sign-in-unknown", MAX_FAILURES - 1, LOCKOUT);

    private final Sql sql;
    private final Clock clock;
    private final RateLimiter limiter;

    public StaffAccounts(Sql sql, Clock clock, RateLimiter limiter) {
        this.sql = sql;
        this.clock = clock;
        this.limiter = limiter;
    }

    /** An account waiting for its owner to set a password ({@link SetPasswordLinks}). */
    @Transactional
    public long create(EmailAddress email, String displayName, Set<Role> roles, Set<Long> teamIds) {
        return insert(email, displayName, null, roles, teamIds);
    }

    /**
     * An account with its password already set: only for the first administrator, whom an operator bootstraps from
     * the environment ({@link FirstAdministrator}), and for test set-up. Administrators never choose a colleague's
     * password.
     */
    @Transactional
    public long create(EmailAddress email, String displayName, String password, Set<Role> roles, Set<Long> teamIds) {
        return insert(email, displayName, hash(password), roles, teamIds);
    }

    private long insert(EmailAddress email, String displayName, String passwordHash, Set<Role> roles,
                        Set<Long> teamIds) {
        long id = sql.insert("""
                INSERT INTO staff_account (email, display_name, password_hash, active, created_at)
                VALUES (?, ?, ?, TRUE, ?)""",
                email.value(), displayName.trim(), passwordHash, Times.nowUtc(clock));
        for (Role role : roles) {
            sql.update("INSERT INTO staff_role (staff_id, role) VALUES (?, ?)", id, role);
        }
        for (Long team : teamIds) {
            sql.update("INSERT INTO staff_team (staff_id, team_id) VALUES (?, ?)", id, team);
        }
        return id;
    }

    public boolean emailTaken(EmailAddress email) {
        return sql.count("SELECT COUNT(*) FROM staff_account WHERE email = ?", email.value()) > 0;
    }

    public boolean anyAdministrator() {
        return sql.count("SELECT COUNT(*) FROM staff_role WHERE role = 'ADMINISTRATOR'") > 0;
    }

    @Transactional
    public void setActive(long staffId, boolean active) {
        sql.update("UPDATE staff_account SET active = ? WHERE id = ?", active, staffId);
        if (!active) {
            sql.update("DELETE FROM web_session WHERE staff_id = ?", staffId);
        }
    }

    /**
     * Stores a new password (checked by {@link PasswordRules} beforehand) and clears the lockout that guarded the old
     * one.
     */
    void storePassword(long staffId, String password) {
        sql.update("UPDATE staff_account SET password_hash = ?, failed_attempts = 0, locked_until = NULL WHERE id = ?",
                hash(password), staffId);
    }

    /** Takes the password away (an administrator's reset): from now on it matches nothing. */
    void clearPassword(long staffId) {
        sql.update("UPDATE staff_account SET password_hash = NULL WHERE id = ?", staffId);
    }

    /** Ends every session of this account except {@code keepSessionId} (null: every one); how many ended. */
    int endSessions(long staffId, String keepSessionId) {
        return keepSessionId == null
                ? sql.update("DELETE FROM web_session WHERE staff_id = ?", staffId)
                : sql.update("DELETE FROM web_session WHERE staff_id = ? AND id <> ?", staffId, keepSessionId);
    }

    /** Whether {@code password} is this account's password; false when it has none. */
    boolean passwordMatches(long staffId, String password) {
        Optional<String> stored = sql.one("SELECT password_hash FROM staff_account WHERE id = ?",
                rs -> rs.getString(1), staffId);
        if (stored.isEmpty() || stored.get() == null) {
            Password.check(password == null ? "" : password, DUMMY_HASH).withArgon2();
            return false;
        }
        return password != null && Password.check(password, stored.get()).withArgon2();
    }

    /** Signs in with the address exactly as the account has it (ADR 0029) and the password. */
    @Transactional
    public SignInResult signIn(String typedEmail, String password) {
        LocalDateTime now = Times.nowUtc(clock);
        String email = EmailAddress.canonical(typedEmail).map(EmailAddress::value).orElse("");
        record Account(long id, String hash, boolean active, int failures, LocalDateTime lockedUntil) { }
        Optional<Account> found = sql.one("""
                SELECT id, password_hash, active, failed_attempts, locked_until FROM staff_account
                WHERE email = ? FOR UPDATE""",
                rs -> new Account(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getInt(4),
                        rs.getObject(5, LocalDateTime.class)),
                email);
        if (found.isEmpty()) {
            Password.check(password == null ? "" : password, DUMMY_HASH).withArgon2();
            // an unknown email "locks" after as many failures as a real account, so the lockout message
            // cannot be used to find out which emails have accounts
            var attempts = limiter.hit(UNKNOWN_EMAIL_FAILURES, email);
            return attempts.allowed() ? new SignInResult.Refused() : new SignInResult.Locked(now.plus(LOCKOUT));
        }
        Account account = found.get();
        if (account.lockedUntil() != null && account.lockedUntil().isAfter(now)) {
            return new SignInResult.Locked(account.lockedUntil());
        }
        boolean matches;
        if (account.hash() == null) {
            // no password yet (or reset): nothing matches, at the same cost as a wrong password
            Password.check(password == null ? "" : password, DUMMY_HASH).withArgon2();
            matches = false;
        } else {
            matches = password != null && Password.check(password, account.hash()).withArgon2();
        }
        if (!matches || !account.active()) {
            int failures = account.failures() + 1;
            LocalDateTime lockUntil = failures >= MAX_FAILURES ? now.plus(LOCKOUT) : null;
            sql.update("UPDATE staff_account SET failed_attempts = ?, locked_until = ? WHERE id = ?",
                    lockUntil == null ? failures : 0, lockUntil, account.id());
            return lockUntil == null ? new SignInResult.Refused() : new SignInResult.Locked(lockUntil);
        }
        sql.update("UPDATE staff_account SET failed_attempts = 0, locked_until = NULL WHERE id = ?", account.id());
        return new SignInResult.SignedIn(find(account.id()).orElseThrow());
    }

    public Optional<StaffMember> find(long id) {
        return sql.one("SELECT id, email, display_name FROM staff_account WHERE id = ? AND active = TRUE",
                rs -> new StaffMember(rs.getLong(1), rs.getString(2), rs.getString(3), roles(id), teams(id)), id);
    }

    public List<StaffSummary> all() {
        return sql.list("""
                SELECT id, email, display_name, active, password_hash IS NOT NULL FROM staff_account
                ORDER BY display_name""",
                rs -> new StaffSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        roles(rs.getLong(1)), teams(rs.getLong(1)), rs.getBoolean(5)));
    }

    /** Any account, active or not, as administrators see it. */
    public Optional<StaffSummary> summary(long id) {
        return sql.one("""
                SELECT id, email, display_name, active, password_hash IS NOT NULL FROM staff_account WHERE id = ?""",
                rs -> new StaffSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        roles(id), teams(id), rs.getBoolean(5)), id);
    }

    /** Active colleagues in a team: whom an item of that team's queue can be assigned to. */
    public List<StaffSummary> inTeam(long teamId) {
        return sql.list("""
                SELECT s.id, s.email, s.display_name, s.active, s.password_hash IS NOT NULL FROM staff_account s
                JOIN staff_team t ON t.staff_id = s.id WHERE t.team_id = ? AND s.active = TRUE
                ORDER BY s.display_name""",
                rs -> new StaffSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        Set.of(), Set.of(teamId), rs.getBoolean(5)), teamId);
    }

    Set<Role> roles(long id) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(sql.list("SELECT role FROM staff_role WHERE staff_id = ?", rs -> Role.valueOf(rs.getString(1)), id));
        return roles;
    }

    Set<Long> teams(long id) {
        return new HashSet<>(sql.list("SELECT team_id FROM staff_team WHERE staff_id = ?", rs -> rs.getLong(1), id));
    }

    static String hash(String password) {
        return Password.hash(password).addRandomSalt().withArgon2().getResult();
    }
}
