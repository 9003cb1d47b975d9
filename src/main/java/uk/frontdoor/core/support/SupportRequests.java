package uk.frontdoor.core.support;

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
import uk.frontdoor.core.enquiry.Enquiries;
import uk.frontdoor.core.enquiry.EnquiryRecords;
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
import uk.frontdoor.core.region.Team;
import uk.frontdoor.core.work.WorkKind;
import uk.frontdoor.core.work.WorkQueue;
import uk.frontdoor.platform.db.RetriedOnConflict;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;

/**
 * Sends a support request: in one transaction it checks the whole draft again, works out the responsible
 * council and the support team, stores the request, puts a work item in that team's queue (due sooner
 * when urgent), queues the acknowledgement email (a reference, no personal details), writes the audit
 * row and deletes the draft ({@link uk.frontdoor.core.questions.Drafts#send}): sending twice makes one request.
 * <p>
 * No acknowledgement is sent to a person who said it is not safe to leave them a message: any email from us, however
 * plainly worded, shows our address and name to whoever else reads their inbox (ADR 28). They are told so on the
 * question page and shown their reference on the confirmation page instead.
 */
@Singleton
public class SupportRequests implements Sending<SupportStep, SupportReceipt> {
    public static final String REFERENCE_PREFIX = "SUP";

    private final Sql sql;
    private final Clock clock;
    private final RegionDirectory region;
    private final BankHolidays holidays;
    private final WorkQueue workQueue;
    private final Outbox outbox;
    private final AuditLog audit;
    private final SupportTargets targets;
    private final SupportDrafts drafts;
    private final ReferenceNumbers references = new ReferenceNumbers();

    public SupportRequests(Sql sql, Clock clock, RegionDirectory region, BankHolidays holidays, WorkQueue workQueue,
                           Outbox outbox, AuditLog audit, SupportTargets targets, SupportDrafts drafts) {
        this.sql = sql;
        this.clock = clock;
        this.region = region;
        this.holidays = holidays;
        this.workQueue = workQueue;
        this.outbox = outbox;
        this.audit = audit;
        this.targets = targets;
        this.drafts = drafts;
    }

    /** The councils a request names, as the responsible-council rule takes them. */
    public record Councils(Council placing, Council livesIn) {
    }

    public static Councils councils(SupportAnswers a, List<Borough> boroughs) {
        return new Councils(council(a.get("placingCouncil"), a.get("placingCouncilOther"), boroughs),
                council(a.get("livesIn"), a.get("livesInOther"), boroughs));
    }

    private static Council council(String code, String other, List<Borough> boroughs) {
        if (Question.ELSEWHERE.equals(code)) {
            return Council.outsideTheRegion(other);
        }
        return boroughs.stream().filter(b -> b.code().equals(code)).findFirst().map(Council::of)
                .orElseThrow(() -> new IllegalArgumentException("Not a borough of the region: " + code));
    }

    /** The responsible council for a draft's answers, today. */
    public Responsibility responsibility(SupportAnswers a, List<Borough> boroughs) {
        Councils c = councils(a, boroughs);
        return ResponsibleCouncil.decide(Requester.byCode(a.get("requester")).orElseThrow(),
                Optional.of(c.placing()), c.livesIn(), dateOf(a, "adoptionOrderOn"), Times.todayUk(clock));
    }

    /** Sends the session's draft; the acknowledgement goes only to a person who said it is safe to leave a message. */
    @Override
    @Transactional
    @RetriedOnConflict
    public Submission<SupportStep, SupportReceipt> submit(String sessionId, boolean consented, EmailAllowance emails) {
        if (!consented) {
            throw new IllegalArgumentException("A support request is sent only with the person's agreement");
        }
        List<Borough> boroughs = region.boroughs();
        AskedOn on = new AskedOn(boroughs.stream().map(Borough::code).toList(), Times.todayUk(clock));
        return drafts.send(sessionId, on, this::receipt, a -> store(a, boroughs, on.today(), emails));
    }

    private SupportReceipt store(SupportAnswers a, List<Borough> boroughs, LocalDate today, EmailAllowance emails) {
        Councils councils = councils(a, boroughs);
        Responsibility responsibility = responsibility(a, boroughs);
        Team team = SupportRouting.teamFor(region.routing(), responsibility, councils.livesIn(),
                Optional.of(councils.placing()));
        Urgency urgency = Urgency.byCode(a.get("urgency")).orElseThrow();
        LocalDate respondBy = holidays.calendar().plusWorkingDays(today, targets.workingDays(urgency));
        LocalDateTime now = Times.nowUtc(clock);
        ReferenceNumbers.Numbered request = references.insertWithNew(REFERENCE_PREFIX,
                reference -> insert(reference, now, a, councils, responsibility, urgency, team));
        workQueue.create(WorkKind.SUPPORT_REQUEST, team.id(), Subject.SUPPORT_REQUEST, request.id(), request.reference(),
                title(urgency, responsibility), respondBy);
        EmailAddress to = EmailAddress.canonical(a.get("email")).orElseThrow();
        if (safeToLeaveMessage(a) && emails.allows(to.value())) {
            outbox.enqueue(to, EmailTemplate.SUPPORT_REQUEST_RECEIVED, Map.of("reference", request.reference()));
        }
        audit.system("SUPPORT_REQUEST_SUBMITTED", Subject.SUPPORT_REQUEST, request.id(), "Reference "
                + request.reference() + ", routed to " + team.code()
                + (responsibility.isOutsideTheRegion() ? ", responsible council outside the region" : ""));
        return new SupportReceipt(request.id(), request.reference(), respondBy, safeToLeaveMessage(a));
    }

    /** Whether the person said it is safe to leave them a message: only then do we email them (ADR 28). */
    public static boolean safeToLeaveMessage(SupportAnswers answers) {
        return "yes".equals(answers.get("safeToLeaveMessage"));
    }

    /** A queue title with no personal details: how urgent, and flagged when the council is outside the region. */
    static String title(Urgency urgency, Responsibility responsibility) {
        String title = urgency == Urgency.URGENT ? "Urgent adoption support request" : "Adoption support request";
        return responsibility.isOutsideTheRegion() ? title + " – council outside the region" : title;
    }

    @Override
    public Optional<SupportReceipt> receipt(String sessionId) {
        if (sessionId == null) {
            return Optional.empty();
        }
        return sql.one("""
                SELECT r.support_request_id, r.reference, r.respond_by, s.safe_to_leave_message
                FROM support_receipt r JOIN support_request s ON s.id = r.support_request_id WHERE r.session_id = ?""",
                rs -> new SupportReceipt(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getBoolean(4)), sessionId);
    }

    private long insert(String reference, LocalDateTime now, SupportAnswers a, Councils c, Responsibility r,
                        Urgency urgency, Team team) {
        return sql.insert("""
                INSERT INTO support_request (reference, submitted_at, requester, requester_other, full_name, email, phone,
                    safe_to_leave_message, safe_to_send_post, safe_contact_notes, child_first_name, child_born_on,
                    placed_on, adoption_order_on, placing_borough_id, placing_council_other, lives_in_borough_id,
                    lives_in_council_other, help, help_other, urgency, support_before, responsible_rule,
                    outside_region, team_id, privacy_version, consent_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                reference, now, a.get("requester"), a.orNull("requesterOther"), a.get("fullName"),
                EmailAddress.canonical(a.get("email")).orElseThrow().value(),
                a.orNull("phone"), safeToLeaveMessage(a), "yes".equals(a.get("safeToSendPost")),
                a.orNull("safeContactNotes"), a.get("childFirstName"), dateOf(a, "bornOn").orElseThrow(),
                dateOf(a, "placedOn").orElse(null), dateOf(a, "adoptionOrderOn").orElse(null),
                boroughId(c.placing()), c.placing().isInRegion() ? null : c.placing().name(),
                boroughId(c.livesIn()), c.livesIn().isInRegion() ? null : c.livesIn().name(),
                EnquiryRecords.join(a.all("help")), a.orNull("helpOther"), urgency.code(), a.orNull("supportBefore"),
                r.rule().name(), r.isOutsideTheRegion(), team.id(), Enquiries.PRIVACY_VERSION, now);
    }

    private static Long boroughId(Council c) {
        return c.isInRegion() ? c.borough().id() : null;
    }

    private static Optional<LocalDate> dateOf(SupportAnswers a, String name) {
        return SupportStep.ABOUT_THE_CHILD.dates().stream().filter(d -> d.name().equals(name)).findFirst()
                .flatMap(d -> d.value(a));
    }
}
