package uk.frontdoor.core.enquiry;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.calendar.BankHolidays;
import uk.frontdoor.core.identity.EmailAddress;
import uk.frontdoor.core.notify.EmailAllowance;
import uk.frontdoor.core.notify.EmailTemplate;
import uk.frontdoor.core.notify.Outbox;
import uk.frontdoor.core.questions.Question;
import uk.frontdoor.core.reference.ReferenceNumbers;
import uk.frontdoor.core.region.Borough;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.core.region.Team;
import uk.frontdoor.core.work.WorkKind;
import uk.frontdoor.core.work.WorkQueue;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;

/**
 * Sends an enquiry: in one transaction it checks the whole draft again, stores the enquiry (and any
 * equality answers apart from it), puts a work item in the queue of the team that takes enquiries from
 * the person's borough, queues the acknowledgement email, writes the audit row and deletes the draft.
 * The draft is locked first, so the same answers sent twice (a double click, the back button) make one
 * enquiry: the second send finds no draft and is shown the first one's receipt.
 */
@Singleton
public class Enquiries {
    private static final Logger LOG = LoggerFactory.getLogger(Enquiries.class);
    /** The version of the privacy notice people agree to; change it when the notice changes. */
    public static final String PRIVACY_VERSION = "2025-01";
    public static final String REFERENCE_PREFIX = "ENQ";
    static final int REFERENCE_ATTEMPTS = 5;
    private static final int DUPLICATE_KEY = 1062;

    private final Sql sql;
    private final Clock clock;
    private final RegionDirectory region;
    private final BankHolidays holidays;
    private final WorkQueue workQueue;
    private final Outbox outbox;
    private final AuditLog audit;
    private volatile ReferenceNumbers references = new ReferenceNumbers();

    public Enquiries(Sql sql, Clock clock, RegionDirectory region, BankHolidays holidays, WorkQueue workQueue,
                     Outbox outbox, AuditLog audit) {
        this.sql = sql;
        this.clock = clock;
        this.region = region;
        this.holidays = holidays;
        this.workQueue = workQueue;
        this.outbox = outbox;
        this.audit = audit;
    }

    public sealed interface Outcome {
        /** Stored and queued. */
        record Sent(Receipt receipt) implements Outcome { }
        /** No draft to send, because this browser has just sent it: here is what it was told then. */
        record AlreadySent(Receipt receipt) implements Outcome { }
        /** No draft to send and nothing sent from this browser. */
        record NothingToSend() implements Outcome { }
        /** A page still needs an answer (or an answer is no longer valid): nothing was written. */
        record Incomplete(EnquiryStep step) implements Outcome { }
    }

    /**
     * Sends the session's draft. The person must have agreed to the privacy notice. The acknowledgement email goes
     * only if {@code emails} allows one to the address given (the enquiry is kept either way).
     */
    @Transactional
    public Outcome submit(String sessionId, boolean consented, EmailAllowance emails) {
        if (!consented) {
            throw new IllegalArgumentException("An enquiry is sent only with the person's agreement");
        }
        Optional<EnquiryAnswers> locked = sql.one(
                "SELECT answers FROM enquiry_draft WHERE session_id = ? FOR UPDATE",
                rs -> EnquiryAnswers.decode(rs.getString(1)), sessionId);
        if (locked.isEmpty()) {
            return receipt(sessionId).<Outcome>map(Outcome.AlreadySent::new).orElseGet(Outcome.NothingToSend::new);
        }
        EnquiryAnswers answers = locked.get();
        List<Borough> boroughs = region.boroughs();
        List<String> boroughCodes = boroughs.stream().map(Borough::code).toList();
        Optional<EnquiryStep> incomplete = EnquiryStep.firstIncomplete(answers, boroughCodes);
        if (incomplete.isPresent()) {
            return new Outcome.Incomplete(incomplete.get());
        }
        Borough borough = boroughs.stream().filter(b -> b.code().equals(answers.get("borough"))).findFirst()
                .orElseThrow();
        Team team = region.routing().teamFor(WorkKind.ENQUIRY, borough.id()).orElseThrow(() ->
                new IllegalStateException("No team takes enquiries from " + borough.name()));
        LocalDateTime now = Times.nowUtc(clock);
        LocalDate respondBy = holidays.calendar().plusWorkingDays(Times.todayUk(clock),
                region.targetWorkingDays(WorkKind.ENQUIRY));

        String reference = null;
        long enquiryId = 0;
        for (int attempt = 1; reference == null; attempt++) {
            String candidate = references.next(REFERENCE_PREFIX);
            try {
                enquiryId = insertEnquiry(candidate, now, borough, answers);
                reference = candidate;
            } catch (RuntimeException e) {
                if (!isDuplicateKey(e) || attempt >= REFERENCE_ATTEMPTS) {
                    throw e;
                }
                LOG.warn("Reference {} is taken; drawing another (attempt {})", candidate, attempt);
            }
        }
        insertEquality(enquiryId, answers);
        workQueue.create(WorkKind.ENQUIRY, team.id(), "ENQUIRY", enquiryId, reference,
                "Adoption enquiry – " + borough.name());
        EmailAddress to = EmailAddress.canonical(answers.get("email")).orElseThrow();
        if (emails.allows(to.value())) {
            outbox.enqueue(to, EmailTemplate.ENQUIRY_RECEIVED, Map.of("reference", reference));
        }
        audit.system("ENQUIRY_SUBMITTED", "ENQUIRY", enquiryId, "Reference " + reference + ", routed to " + team.code());
        sql.update("DELETE FROM enquiry_draft WHERE session_id = ?", sessionId);
        sql.update("""
                INSERT INTO enquiry_receipt (session_id, enquiry_id, reference, respond_by, created_at)
                VALUES (?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE enquiry_id = VALUES(enquiry_id), reference = VALUES(reference),
                                        respond_by = VALUES(respond_by), created_at = VALUES(created_at)""",
                sessionId, enquiryId, reference, respondBy, now);
        return new Outcome.Sent(new Receipt(enquiryId, reference, respondBy));
    }

    /** The last enquiry sent from this session, for its confirmation page. */
    public Optional<Receipt> receipt(String sessionId) {
        if (sessionId == null) {
            return Optional.empty();
        }
        return sql.one("SELECT enquiry_id, reference, respond_by FROM enquiry_receipt WHERE session_id = ?",
                rs -> new Receipt(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class)), sessionId);
    }

    /** The agency's public phone number, for people who cannot (or may not) go on online. */
    public Optional<String> agencyPhone() {
        return region.publicPhone();
    }

    /** The number of working days within which people who enquire are contacted. */
    public int targetWorkingDays() {
        return region.targetWorkingDays(WorkKind.ENQUIRY);
    }

    /** For tests of reference collisions: the source of new references. */
    void useReferences(ReferenceNumbers references) {
        this.references = references;
    }

    private long insertEnquiry(String reference, LocalDateTime now, Borough borough, EnquiryAnswers a) {
        return sql.insert("""
                INSERT INTO enquiry (reference, submitted_at, borough_id, full_name, email, phone, contact_method,
                                     contact_times, applying_with, partner_name, interests, children_considered,
                                     children_notes, heard_about, heard_about_other, privacy_version, consent_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                reference, now, borough.id(), a.get("fullName"),
                EmailAddress.canonical(a.get("email")).orElseThrow().value(), a.get("phone"),
                a.get("contactMethod"), EnquiryRecords.join(a.all("contactTimes")), a.get("applyingWith"),
                a.orNull("partnerName"), EnquiryRecords.join(a.all("interests")),
                a.all("childrenConsidered").isEmpty() ? null : EnquiryRecords.join(a.all("childrenConsidered")),
                a.orNull("childrenNotes"), a.get("heardAbout"), a.orNull("heardAboutOther"), PRIVACY_VERSION, now);
    }

    private void insertEquality(long enquiryId, EnquiryAnswers a) {
        List<String> fields = EnquiryStep.EQUALITY.questions().stream().map(Question::name).toList();
        if (fields.stream().allMatch(f -> a.orNull(f) == null)) {
            return;
        }
        sql.update("""
                INSERT INTO enquiry_equality (enquiry_id, ethnicity, religion, sexual_orientation, disability)
                VALUES (?, ?, ?, ?, ?)""",
                enquiryId, a.orNull("ethnicity"), a.orNull("religion"), a.orNull("sexualOrientation"),
                a.orNull("disability"));
    }

    static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getErrorCode() == DUPLICATE_KEY) {
                return true;
            }
        }
        return false;
    }
}
