package uk.frontdoor.core.applicant;

import uk.frontdoor.platform.metrics.Counts;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import uk.frontdoor.core.identity.EmailAddress;
import uk.frontdoor.core.identity.SecretToken;
import uk.frontdoor.core.notify.EmailTemplate;
import uk.frontdoor.core.notify.Outbox;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;

/**
 * Sign-in by email link. A token is 256 random bits, stored only as its SHA-256, valid for 30 minutes and good
 * for one sign-in; signing in with one retires every other link of that account. Asking for a link answers the
 * same whether or not the address is known, so the page reveals nothing. The link goes to the address stored on
 * the account, never to what was typed, and an address we do not hold gets no email at all: an email to a
 * mailbox that is not on any record is an email to a stranger (ADR 0029).
 */
@Singleton
public class SignInLinks {
    public static final Duration VALID_FOR = Duration.ofMinutes(30);
    private final Sql sql;
    private final Clock clock;
    private final ApplicantAccounts accounts;
    private final Outbox outbox;

    private final Counts counts;

    public SignInLinks(Sql sql, Clock clock, ApplicantAccounts accounts, Outbox outbox, Counts counts) {
        this.counts = counts;
        this.sql = sql;
        this.clock = clock;
        this.accounts = accounts;
        this.outbox = outbox;
    }

    public sealed interface Redemption {
        record SignedIn(Applicant applicant) implements Redemption { }
        record Expired() implements Redemption { }
        record AlreadyUsed() implements Redemption { }
        record Unknown() implements Redemption { }
    }

    /** Sends a sign-in link to the account with exactly this address; true if there is one. */
    @Transactional
    public boolean request(EmailAddress email) {
        Optional<Applicant> applicant = accounts.forKnownEmail(email);
        if (applicant.isEmpty()) {
            return false;
        }
        SecretToken token = SecretToken.create();
        LocalDateTime now = Times.nowUtc(clock);
        sql.update("""
                INSERT INTO sign_in_token (token_hash, applicant_id, created_at, expires_at) VALUES (?, ?, ?, ?)""",
                token.hash(), applicant.get().id(), now, now.plus(VALID_FOR));
        outbox.enqueue(applicant.get().email(), EmailTemplate.SIGN_IN_LINK, Map.of("token", token.token(),
                "minutes", String.valueOf(VALID_FOR.toMinutes())));
        return true;
    }

    /** Uses up the token: exactly one caller can sign in with it, even when two try at once. */
    @Transactional
    public Redemption redeem(String token) {
        Redemption redemption = spend(token);
        if (!(redemption instanceof Redemption.SignedIn)) {
            counts.signInFailed("applicant-link");
        }
        return redemption;
    }

    private Redemption spend(String token) {
        String hash = SecretToken.hashOf(token);
        if (hash == null) {
            return new Redemption.Unknown();
        }
        LocalDateTime now = Times.nowUtc(clock);
        int used = sql.update("""
                UPDATE sign_in_token SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?""",
                now, hash, now);
        record Row(long applicantId, LocalDateTime usedAt) { }
        Optional<Row> row = sql.one("SELECT applicant_id, used_at FROM sign_in_token WHERE token_hash = ?",
                rs -> new Row(rs.getLong(1), rs.getObject(2, LocalDateTime.class)), hash);
        if (row.isEmpty()) {
            return new Redemption.Unknown();
        }
        if (used == 1) {
            // one link signs in: any other still outstanding (asked for twice, or by someone else) is spent now
            Optional<Applicant> applicant = accounts.find(row.get().applicantId());
            applicant.ifPresent(this::retireAll);
            return applicant
                    .<Redemption>map(Redemption.SignedIn::new).orElse(new Redemption.Unknown());
        }
        return row.get().usedAt() != null ? new Redemption.AlreadyUsed() : new Redemption.Expired();
    }

    /** Spends every link of this account not yet used (when the person signs out of every device). */
    public int retireAll(Applicant applicant) {
        LocalDateTime now = Times.nowUtc(clock);
        return sql.update("UPDATE sign_in_token SET used_at = ? WHERE applicant_id = ? AND used_at IS NULL",
                now, applicant.id());
    }

    /** Deletes tokens that can no longer be used. */
    public int purgeExpired() {
        return sql.update("DELETE FROM sign_in_token WHERE expires_at < ?", Times.nowUtc(clock).minusDays(1));
    }
}
