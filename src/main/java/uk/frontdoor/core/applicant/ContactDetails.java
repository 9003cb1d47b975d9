package uk.frontdoor.core.applicant;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.audit.Subject;
import uk.frontdoor.core.identity.EmailAddress;
import uk.frontdoor.core.identity.RecordsByAddress;
import uk.frontdoor.core.identity.SecretToken;
import uk.frontdoor.core.notify.EmailTemplate;
import uk.frontdoor.core.notify.Outbox;
import uk.frontdoor.core.questions.Question;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;

/**
 * A person's own contact details: the name and phone number on their records, and the email address of their account.
 * A name or number changes at once on every record made with their address. A new email address takes effect only
 * when the person uses the link sent to it (they hold that mailbox as well as the account), then the account and
 * every record move to it, and the old address is told, without either address or any other detail in the email.
 */
@Singleton
public class ContactDetails {
    public static final String FULL_NAME = "fullName";
    public static final String PHONE = "phone";
    public static final String EMAIL = "email";
    public static final int MAX_NAME = 200;
    public static final int MAX_PHONE = 40;
    public static final Duration LINK_VALID_FOR = Duration.ofHours(24);

    private final Sql sql;
    private final Clock clock;
    private final RecordsByAddress records;
    private final SignInLinks signIn;
    private final Outbox outbox;
    private final AuditLog audit;

    public ContactDetails(Sql sql, Clock clock, RecordsByAddress records, SignInLinks signIn, Outbox outbox,
                          AuditLog audit) {
        this.sql = sql;
        this.clock = clock;
        this.records = records;
        this.signIn = signIn;
        this.outbox = outbox;
        this.audit = audit;
    }

    /** What the agency holds to reach the person: the name and number of their latest record, and their address. */
    public record Details(String fullName, String phone, String email) {
    }

    public Details of(Applicant applicant) {
        record Latest(String name, String phone) { }
        Latest latest = sql.one("""
                SELECT full_name, phone FROM (
                  SELECT full_name, phone, submitted_at AS at FROM enquiry WHERE email = ? AND anonymised_at IS NULL
                  UNION ALL
                  SELECT full_name, phone, submitted_at FROM support_request WHERE email = ? AND anonymised_at IS NULL
                  UNION ALL
                  SELECT full_name, NULL, booked_at FROM event_booking WHERE email = ? AND anonymised_at IS NULL
                ) r ORDER BY at DESC LIMIT 1""", rs -> new Latest(rs.getString(1), rs.getString(2)),
                applicant.email(), applicant.email(), applicant.email()).orElse(new Latest("", ""));
        return new Details(latest.name() == null ? "" : latest.name(), latest.phone() == null ? "" : latest.phone(),
                applicant.email());
    }

    /** Changes the person's name and phone number on every record of theirs; refused with each problem. */
    @Transactional
    public Result<Details> change(Applicant applicant, String fullName, String phone) {
        String name = fullName == null ? "" : fullName.strip();
        String number = phone == null ? "" : phone.strip();
        List<Problem> problems = new ArrayList<>();
        if (name.isEmpty()) {
            problems.add(new Problem(FULL_NAME, "account.details.fullName.required"));
        } else if (name.codePointCount(0, name.length()) > MAX_NAME) {
            problems.add(new Problem(FULL_NAME, "account.details.fullName.tooLong"));
        }
        if (number.isEmpty()) {
            problems.add(new Problem(PHONE, "account.details.phone.required"));
        } else if (number.length() > MAX_PHONE || Question.Format.PHONE.rule(number) != null) {
            problems.add(new Problem(PHONE, "account.details.phone.format"));
        }
        if (!problems.isEmpty()) {
            return Result.refused(problems);
        }
        Details before = of(applicant);
        EmailAddress person = address(applicant);
        List<String> changed = new ArrayList<>();
        if (!name.equals(before.fullName())) {
            records.rename(person, name);
            changed.add("name");
        }
        if (!number.equals(before.phone())) {
            records.renumber(person, number);
            changed.add("phone");
        }
        if (!changed.isEmpty()) {
            audit.applicant(applicant.id(), "CONTACT_DETAILS_CHANGED", Subject.PERSON, null,
                    String.join(" and ", changed) + " changed by the person");
        }
        return Result.done(of(applicant));
    }

    /**
     * Sends a link to the new address that makes it the account's when used; until then nothing changes. Refused
     * when the address is not one we could send to, or is already the account's. Whether another account has it is
     * not said here (that would tell a stranger whose address is known): the link's page says so to its holder.
     */
    @Transactional
    public Result<EmailAddress> askToChangeEmail(Applicant applicant, String typed) {
        EmailAddress.Reading reading = EmailAddress.read(typed);
        if (reading instanceof EmailAddress.Reading.Invalid invalid) {
            return Result.refused(EMAIL, invalid.problem().messageKey("account.details.email"));
        }
        EmailAddress wanted = ((EmailAddress.Reading.Valid) reading).address();
        if (wanted.value().equals(applicant.email())) {
            return Result.refused(EMAIL, "account.details.email.same");
        }
        SecretToken token = SecretToken.create();
        LocalDateTime now = Times.nowUtc(clock);
        sql.update("UPDATE email_change SET used_at = ? WHERE applicant_id = ? AND used_at IS NULL", now,
                applicant.id());
        sql.update("""
                INSERT INTO email_change (token_hash, applicant_id, new_email, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?)""", token.hash(), applicant.id(), wanted.value(), now, now.plus(LINK_VALID_FOR));
        outbox.enqueue(wanted, EmailTemplate.EMAIL_CHANGE_CONFIRM, Map.of("token", token.token(),
                "hours", String.valueOf(LINK_VALID_FOR.toHours())));
        audit.applicant(applicant.id(), "EMAIL_CHANGE_ASKED", Subject.PERSON, null, "a link was sent to the new address");
        return Result.done(wanted);
    }

    /** What a link to confirm a new address comes to. */
    public enum Confirmation { CHANGED, READY, EXPIRED, USED, UNKNOWN, TAKEN }

    /** Whether this link can still change an address (for the page that asks the person to confirm). */
    public Confirmation check(String token) {
        return pending(token).map(p -> p.state(Times.nowUtc(clock))).orElse(Confirmation.UNKNOWN);
    }

    /**
     * Makes the link's new address the account's: the account and every record of the person move to it, the old
     * address is told, every sign-in link sent to the old address stops working, and the link is spent. Exactly one
     * use succeeds. Refused (and nothing changes) when another account has the address by now.
     */
    @Transactional
    public Confirmation confirm(String token) {
        Optional<Pending> found = pending(token);
        LocalDateTime now = Times.nowUtc(clock);
        if (found.isEmpty() || found.get().state(now) != Confirmation.READY) {
            return found.map(p -> p.state(now)).orElse(Confirmation.UNKNOWN);
        }
        Pending change = found.get();
        if (sql.update("UPDATE email_change SET used_at = ? WHERE token_hash = ? AND used_at IS NULL", now,
                change.hash()) != 1) {
            return Confirmation.USED;
        }
        Optional<String> old = sql.one("SELECT email FROM applicant_account WHERE id = ? FOR UPDATE",
                rs -> rs.getString(1), change.applicantId());
        if (old.isEmpty()) {
            return Confirmation.UNKNOWN;
        }
        if (sql.count("SELECT COUNT(*) FROM applicant_account WHERE email = ?", change.newEmail()) > 0) {
            return Confirmation.TAKEN;
        }
        EmailAddress from = EmailAddress.canonical(old.get()).orElse(null);
        EmailAddress to = EmailAddress.canonical(change.newEmail()).orElseThrow();
        sql.update("UPDATE applicant_account SET email = ? WHERE id = ?", to.value(), change.applicantId());
        int moved = from == null ? 0 : records.readdress(from, to);
        signIn.retireAll(new Applicant(change.applicantId(), to.value()));
        if (from != null) {
            outbox.enqueue(from, EmailTemplate.EMAIL_CHANGED, Map.of());
        }
        audit.applicant(change.applicantId(), "EMAIL_CHANGED", Subject.PERSON, null,
                "the account and " + moved + " record(s) moved to the new address; the old address was told");
        return Confirmation.CHANGED;
    }

    private record Pending(String hash, long applicantId, String newEmail, LocalDateTime expiresAt,
                           LocalDateTime usedAt) {
        Confirmation state(LocalDateTime now) {
            return usedAt != null ? Confirmation.USED : expiresAt.isAfter(now) ? Confirmation.READY : Confirmation.EXPIRED;
        }
    }

    private Optional<Pending> pending(String token) {
        String hash = SecretToken.hashOf(token);
        if (hash == null) {
            return Optional.empty();
        }
        return sql.one("""
                SELECT token_hash, applicant_id, new_email, expires_at, used_at FROM email_change WHERE token_hash = ?""",
                rs -> new Pending(rs.getString(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDateTime.class), rs.getObject(5, LocalDateTime.class)), hash);
    }

    private static EmailAddress address(Applicant applicant) {
        return EmailAddress.canonical(applicant.email()).orElseThrow();
    }
}
