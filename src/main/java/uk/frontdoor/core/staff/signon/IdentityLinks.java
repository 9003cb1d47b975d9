package uk.frontdoor.core.staff.signon;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.audit.Subject;
import uk.frontdoor.core.identity.EmailAddress;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;

/**
 * Which staff account a person who signed in at the provider is. Roles and teams stay in Front Door: the provider
 * only says who the person is. An identity already linked (issuer + subject on {@code staff_account}) is that account,
 * whatever its email says now. An identity not yet linked is matched once, by the email the token vouches for, exactly
 * (after the one canonical form staff emails are kept in, compared byte for byte, never by the database's accent- and
 * case-blind collation); the link is then stored and the email is not looked at again. A deactivated account is
 * refused; so is an account already linked to another identity of the same provider. Every outcome is audited.
 */
@Singleton
class IdentityLinks {
    private static final Logger LOG = LoggerFactory.getLogger(IdentityLinks.class);

    private final Sql sql;
    private final Clock clock;
    private final AuditLog audit;

    IdentityLinks(Sql sql, Clock clock, AuditLog audit) {
        this.sql = sql;
        this.clock = clock;
        this.audit = audit;
    }

    private record Account(long id, String email, boolean active, String issuer, String subject) {
        boolean linkedTo(ProviderIdentity identity) {
            return identity.issuer().equals(issuer) && identity.subject().equals(subject);
        }
    }

    @Transactional
    public SignOnResult signIn(ProviderIdentity identity, String next) {
        Optional<Account> linked = sql.one("""
                SELECT id, email, active, sso_issuer, sso_subject FROM staff_account
                WHERE sso_issuer = ? AND sso_subject = ? FOR UPDATE""", IdentityLinks::account,
                identity.issuer(), identity.subject());
        if (linked.isPresent()) {
            return signInTo(linked.get(), identity, next);
        }
        if (identity.verifiedEmail().isEmpty()) {
            return refuse(Refusal.NO_ACCOUNT, null, "not linked yet, and the token vouches for no email ("
                    + identity.unverifiedEmail().map(e -> "unverified email " + e).orElse("no email claim") + "); "
                    + identity.describe());
        }
        // the canonical form, compared byte for byte (ADR 29): a look-alike never links to a colleague's account
        String email = EmailAddress.canonical(identity.verifiedEmail().get()).map(EmailAddress::value).orElse("");
        Optional<Account> matched = sql.list("""
                SELECT id, email, active, sso_issuer, sso_subject FROM staff_account WHERE email = ? FOR UPDATE""",
                IdentityLinks::account, email).stream().filter(a -> a.email().equals(email)).findFirst();
        if (matched.isEmpty()) {
            return refuse(Refusal.NO_ACCOUNT, null, "no account has the email " + email + "; " + identity.describe());
        }
        Account account = matched.get();
        if (account.linkedTo(identity)) {
            return signInTo(account, identity, next); // linked a moment ago by the same person in another tab
        }
        if (!account.active()) {
            return refuse(Refusal.DEACTIVATED, account.id(), "the account is deactivated; " + identity.describe());
        }
        if (identity.issuer().equals(account.issuer())) {
            return refuse(Refusal.NO_ACCOUNT, account.id(), "the account with the email " + email
                    + " is linked to another identity of this provider (subject " + account.subject() + "); "
                    + identity.describe());
        }
        sql.update("UPDATE staff_account SET sso_issuer = ?, sso_subject = ?, sso_linked_at = ? WHERE id = ?",
                identity.issuer(), identity.subject(), Times.nowUtc(clock), account.id());
        audit.staff(account.id(), "SSO_LINK", Subject.STAFF, account.id(), "linked " + identity.describe()
                + " by the verified email " + email
                + (account.issuer() == null ? "" : ", replacing the link to " + account.issuer()));
        LOG.info("Single sign-on linked staff account {} to {}", account.id(), identity.describe());
        return signInTo(account, identity, next);
    }

    private SignOnResult signInTo(Account account, ProviderIdentity identity, String next) {
        if (!account.active()) {
            return refuse(Refusal.DEACTIVATED, account.id(), "the account is deactivated; " + identity.describe());
        }
        audit.staff(account.id(), "SSO_SIGN_IN", Subject.STAFF, account.id(), identity.describe());
        return new SignOnResult.SignedIn(account.id(), next);
    }

    /** Audits a refusal (actor: the system, as nobody is signed in); the detail never holds a token. */
    SignOnResult refuse(Refusal refusal, Long staffId, String detail) {
        audit.system("SSO_REFUSED", Subject.STAFF, staffId, refusal + ": " + detail);
        LOG.info("Single sign-on refused ({}): {}", refusal, detail);
        return new SignOnResult.Refused(refusal);
    }

    private static Account account(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Account(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getString(4), rs.getString(5));
    }
}
