package uk.frontdoor.core.staff.signin;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import uk.frontdoor.core.identity.SecretToken;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;

/**
 * Growing delays after failed sign-ins, never a lockout (ADR 0032). Failures are counted per key (a client address,
 * an account, a device an account signed in on before, a second factor); after a free allowance each further failure
 * doubles the wait before the next attempt, up to a cap. A wait is all anyone can cause: a stranger who types a
 * colleague's email over and over slows only attempts on that account from devices it has never signed in on, for
 * at most {@link Kind#ACCOUNT}'s cap, and the colleague's own device keeps its own count. A key's failures are
 * forgotten an hour after its last one. Keys are stored only as SHA-256 hashes.
 */
@Singleton
public class SignInThrottle {
    static final Duration FORGET_AFTER = Duration.ofHours(1);

    /** What a key counts, with its free failures and the longest wait it can cause. */
    public enum Kind {
        /** One client address, whatever accounts it tries: the brake on guessing many accounts. */
        ADDRESS(10, Duration.ofMinutes(15)),
        /** One account, from devices it has not signed in on before. */
        ACCOUNT(5, Duration.ofMinutes(5)),
        /** One account on a device it signed in on before (its device cookie). */
        DEVICE(10, Duration.ofMinutes(5)),
        /** The second factor of one account. */
        SECOND_FACTOR(5, Duration.ofMinutes(5));

        final int free;
        final Duration cap;

        Kind(int free, Duration cap) {
            this.free = free;
            this.cap = cap;
        }

        /** The wait after {@code failures} failures: none while free, then 1, 2, 4... seconds, up to the cap. */
        Duration delayAfter(int failures) {
            return delayAfter(failures, free);
        }

        Duration delayAfter(int failures, int free) {
            int over = failures - free;
            if (over <= 0) {
                return Duration.ZERO;
            }
            long seconds = over >= 30 ? Long.MAX_VALUE : 1L << (over - 1);
            return seconds >= cap.toSeconds() ? cap : Duration.ofSeconds(seconds);
        }
    }

    private final Sql sql;
    private final Clock clock;
    /** Free failures from one client address: an office behind one address shares it, so it is a setting. */
    private final int addressFree;

    public SignInThrottle(Sql sql, Clock clock,
                          @Value("${frontdoor.sign-in.free-failures-per-address:10}") int addressFree) {
        this.sql = sql;
        this.clock = clock;
        this.addressFree = addressFree;
    }

    /** How long until this key may try again; empty when it may now. */
    public Optional<Duration> wait(Kind kind, String key) {
        LocalDateTime now = Times.nowUtc(clock);
        return sql.one("SELECT blocked_until FROM sign_in_throttle WHERE throttle_key = ? AND blocked_until > ?",
                rs -> Duration.between(now, rs.getObject(1, LocalDateTime.class)), hash(kind, key), now);
    }

    /** Counts a failure; returns the wait it causes before the next attempt. */
    public Duration fail(Kind kind, String key) {
        LocalDateTime now = Times.nowUtc(clock);
        String hash = hash(kind, key);
        sql.update("""
                INSERT INTO sign_in_throttle (throttle_key, failures, last_failure_at, blocked_until) VALUES (?, 1, ?, NULL)
                ON DUPLICATE KEY UPDATE
                  failures = IF(last_failure_at < ?, 1, failures + 1), last_failure_at = VALUES(last_failure_at)""",
                hash, now, now.minus(FORGET_AFTER));
        int failures = sql.one("SELECT failures FROM sign_in_throttle WHERE throttle_key = ?", rs -> rs.getInt(1), hash)
                .orElse(1);
        Duration delay = kind == Kind.ADDRESS ? kind.delayAfter(failures, addressFree) : kind.delayAfter(failures);
        sql.update("UPDATE sign_in_throttle SET blocked_until = ? WHERE throttle_key = ?",
                delay.isZero() ? null : now.plus(delay), hash);
        return delay;
    }

    /** Forgets a key's failures (a device signed in successfully). */
    public void clear(Kind kind, String key) {
        sql.update("DELETE FROM sign_in_throttle WHERE throttle_key = ?", hash(kind, key));
    }

    /** Deletes rows whose failures are forgotten; returns how many. */
    public int purge() {
        LocalDateTime now = Times.nowUtc(clock);
        return sql.update("""
                DELETE FROM sign_in_throttle WHERE last_failure_at < ? AND (blocked_until IS NULL OR blocked_until < ?)""",
                now.minus(FORGET_AFTER), now);
    }

    static String hash(Kind kind, String key) {
        return SecretToken.sha256(kind + ":" + key);
    }
}
