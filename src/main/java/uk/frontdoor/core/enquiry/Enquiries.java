package uk.frontdoor.core.enquiry;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.action.Wording;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.audit.Subject;
import uk.frontdoor.core.calendar.BankHolidays;
import uk.frontdoor.core.identity.EmailAddress;
import uk.frontdoor.core.identity.SecretToken;
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
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.core.work.WorkKind;
import uk.frontdoor.core.work.WorkQueue;
import uk.frontdoor.platform.db.RetriedOnConflict;
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
    private static final Logger LOG = LoggerFactory.getLogger(Enquiries.class);
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
    @RetriedOnConflict
    public Submission<EnquiryStep, Receipt> submit(String sessionId, boolean consented, EmailAllowance emails) {
        if (!consented) {
            throw new IllegalArgumentException("An enquiry is sent only with the person's agreement");
        }
        List<Borough> boroughs = region.boroughs();
        AskedOn on = new AskedOn(boroughs.stream().map(Borough::code).toList(), Times.todayUk(clock));
        return drafts.send(sessionId, on, this::receipt, answers -> store(answers, boroughs, emails, Origin.ONLINE));
    }

    /** Who brought an enquiry in: the public form (no one), or a member of staff and how it reached them. */
    private record Origin(EnquiryMethod method, StaffMember recordedBy) {
        static final Origin ONLINE = new Origin(EnquiryMethod.ONLINE, null);

        Long staffId() {
            return recordedBy == null ? null : recordedBy.id();
        }
    }

    /** An enquiry a member of staff keyed in: its reference and the team whose queue it went to. */
    public record Recorded(long enquiryId, String reference, long teamId) {
    }

    /**
     * A member of staff keys in an enquiry taken by phone, email, at an event or in person ({@code method}, a form
     * value of {@link EnquiryMethod#keyedByStaff}): the public form's questions and rules, every page's answers at
     * once ({@code submitted}, read as the form reads them). Refused when the method is missing, an answer breaks a
     * rule, the person was not told how their information is used (the public form's agreement to the privacy notice),
     * or when the person lives outside the region (only the public form signposts them). Otherwise stored,
     * routed and acknowledged exactly as the public form's (the same email, with no per-address limit: the person
     * asked a member of staff), the work item's first history line and the audit row naming who recorded it. Only
     * those who work cases record enquiries (anyone else: not found).
     */
    @Transactional
    public Result<Recorded> record(StaffMember me, String formKey, String method, boolean toldPrivacy,
                                   Map<String, List<String>> submitted) {
        if (!me.worksCases()) {
            return Result.notFound();
        }
        List<Borough> boroughs = region.boroughs();
        List<String> codes = boroughs.stream().map(Borough::code).toList();
        Map<String, List<String>> read = new LinkedHashMap<>();
        for (EnquiryStep step : EnquiryStep.FORM.steps()) {
            read.putAll(EnquiryStep.FORM.read(step, submitted));
        }
        EnquiryAnswers answers = EnquiryAnswers.of(read);
        List<Problem> problems = new ArrayList<>();
        Optional<EnquiryMethod> how = EnquiryMethod.keyed(method);
        if (how.isEmpty()) {
            problems.add(new Problem("method", "staff.newEnquiry.method.required"));
        }
        for (EnquiryStep step : EnquiryStep.FORM.steps()) {
            problems.addAll(step.validate(answers, codes));
        }
        if (problems.isEmpty() && EnquiryStep.WHERE_YOU_LIVE.leadsAway(answers)) {
            problems.add(new Problem("borough", "staff.newEnquiry.borough.elsewhere"));
        }
        if (!toldPrivacy) {
            problems.add(new Problem("privacy", "staff.newEnquiry.privacy.required"));
        }
        if (!problems.isEmpty()) {
            return Result.refused(problems);
        }
        boolean keyed = formKey != null && FORM_KEY.matcher(formKey).matches();
        if (keyed) {
            Optional<Result<Recorded>> sentBefore = useFormKey(me, formKey);
            if (sentBefore.isPresent()) {
                return sentBefore.get();
            }
        }
        Receipt receipt = store(answers, boroughs, EmailAllowance.ALWAYS, new Origin(how.get(), me));
        long team = workQueue.openFor(Subject.ENQUIRY, receipt.enquiryId()).orElseThrow().teamId();
        if (keyed) {
            sql.update("UPDATE staff_enquiry_form SET enquiry_id = ?, reference = ?, team_id = ? WHERE form_key = ?",
                    receipt.enquiryId(), receipt.reference(), team, formKey);
        }
        return Result.done(new Recorded(receipt.enquiryId(), receipt.reference(), team));
    }

    /**
     * The one-time key of the form on which staff key in an enquiry: the one the form was sent with when it is one of
     * ours (a form shown again after a refusal keeps its key, so it still records one enquiry), else a new one.
     */
    public static String formKey(String sent) {
        return sent != null && FORM_KEY.matcher(sent).matches() ? sent : SecretToken.create().token();
    }

    /** What {@link SecretToken#create} makes: 256 random bits, URL-safe, 43 characters. */
    private static final java.util.regex.Pattern FORM_KEY = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{43}");

    /**
     * Takes a form's key for this enquiry; when the form was sent before (a double click, a resend), the enquiry it
     * recorded then, or a refusal when the key is someone else's. A second sending of the same form waits here for the
     * first to commit (the key is the table's primary key), so two at once still record one enquiry.
     */
    private Optional<Result<Recorded>> useFormKey(StaffMember me, String formKey) {
        try {
            sql.update("INSERT INTO staff_enquiry_form (form_key, staff_id, used_at) VALUES (?, ?, ?)", formKey, me.id(),
                    Times.nowUtc(clock));
            return Optional.empty();
        } catch (RuntimeException e) {
            if (!Sql.isDuplicateKey(e)) {
                throw e;
            }
        }
        // a locking read: the first sending's row as it committed, not as this transaction's first read saw it
        record Earlier(long staffId, Recorded recorded) {
        }
        Optional<Recorded> earlier = sql.one("""
                SELECT staff_id, enquiry_id, reference, team_id FROM staff_enquiry_form WHERE form_key = ? FOR UPDATE""",
                rs -> new Earlier(rs.getLong(1), rs.getObject(2) == null ? null
                        : new Recorded(rs.getLong(2), rs.getString(3), rs.getLong(4))), formKey)
                .filter(e -> e.staffId() == me.id()).map(Earlier::recorded);
        if (earlier.isEmpty()) {
            return Optional.of(Result.refused("method", "staff.newEnquiry.formUsed"));
        }
        LOG.info("Enquiry form {}... sent again; answered with the enquiry it recorded", formKey.substring(0, 4));
        return Optional.of(Result.done(earlier.get()));
    }

    private Receipt store(EnquiryAnswers answers, List<Borough> boroughs, EmailAllowance emails, Origin origin) {
        Borough borough = boroughs.stream().filter(b -> b.code().equals(answers.get("borough"))).findFirst()
                .orElseThrow();
        Team team = region.routing(boroughs).teamFor(WorkKind.ENQUIRY, borough.id()).orElseThrow(() ->
                new IllegalStateException("No team takes enquiries from " + borough.name()));
        LocalDateTime now = Times.nowUtc(clock);
        LocalDate respondBy = holidays.calendar().plusWorkingDays(Times.todayUk(clock),
                region.targetWorkingDays(WorkKind.ENQUIRY));
        ReferenceNumbers.Numbered enquiry = references.insertWithNew(REFERENCE_PREFIX,
                reference -> insertEnquiry(reference, now, borough, answers, origin));
        insertEquality(enquiry.id(), answers);
        progress.refresh(enquiry.id());
        workQueue.create(WorkKind.ENQUIRY, team.id(), Subject.ENQUIRY, enquiry.id(), enquiry.reference(),
                "Adoption enquiry – " + borough.name(), respondBy, origin.staffId(),
                origin.recordedBy() == null ? null : Wording.of("staff.history.recorded." + origin.method().name()));
        EmailAddress to = EmailAddress.canonical(answers.get("email")).orElseThrow();
        if (emails.allows(to.value())) {
            outbox.enqueue(to, EmailTemplate.ENQUIRY_RECEIVED, Map.of("reference", enquiry.reference()));
        }
        if (origin.recordedBy() == null) {
            audit.system("ENQUIRY_SUBMITTED", Subject.ENQUIRY, enquiry.id(),
                    "Reference " + enquiry.reference() + ", routed to " + team.code());
        } else {
            audit.staff(origin.staffId(), "ENQUIRY_RECORDED", Subject.ENQUIRY, enquiry.id(), "Reference "
                    + enquiry.reference() + ", taken by " + origin.method().name() + ", routed to " + team.code());
        }
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

    /** The agency's public phone number, for people who cannot (or may not) go on online (for the public pages). */
    public Optional<String> agencyPhone() {
        return region.recentPublicPhone();
    }

    /** The number of working days within which people who enquire are contacted (for the public pages). */
    public int targetWorkingDays() {
        return region.recentTargetWorkingDays(WorkKind.ENQUIRY);
    }

    /** For tests of reference collisions: the source of new references. */
    void useReferences(ReferenceNumbers references) {
        this.references = references;
    }

    private long insertEnquiry(String reference, LocalDateTime now, Borough borough, EnquiryAnswers a, Origin origin) {
        return sql.insert("""
                INSERT INTO enquiry (reference, submitted_at, borough_id, full_name, email, phone, contact_method,
                                     contact_times, applying_with, partner_name, interests, children_considered,
                                     children_notes, heard_about, heard_about_other, privacy_version, consent_at,
                                     method, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                reference, now, borough.id(), a.get("fullName"),
                EmailAddress.canonical(a.get("email")).orElseThrow().value(), a.get("phone"),
                a.get("contactMethod"), EnquiryRecords.join(a.all("contactTimes")), a.get("applyingWith"),
                a.orNull("partnerName"), EnquiryRecords.join(a.all("interests")),
                a.all("childrenConsidered").isEmpty() ? null : EnquiryRecords.join(a.all("childrenConsidered")),
                a.orNull("childrenNotes"), a.get("heardAbout"), a.orNull("heardAboutOther"), PRIVACY_VERSION, now,
                origin.method().name(), origin.staffId());
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
