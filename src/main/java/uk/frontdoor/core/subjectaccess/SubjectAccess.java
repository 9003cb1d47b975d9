package uk.frontdoor.core.subjectaccess;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.action.Wording;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.retention.Erasure;
import uk.frontdoor.core.audit.Subject;
import uk.frontdoor.core.identity.EmailAddress;
import uk.frontdoor.core.reference.ReferenceNumbers;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.platform.time.Times;

/**
 * Subject access (UK GDPR Article 15; ADR 39): an administrator or a data protection officer finds a person by
 * address, reference or name and reads everything held about them. Nobody else may (not found). Each search and
 * each report read is one audit row, naming the member of staff and the person's records, never their address.
 */
@Singleton
public class SubjectAccess {
    /** What is typed for a search. */
    public static final String FIELD = "query";
    private static final String ERROR = "staff.subjectAccess.error.";
    private static final int NAME_MIN = 2;
    private static final int NAME_MAX = 200;
    /** A reference as the agency gives them: its prefix, then letters and digits (ENQ-7K3M-9QW4-B, typed any way). */
    private static final Pattern REFERENCE = Pattern.compile("(ENQ|SUP|ROI|EVT)[- ]*[0-9A-Z][0-9A-Z -]*",
            Pattern.CASE_INSENSITIVE);

    private final People people;
    private final ReportReader reader;
    private final PersonKeys keys;
    private final AuditLog audit;
    private final Clock clock;

    private final Erasure erasure;

    public SubjectAccess(People people, ReportReader reader, PersonKeys keys, AuditLog audit, Clock clock,
                         Erasure erasure) {
        this.erasure = erasure;
        this.people = people;
        this.reader = reader;
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Erases the person a report's key names, for the reason given ({@link Erasure#erase}: only a data protection
     * officer; refused while a legal hold keeps their records). Not found for a key that is altered or has expired.
     */
    public Result<Erasure.Changed> erase(StaffMember me, String key, String reason) {
        return keys.open(key).map(person -> erasure.erase(me, person, reason)).orElseGet(Result::notFound);
    }

    /** Whether a report's key still names someone (not altered, not expired). */
    public boolean opens(String key) {
        return keys.open(key).isPresent();
    }

    /** Corrects the name or phone number of the person a report's key names ({@link Erasure#correct}). */
    public Result<Erasure.Changed> correct(StaffMember me, String key, String fullName, String phone, String reason) {
        return keys.open(key).map(person -> erasure.correct(me, person, fullName, phone, reason))
                .orElseGet(Result::notFound);
    }

    /** Whether {@code me} may run subject access: administrators and data protection officers. */
    public static boolean mayRun(StaffMember me) {
        return me.has(Role.ADMINISTRATOR) || me.has(Role.DATA_PROTECTION_OFFICER);
    }

    /** A person found: the key that opens their report (ADR 39), their names as their records give them and what they hold. */
    public record Candidate(String key, EmailAddress email, List<String> names, List<Wording> holds,
                            PersonRecords records) {
    }

    /** What a search found: by address or reference one person, by name everyone whose name matches. */
    public record Found(boolean byName, List<Candidate> people) {
    }

    /**
     * Finds people from what was typed: an address (has an {@code @}), a reference (starts with one of the agency's
     * prefixes), or else a name. Refused: nothing typed, an address that is not one, a reference or address no record
     * has, a name too short to search by or that no record has. Audited either way.
     */
    @Transactional
    public Result<Found> search(StaffMember me, String typed) {
        if (!mayRun(me)) {
            return Result.notFound();
        }
        String query = typed == null ? "" : typed.strip();
        Result<Found> result;
        String by;
        if (query.isEmpty()) {
            by = "nothing";
            result = Result.refused(FIELD, ERROR + "blank");
        } else if (query.contains("@")) {
            by = "email";
            result = byEmail(query);
        } else if (isReference(query)) {
            String reference = ReferenceNumbers.typed(query).orElse("");
            by = "reference " + (reference.length() > 40 ? reference.substring(0, 40) : reference);
            result = people.byReference(reference).map(this::one)
                    .orElseGet(() -> Result.refused(FIELD, ERROR + "referenceUnknown"));
        } else {
            by = "name";
            result = byName(query);
        }
        audit.staff(me.id(), "SUBJECT_ACCESS_SEARCH", Subject.PERSON, null, "by " + by + ": " + outcome(result));
        return result;
    }

    /**
     * Everything held about the person a key opens, audited as read {@code as} ("page" or "file"); not found when the
     * key is not one, was altered or has ended (search again).
     */
    @Transactional
    public Result<Report> report(StaffMember me, String key, String as) {
        if (!mayRun(me)) {
            return Result.notFound();
        }
        Optional<EmailAddress> email = keys.open(key);
        if (email.isEmpty()) {
            return Result.notFound();
        }
        PersonRecords records = people.records(email.get());
        audit.staff(me.id(), "SUBJECT_ACCESS_REPORT", Subject.PERSON, null, as + ": " + records.described());
        return Result.done(new Report(email.get().value(), Times.nowUtc(clock), me.displayName(),
                reader.read(records)));
    }

    /**
     * A reference, typed any way: one of the agency's prefixes and a digit (a person's name has none), or a reference
     * whose check character holds (one in 25 has no digit at all).
     */
    public static boolean isReference(String typed) {
        return REFERENCE.matcher(typed).matches() && (typed.chars().anyMatch(Character::isDigit)
                || ReferenceNumbers.isValid(ReferenceNumbers.typed(typed).orElse("")));
    }

    private Result<Found> byEmail(String typed) {
        EmailAddress.Reading reading = EmailAddress.read(typed);
        if (reading instanceof EmailAddress.Reading.Invalid invalid) {
            return Result.refused(FIELD, invalid.problem().messageKey(ERROR + "email"));
        }
        EmailAddress email = ((EmailAddress.Reading.Valid) reading).address();
        return one(email);
    }

    private Result<Found> one(EmailAddress email) {
        PersonRecords records = people.records(email);
        if (records.isEmpty()) {
            return Result.refused(FIELD, ERROR + "noRecords");
        }
        return Result.done(new Found(false, List.of(candidate(email, Set.of(), records))));
    }

    private Result<Found> byName(String name) {
        if (name.length() < NAME_MIN) {
            return Result.refused(FIELD, ERROR + "nameShort");
        }
        if (name.length() > NAME_MAX) {
            return Result.refused(FIELD, ERROR + "nameLong");
        }
        Map<EmailAddress, Set<String>> found = people.byName(name);
        if (found.isEmpty()) {
            return Result.refused(FIELD, ERROR + "noName");
        }
        List<Candidate> candidates = new ArrayList<>();
        found.forEach((email, names) -> candidates.add(candidate(email, names, people.records(email))));
        return Result.done(new Found(true, candidates));
    }

    private Candidate candidate(EmailAddress email, Set<String> names, PersonRecords r) {
        List<Wording> holds = new ArrayList<>();
        count(holds, "accounts", r.accounts().size());
        count(holds, "enquiries", r.enquiries().size());
        count(holds, "registrations", r.registrations().size());
        count(holds, "journeys", r.journeys().size());
        count(holds, "bookings", r.bookings().size());
        count(holds, "waitingList", r.waitingList().size());
        count(holds, "training", r.enrolments().size());
        count(holds, "supportRequests", r.supportRequests().size());
        count(holds, "emails", r.emails());
        return new Candidate(keys.of(email), email, List.copyOf(names), holds, r);
    }

    private static void count(List<Wording> holds, String kind, long n) {
        if (n > 0) {
            holds.add(Wording.of("staff.subjectAccess.holds." + kind, String.valueOf(n)));
        }
    }

    /** A search's outcome for its audit row: the records found, never the address or name typed. */
    private String outcome(Result<Found> result) {
        if (result instanceof Result.Refused<Found> refused) {
            String key = refused.problems().get(0).messageKey();
            return "refused (" + key.substring(key.lastIndexOf('.') + 1) + ")";
        }
        Found found = ((Result.Done<Found>) result).value();
        List<String> each = found.people().stream()
                .map(c -> "[" + c.records().described() + "]").toList();
        return found.people().size() + (found.people().size() == 1 ? " person " : " people ") + String.join(" ", each);
    }
}
