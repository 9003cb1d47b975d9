package uk.frontdoor.core.staff.signon;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import uk.frontdoor.core.identity.SecretToken;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;

/**
 * Sign-ons in progress, in MariaDB so that the way back from the provider may land on any node. A row holds the
 * SHA-256 of the {@code state}, the nonce and PKCE code verifier, the page to go to afterwards, and the SHA-256 of
 * the key of the browser that started it. It is good for 10 minutes and for one use, in that browser only.
 */
@Singleton
class SignOnAttempts {
    static final Duration VALID_FOR = Duration.ofMinutes(10);
    /** Used and expired attempts are kept this long, so that a replay reads as one rather than as unknown. */
    static final Duration KEPT_FOR = Duration.ofDays(1);
    private static final int MAX_STATE = 200;

    private final Sql sql;
    private final Clock clock;

    SignOnAttempts(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    /** What the way back found for its state. */
    sealed interface Use {
        record Fresh(String nonce, String codeVerifier, String next) implements Use { }
        record Unknown() implements Use { }
        /** Used already; {@code first} for the first replay of this attempt (the one worth an audit row). */
        record Replayed(boolean first) implements Use { }
        record Expired() implements Use { }
        record OtherBrowser() implements Use { }
    }

    void start(String state, String browserKey, String nonce, String codeVerifier, String next) {
        sql.update("""
                INSERT INTO staff_sign_on_attempt (state_hash, browser_hash, nonce, code_verifier, next_page, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""",
                SecretToken.sha256(state), SecretToken.sha256(browserKey), nonce, codeVerifier, next, Times.nowUtc(clock));
    }

    /**
     * Uses the attempt up the first time its state comes back, whatever comes next: exactly one request can use a
     * state, even when two try at once; a late one or one from another browser uses it up too (a leaked address is then
     * worth nothing to anyone), and every later one is a replay.
     */
    @Transactional
    public Use use(String state, String browserKey) {
        if (state == null || state.isEmpty() || state.length() > MAX_STATE) {
            return new Use.Unknown();
        }
        String hash = SecretToken.sha256(state);
        LocalDateTime now = Times.nowUtc(clock);
        int used = sql.update("UPDATE staff_sign_on_attempt SET used_at = ? WHERE state_hash = ? AND used_at IS NULL",
                now, hash);
        record Row(String browserHash, String nonce, String verifier, String next, LocalDateTime createdAt) { }
        Optional<Row> row = sql.one("""
                SELECT browser_hash, nonce, code_verifier, next_page, created_at FROM staff_sign_on_attempt
                WHERE state_hash = ?""",
                rs -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDateTime.class)), hash);
        if (row.isEmpty()) {
            return new Use.Unknown();
        }
        if (used == 0) {
            int firstReplay = sql.update("""
                    UPDATE staff_sign_on_attempt SET replayed_at = ? WHERE state_hash = ? AND replayed_at IS NULL""",
                    now, hash);
            return new Use.Replayed(firstReplay == 1);
        }
        if (!row.get().createdAt().isAfter(now.minus(VALID_FOR))) {
            return new Use.Expired();
        }
        if (!MessageDigest.isEqual(row.get().browserHash().getBytes(StandardCharsets.US_ASCII),
                SecretToken.sha256(browserKey == null ? "" : browserKey).getBytes(StandardCharsets.US_ASCII))) {
            return new Use.OtherBrowser();
        }
        return new Use.Fresh(row.get().nonce(), row.get().verifier(), row.get().next());
    }

    /** Deletes attempts older than a day; returns how many. */
    int purgeOld() {
        return sql.update("DELETE FROM staff_sign_on_attempt WHERE created_at < ?", Times.nowUtc(clock).minus(KEPT_FOR));
    }
}
