package uk.frontdoor.core.retention;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.audit.Subject;
import uk.frontdoor.core.identity.EmailAddress;
import uk.frontdoor.core.identity.RecordsByAddress;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;

/**
 * A person's rights to erasure and to correction (UK GDPR Articles 16 and 17), carried out by a data protection
 * officer with the reason recorded. A person is every record with their address, compared exactly (ADR 29). Erasure
 * anonymises each of their records as the retention run would (the figures reports count stay), deletes the emails
 * sent to them and ends their account's sign-in; it is refused whole, with each reason, while a {@link LegalHold}
 * holds any of their records.
 */
@Singleton
public class Erasure {
    public static final String REASON = "reason";
    public static final String FULL_NAME = "fullName";
    public static final String PHONE = "phone";
    public static final int MAX_REASON = 1000;
    public static final int MAX_NAME = 200;
    public static final int MAX_PHONE = 40;


    private final Sql sql;
    private final Clock clock;
    private final RecordRemoval removal;
    private final AuditLog audit;
    private final RecordsByAddress records;

    public Erasure(Sql sql, Clock clock, RecordRemoval removal, AuditLog audit, RecordsByAddress records) {
        this.records = records;
        this.sql = sql;
        this.clock = clock;
        this.removal = removal;
        this.audit = audit;
    }

    /** What an erasure or a correction came to: how many records it changed. */
    public record Changed(int records) {
    }

    /** Why this person's records must be kept now: empty when nothing holds them. */
    public List<LegalHold> holds(EmailAddress person) {
        String email = person.value();
        String journeys = """
                SELECT COUNT(*) FROM adopter_journey j LEFT JOIN applicant_account a ON a.id = j.applicant_id
                WHERE (a.email = ? OR j.enquiry_id IN (SELECT id FROM enquiry WHERE email = ?)) AND j.state""";
        List<LegalHold> holds = new ArrayList<>();
        if (sql.count(journeys + " = 'APPROVED'", email, email) > 0) {
            holds.add(LegalHold.APPROVED_ADOPTER);
        }
        if (sql.count(journeys + " NOT IN " + DueRecords.ENDED, email, email) > 0) {
            holds.add(LegalHold.OPEN_ASSESSMENT);
        }
        if (sql.count("""
                SELECT COUNT(*) FROM support_request s JOIN asgsf_application f ON f.support_request_id = s.id
                WHERE s.email = ?""", email) > 0) {
            holds.add(LegalHold.CHILDS_ADOPTION);
        }
        return holds;
    }

    /**
     * Erases what is held about a person, for the reason given: refused when no reason is given (or it is longer than
     * {@link #MAX_REASON}), when nothing is held about them, or, with one problem per hold, when a legal hold keeps
     * their records (that refusal is audited too: the request was made). Only a data protection officer erases.
     */
    @Transactional
    public Result<Changed> erase(StaffMember me, EmailAddress person, String reason) {
        if (!me.isDataProtectionOfficer()) {
            return Result.notFound();
        }
        String why = reason == null ? "" : reason.strip();
        List<Problem> problems = reasonProblems(why);
        if (!problems.isEmpty()) {
            return Result.refused(problems);
        }
        String email = person.value();
        List<DueRecords.Due> records = new ArrayList<>();
        records.addAll(due(DueRecords.ENQUIRY, "SELECT id FROM enquiry WHERE email = ? AND anonymised_at IS NULL", email));
        records.addAll(due(DueRecords.SUPPORT_REQUEST,
                "SELECT id FROM support_request WHERE email = ? AND anonymised_at IS NULL", email));
        records.addAll(due(DueRecords.BOOKING,
                "SELECT id FROM event_booking WHERE email = ? AND anonymised_at IS NULL", email));
        records.addAll(due(DueRecords.WAITING,
                "SELECT id FROM event_waiting WHERE email = ? AND anonymised_at IS NULL", email));
        records.addAll(due(DueRecords.JOURNEY, """
                SELECT j.id FROM adopter_journey j JOIN applicant_account a ON a.id = j.applicant_id
                WHERE a.email = ? AND j.anonymised_at IS NULL""", email));
        List<Long> accounts = sql.list("SELECT id FROM applicant_account WHERE email = ?", rs -> rs.getLong(1), email);
        if (records.isEmpty() && accounts.isEmpty()) {
            return Result.refused("person", "staff.erasure.nothingHeld");
        }
        List<LegalHold> holds = holds(person);
        if (!holds.isEmpty()) {
            audit.staff(me.id(), "ERASURE_REFUSED", Subject.PERSON, null, "held: " + holds + "; reason given: " + why);
            return Result.refused(holds.stream().map(h -> new Problem("person", "staff.erasure.held." + h)).toList());
        }
        LocalDateTime now = Times.nowUtc(clock);
        removal.apply(RetentionAction.ANONYMISE, records, now);
        removal.anonymiseAccounts(accounts);
        int emails = sql.update("DELETE FROM outbox_email WHERE recipient = ?", email);
        audit.staff(me.id(), "ERASE_PERSON", Subject.PERSON, null, describe(records) + ", " + accounts.size()
                + " account(s), " + emails + " email(s) deleted; reason: " + why);
        return Result.done(new Changed(records.size() + accounts.size()));
    }

    /**
     * Corrects a person's name or phone number on every record of theirs not yet anonymised (a blank value leaves it as
     * it is), for the reason given; refused when neither is given, either is too long, or there is no reason. The audit
     * row names which fields changed on how many records, not the values. Only a data protection officer corrects.
     */
    @Transactional
    public Result<Changed> correct(StaffMember me, EmailAddress person, String fullName, String phone, String reason) {
        if (!me.isDataProtectionOfficer()) {
            return Result.notFound();
        }
        String name = fullName == null ? "" : fullName.strip();
        String number = phone == null ? "" : phone.strip();
        String why = reason == null ? "" : reason.strip();
        List<Problem> problems = new ArrayList<>();
        if (name.isEmpty() && number.isEmpty()) {
            problems.add(new Problem(FULL_NAME, "staff.correction.nothing"));
        }
        if (name.length() > MAX_NAME) {
            problems.add(new Problem(FULL_NAME, "staff.correction.fullName.tooLong"));
        }
        if (number.length() > MAX_PHONE || !number.matches("[0-9 +()-]*")) {
            problems.add(new Problem(PHONE, "staff.correction.phone.invalid"));
        }
        problems.addAll(reasonProblems(why));
        if (!problems.isEmpty()) {
            return Result.refused(problems);
        }
        int changed = 0;
        List<String> fields = new ArrayList<>();
        if (!name.isEmpty()) {
            fields.add("name");
            changed += records.rename(person, name);
        }
        if (!number.isEmpty()) {
            fields.add("phone");
            changed += records.renumber(person, number);
        }
        if (changed == 0) {
            return Result.refused("person", "staff.erasure.nothingHeld");
        }
        audit.staff(me.id(), "CORRECT_PERSON", Subject.PERSON, null,
                String.join(" and ", fields) + " corrected on " + changed + " record(s); reason: " + why);
        return Result.done(new Changed(changed));
    }

    private static List<Problem> reasonProblems(String why) {
        if (why.isEmpty()) {
            return List.of(new Problem(REASON, "staff.erasure.reason.missing"));
        }
        if (why.length() > MAX_REASON) {
            return List.of(new Problem(REASON, "staff.erasure.reason.tooLong"));
        }
        return List.of();
    }

    private List<DueRecords.Due> due(String part, String query, String email) {
        return sql.list(query, rs -> new DueRecords.Due(part, rs.getLong(1)), email);
    }

    private static String describe(List<DueRecords.Due> records) {
        StringBuilder text = new StringBuilder();
        for (String part : List.of(DueRecords.ENQUIRY, DueRecords.SUPPORT_REQUEST, DueRecords.JOURNEY,
                DueRecords.BOOKING, DueRecords.WAITING)) {
            List<Long> ids = DueRecords.ids(records, part);
            if (!ids.isEmpty()) {
                text.append(text.length() == 0 ? "" : ", ").append(part).append(' ').append(ids);
            }
        }
        return "anonymised " + (text.length() == 0 ? "no records" : text);
    }
}
