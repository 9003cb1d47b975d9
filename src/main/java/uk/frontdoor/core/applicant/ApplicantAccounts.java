package uk.frontdoor.core.applicant;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import uk.frontdoor.core.identity.EmailAddress;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;

/**
 * Accounts for the public. One exists only for an email the agency already knows (it made an enquiry or asked for
 * adoption support), created the first time that person asks to sign in, so no one can make accounts for addresses
 * we have never seen. Addresses are matched in their canonical form, byte for byte (ADR 0029).
 */
@Singleton
public class ApplicantAccounts {
    private final Sql sql;
    private final Clock clock;

    public ApplicantAccounts(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    public Optional<Applicant> find(long id) {
        return sql.one("SELECT id, email FROM applicant_account WHERE id = ?",
                rs -> new Applicant(rs.getLong(1), rs.getString(2)), id);
    }

    /** The account with exactly this address, if there is one. */
    public Optional<Applicant> withEmail(EmailAddress email) {
        return sql.one("SELECT id, email FROM applicant_account WHERE email = ?",
                rs -> new Applicant(rs.getLong(1), rs.getString(2)), email.value());
    }

    /** The account for this email, created now if the agency knows the email but it has no account yet. */
    public Optional<Applicant> forKnownEmail(EmailAddress email) {
        Optional<Applicant> existing = withEmail(email);
        if (existing.isPresent()) {
            return existing;
        }
        if (sql.count("SELECT COUNT(*) FROM enquiry WHERE email = ?", email.value()) == 0
                && sql.count("SELECT COUNT(*) FROM support_request WHERE email = ?", email.value()) == 0) {
            return Optional.empty();
        }
        sql.update("INSERT IGNORE INTO applicant_account (email, created_at) VALUES (?, ?)", email.value(),
                Times.nowUtc(clock));
        return withEmail(email);
    }
}
