package uk.frontdoor.core.staff;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.audit.Subject;
import uk.frontdoor.core.identity.SecretToken;
import uk.frontdoor.core.notify.EmailTemplate;
import uk.frontdoor.core.notify.Outbox;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;

/**
 * Links with which a member of staff sets their own password (ADR 0030), sent when an administrator creates their
 * account or resets its password. A token is 256 random bits, stored only as its SHA-256, valid for 24 hours. Opening
 * the link spends nothing (mail scanners open links); the token is spent only when a password that passes
 * {@link PasswordRules} is saved with it. A newer link, a password set by any means and deactivation each retire the
 * account's earlier links. The email goes to the address stored on the account (ADR 0029) and carries only the link.
 * Setting a password never signs anyone in: the person then signs in as usual.
 */
@Singleton
public class SetPasswordLinks {
    public static final Duration VALID_FOR = Duration.ofHours(24);

    private final Sql sql;
    private final Clock clock;
    private final StaffAccounts accounts;
    private final Outbox outbox;
    private final AuditLog audit;

    public SetPasswordLinks(Sql sql, Clock clock, StaffAccounts accounts, Outbox outbox, AuditLog audit) {
        this.sql = sql;
        this.clock = clock;
        this.accounts = accounts;
        this.outbox = outbox;
        this.audit = audit;
    }

    /** Why a link was sent: it decides the email's words. */
    public enum Purpose {
        NEW_ACCOUNT(EmailTemplate.STAFF_NEW_ACCOUNT),
        RESET(EmailTemplate.STAFF_PASSWORD_RESET);

        private final EmailTemplate email;

        Purpose(EmailTemplate email) {
            this.email = email;
        }
    }

    /** What opening a link finds. Nothing is spent. */
    public sealed interface Opening {
        /** The link can be used: the form may be shown (the email is for password managers' username field). */
        record Usable(String email) implements Opening { }
        record Expired() implements Opening { }
        record Used() implements Opening { }
        record Unknown() implements Opening { }
    }

    /** What saving a password with a link did. */
    public sealed interface Setting {
        record Saved() implements Setting { }
        /** Nothing saved and the link still works: each problem, in the form's order (and the account's email). */
        record Refused(List<PasswordProblem> problems, String email) implements Setting { }
        record Expired() implements Setting { }
        record Used() implements Setting { }
        record Unknown() implements Setting { }
    }

    /**
     * Retires the account's outstanding links and emails a new one to the address on the account. Called inside the
     * administrator's transaction (the email is sent if and only if it commits).
     */
    void send(long staffId, Purpose purpose) {
        SecretToken token = SecretToken.create();
        LocalDateTime now = Times.nowUtc(clock);
        retireAll(staffId);
        sql.update("""
                INSERT INTO staff_password_link (token_hash, staff_id, purpose, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?)""", token.hash(), staffId, purpose.name(), now, now.plus(VALID_FOR));
        String email = sql.one("SELECT email FROM staff_account WHERE id = ?", rs -> rs.getString(1), staffId)
                .orElseThrow();
        outbox.enqueue(email, purpose.email, Map.of("token", token.token(), "hours", String.valueOf(VALID_FOR.toHours())));
    }

    /** Spends every link of this account not yet used. */
    int retireAll(long staffId) {
        return sql.update("UPDATE staff_password_link SET used_at = ? WHERE staff_id = ? AND used_at IS NULL",
                Times.nowUtc(clock), staffId);
    }

    /** What the link's token leads to, without spending it. */
    public Opening open(String token) {
        Optional<Row> row = row(token, false);
        if (row.isEmpty()) {
            return new Opening.Unknown();
        }
        return switch (row.get().state(Times.nowUtc(clock))) {
            case USABLE -> new Opening.Usable(row.get().email());
            case EXPIRED -> new Opening.Expired();
            case USED -> new Opening.Used();
        };
    }

    /**
     * Saves {@code password} as the account's password if it passes the rules and matches its confirmation; only then
     * is the link spent (with every other link of the account), any session the account still has ended, and the
     * change audited, all in one transaction. Exactly one of two people saving with the same link at once succeeds.
     */
    @Transactional
    public Setting setPassword(String token, String password, String confirmation) {
        Optional<Row> found = row(token, true);
        if (found.isEmpty()) {
            return new Setting.Unknown();
        }
        Row link = found.get();
        switch (link.state(Times.nowUtc(clock))) {
            case EXPIRED -> {
                return new Setting.Expired();
            }
            case USED -> {
                return new Setting.Used();
            }
            default -> { }
        }
        List<PasswordProblem> problems = PasswordRules.checkNew(password, confirmation, link.name(), link.email());
        if (!problems.isEmpty()) {
            return new Setting.Refused(problems, link.email());
        }
        accounts.storePassword(link.staffId(), password);
        retireAll(link.staffId());
        accounts.endSessions(link.staffId(), null);
        audit.staff(link.staffId(), "SET_OWN_PASSWORD", Subject.STAFF, link.staffId(), "with a " + link.purpose() + " link");
        return new Setting.Saved();
    }

    /** Deletes links a day after they expired (the job {@code staff-password-link-cleanup}). */
    public int purgeExpired() {
        return sql.update("DELETE FROM staff_password_link WHERE expires_at < ?", Times.nowUtc(clock).minusDays(1));
    }

    private enum State { USABLE, EXPIRED, USED }

    private record Row(long staffId, String purpose, LocalDateTime expiresAt, LocalDateTime usedAt, boolean active,
                       String email, String name) {
        State state(LocalDateTime now) {
            if (usedAt != null || !active) {
                return State.USED;
            }
            return expiresAt.isAfter(now) ? State.USABLE : State.EXPIRED;
        }
    }

    private Optional<Row> row(String token, boolean lock) {
        String hash = SecretToken.hashOf(token);
        if (hash == null) {
            return Optional.empty();
        }
        return sql.one("""
                SELECT l.staff_id, l.purpose, l.expires_at, l.used_at, s.active, s.email, s.display_name
                FROM staff_password_link l JOIN staff_account s ON s.id = l.staff_id
                WHERE l.token_hash = ?""" + (lock ? " FOR UPDATE" : ""),
                rs -> new Row(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDateTime.class),
                        rs.getObject(4, LocalDateTime.class), rs.getBoolean(5), rs.getString(6), rs.getString(7)),
                hash);
    }
}
