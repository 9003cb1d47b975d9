package uk.frontdoor.core.staff;

import com.password4j.Password;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.frontdoor.core.identity.EmailAddress;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;

/**
 * Staff accounts: Argon2id password hashes (unknown emails cost the same hashing work as known ones), roles and
 * teams. An account made by an administrator has no password (a NULL hash, V37) until its owner sets one from an
 * emailed link (ADR 0030): until then nothing signs in to it. Signing in, with its growing delays and second
 * factor, is {@code core.staff.signin.StaffSignIn}.
 */
@Singleton
public class StaffAccounts {
    private static final String DUMMY_HASH = Password.hash("not-a-real-password").addRandomSalt().withArgon2().getResult();

    private final Sql sql;
    private final Clock clock;

    public StaffAccounts(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    /**
     * An account waiting for its owner to set a password ({@link SetPasswordLinks}); empty, with nothing written, when
     * another account has the address (one created a moment ago: the unique key decides).
     */
    @Transactional
    public Optional<Long> create(EmailAddress email, String displayName, Set<Role> roles, Set<Long> teamIds) {
        try {
            return Optional.of(insert(email, displayName, null, roles, teamIds));
        } catch (RuntimeException e) {
            if (!Sql.isDuplicateKey(e)) {
                throw e;
            }
            return Optional.empty();
        }
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

    /** Stores a new password (checked by {@link PasswordRules} beforehand). */
    void storePassword(long staffId, String password) {
        sql.update("UPDATE staff_account SET password_hash = ? WHERE id = ?", hash(password), staffId);
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

    /** What a sign-in checks a password against: the account with exactly this (canonical) address. */
    public record Credentials(long staffId, String passwordHash, boolean active) {
    }

    public Optional<Credentials> credentials(String canonicalEmail) {
        return sql.one("SELECT id, password_hash, active FROM staff_account WHERE email = ?",
                rs -> new Credentials(rs.getLong(1), rs.getString(2), rs.getBoolean(3)), canonicalEmail);
    }

    /** Checks a password; an unknown account costs the same hashing work as a known one, so timing tells nothing. */
    public boolean passwordMatches(Optional<Credentials> credentials, String password) {
        String typed = password == null ? "" : password;
        if (credentials.isEmpty() || credentials.get().passwordHash() == null) {
            Password.check(typed, DUMMY_HASH).withArgon2();
            return false;
        }
        return Password.check(typed, credentials.get().passwordHash()).withArgon2();
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
