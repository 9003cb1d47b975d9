package uk.frontdoor.core.enquiry;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.audit.Subject;
import uk.frontdoor.core.calendar.BankHolidays;
import uk.frontdoor.core.identity.EmailAddress;
import uk.frontdoor.core.notify.EmailAllowance;
import uk.frontdoor.core.notify.EmailTemplate;
import uk.frontdoor.core.notify.Outbox;
import uk.frontdoor.core.questions.AskedOn;
import uk.frontdoor.core.questions.Question;
import uk.frontdoor.core.questions.Sending;
import uk.frontdoor.core.questions.Submission;
import uk.frontdoor.core.reference.ReferenceNumbers;
import uk.frontdoor.core.region.Borough;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.core.region.Spoke;
import uk.frontdoor.core.reports.EnquiryProgress;
import uk.frontdoor.core.region.Team;
import uk.frontdoor.core.work.WorkKind;
import uk.frontdoor.core.work.WorkQueue;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;

/**
 * Sends an enquiry ({@link uk.frontdoor.core.questions.Drafts#send}): in one transaction it checks the whole draft
 * again, stores the enquiry (and any equality answers apart from it), puts a work item in the queue of the team that
 * takes enquiries from the person's borough, queues the acknowledgement email, writes the audit row and deletes the
 * draft. The same answers sent twice (a double click, the back button) make one enquiry.
 */
@Singleton
public class Enquiries implements Sending<EnquiryStep, Receipt> {
    /** The version of the privacy notice people agree to; change it when the notice changes. */
    public static final String PRIVACY_VERSION = "2025-01";
    public static final String REFERENCE_PREFIX = "ENQ";

    private final Sql sql;
    private final Clock clock;
    private final RegionDirectory region;
    private final BankHolidays holidays;
    private final WorkQueue workQueue;
    private final Outbox outbox;
    private final AuditLog audit;
    private final EnquiryDrafts drafts;
    private final EnquiryProgress progress;
    private volatile ReferenceNumbers references = new ReferenceNumbers();

    public Enquiries(Sql sql, Clock clock, RegionDirectory region, BankHolidays holidays, WorkQueue workQueue,
                     Outbox outbox, AuditLog audit, EnquiryDrafts drafts, EnquiryProgress progress) {
        this.sql = sql;
        this.clock = clock;
        this.region = region;
        this.holidays = holidays;
        this.workQueue = workQueue;
        this.outbox = outbox;
        this.audit = audit;
        this.drafts = drafts;
        this.progress = progress;
    }

    @Override
    @Transactional
    public Submission<EnquiryStep, Receipt> submit(String sessionId, boolean consented, EmailAllowance emails) {
        if (!consented) {
            throw new IllegalArgumentException("An enquiry is sent only with the person's agreement");
        }
        List<Borough> boroughs = region.boroughs();
        AskedOn on = new AskedOn(boroughs.stream().map(Borough::code).toList(), Times.todayUk(clock));
        return drafts.send(sessionId, on, this::receipt, answers -> store(answers, boroughs, emails));
    }

    private Receipt store(EnquiryAnswers answers, List<Borough> boroughs, EmailAllowance emails) {
        Borough borough = boroughs.stream().filter(b -> b.code().equals(answers.get("borough"))).findFirst()
                .orElseThrow();
        Team team = region.routing().teamFor(WorkKind.ENQUIRY, borough.id()).orElseThrow(() ->
                new IllegalStateException("No team takes enquiries from " + borough.name()));
        LocalDateTime now = Times.nowUtc(clock);
        LocalDate respondBy = holidays.calendar().plusWorkingDays(Times.todayUk(clock),
                region.targetWorkingDays(WorkKind.ENQUIRY));
        ReferenceNumbers.Numbered enquiry = references.insertWithNew(REFERENCE_PREFIX,
                reference -> insertEnquiry(reference, now, borough, answers));
        insertEquality(enquiry.id(), answers);
        progress.refresh(enquiry.id());
        workQueue.create(WorkKind.ENQUIRY, team.id(), Subject.ENQUIRY, enquiry.id(), enquiry.reference(),
                "Adoption enquiry – " + borough.name());
        EmailAddress to = EmailAddress.canonical(answers.get("email")).orElseThrow();
        if (emails.allows(to.value())) {
            outbox.enqueue(to, EmailTemplate.ENQUIRY_RECEIVED, Map.of("reference", enquiry.reference()));
        }
        audit.system("ENQUIRY_SUBMITTED", Subject.ENQUIRY, enquiry.id(),
                "Reference " + enquiry.reference() + ", routed to " + team.code());
        String spoke = region.spokes().stream().filter(s -> s.id() == borough.spokeId()).map(Spoke::code).findFirst()
                .orElseThrow();
        return new Receipt(enquiry.id(), enquiry.reference(), respondBy, spoke);
    }

    @Override
    public Optional<Receipt> receipt(String sessionId) {
        if (sessionId == null) {
            return Optional.empty();
        }
        return sql.one("""
                SELECT r.enquiry_id, r.reference, r.respond_by, s.code FROM enquiry_receipt r
                JOIN enquiry e ON e.id = r.enquiry_id JOIN borough b ON b.id = e.borough_id
                JOIN spoke s ON s.id = b.spoke_id WHERE r.session_id = ?""",
                rs -> new Receipt(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4)),
                sessionId);
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
}
