package uk.frontdoor.core.registration;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.action.Wording;
import uk.frontdoor.core.applicant.Applicant;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.audit.Subject;
import uk.frontdoor.core.calendar.TypedDate;
import uk.frontdoor.core.journey.Journey;
import uk.frontdoor.core.journey.JourneyActorIdentity;
import uk.frontdoor.core.journey.JourneyEvent;
import uk.frontdoor.core.journey.JourneyState;
import uk.frontdoor.core.journey.Journeys;
import uk.frontdoor.core.reference.ReferenceNumbers;
import uk.frontdoor.core.staff.SpecialCategory;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.core.stageone.StageOne;
import uk.frontdoor.core.work.WorkItemStatus;
import uk.frontdoor.core.work.WorkKind;
import uk.frontdoor.core.work.WorkQueue;
import uk.frontdoor.platform.db.RetriedOnConflict;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;

/**
 * Registrations of Interest: a draft per journey, saved section by section as the person goes; sending it moves
 * their journey on and puts a decision in their team's queue; staff accept or decline it.
 */
@Singleton
public class Registrations {
    public static final String REFERENCE_PREFIX = "ROI";
    /** The most a decision's plan or reasons may say. */
    public static final int NOTE_LIMIT = 4000;
    /** The approval date's input takes any four-digit year; {@link FastTrack#check} then says if it counts. */
    private static final TypedDate.Years ANY_YEAR = TypedDate.Years.between(1000, 9999);
    private static final String COLUMNS =
            "id, journey_id, applicant_id, answers, status, reference, submitted_at, decision_note";

    private final Sql sql;
    private final Clock clock;
    private final Journeys journeys;
    private final WorkQueue queue;
    private final AuditLog audit;
    private final StageOne stageOne;
    private final ReferenceNumbers references = new ReferenceNumbers();

    public Registrations(Sql sql, Clock clock, Journeys journeys, WorkQueue queue, AuditLog audit, StageOne stageOne) {
        this.sql = sql;
        this.stageOne = stageOne;
        this.clock = clock;
        this.journeys = journeys;
        this.queue = queue;
        this.audit = audit;
    }

    public Optional<Registration> find(long id) {
        return sql.one("SELECT " + COLUMNS + " FROM registration_of_interest WHERE id = ?", Registrations::map, id);
    }

    public Optional<Registration> forJourney(long journeyId) {
        return sql.one("SELECT " + COLUMNS + " FROM registration_of_interest WHERE journey_id = ?",
                Registrations::map, journeyId);
    }

    /** The journey's registration, starting an empty draft if there is none yet. */
    public Registration start(Journey journey) {
        LocalDateTime now = Times.nowUtc(clock);
        sql.update("""
                INSERT IGNORE INTO registration_of_interest (journey_id, applicant_id, answers, status, started_at, updated_at)
                VALUES (?, ?, '', 'DRAFT', ?, ?)""", journey.id(), journey.applicantId(), now, now);
        return forJourney(journey.id()).orElseThrow();
    }

    /** Saves a draft's answers; false when it is no longer a draft (sent meanwhile, in another tab). */
    @RetriedOnConflict
    public boolean save(long id, RegistrationAnswers answers) {
        return sql.update("""
                UPDATE registration_of_interest SET answers = ?, updated_at = ?, version = version + 1
                WHERE id = ? AND status = 'DRAFT'""", answers.encode(), Times.nowUtc(clock), id) == 1;
    }

    /** What came of sending a registration. */
    public sealed interface Sending {
        record Sent(long registrationId, String reference, LocalDate decideBy) implements Sending {
        }

        /** Some section is not completed: the person is sent back to it. */
        record NotReady(RegistrationSection section) implements Sending {
        }

        /** The person's journey is not waiting for a registration (never invited, or already sent). */
        record NotInvited() implements Sending {
        }
    }

    /**
     * Sends the person's registration, all or nothing: it is stored as submitted with a reference, their journey
     * moves to "registration submitted" and a decision lands in their team's queue, due in 5 working days.
     */
    @Transactional
    @RetriedOnConflict
    public Sending submit(Applicant applicant) {
        Optional<Journey> journey = journeys.current(applicant);
        if (journey.isEmpty() || journey.get().state() != JourneyState.INVITED_TO_REGISTER) {
            return new Sending.NotInvited();
        }
        Optional<Registration> draft = sql.one("SELECT " + COLUMNS + " FROM registration_of_interest "
                + "WHERE journey_id = ? AND applicant_id = ? AND status = 'DRAFT' FOR UPDATE",
                Registrations::map, journey.get().id(), applicant.id());
        if (draft.isEmpty()) {
            return new Sending.NotInvited();
        }
        LocalDate today = Times.todayUk(clock);
        Optional<RegistrationSection> incomplete = draft.get().answers().firstIncomplete(today);
        if (incomplete.isPresent()) {
            return new Sending.NotReady(incomplete.get());
        }
        long id = draft.get().id();
        String reference = references.next(REFERENCE_PREFIX);
        while (sql.count("SELECT COUNT(*) FROM registration_of_interest WHERE reference = ?", reference) > 0) {
            reference = references.next(REFERENCE_PREFIX);
        }
        sql.update("""
                UPDATE registration_of_interest SET status = 'SUBMITTED', reference = ?, submitted_at = ?, updated_at = ?,
                       version = version + 1 WHERE id = ?""", reference, Times.nowUtc(clock), Times.nowUtc(clock), id);
        journeys.fireSaying(journey.get().id(), JourneyEvent.SUBMIT_REGISTRATION,
                JourneyActorIdentity.applicant(applicant),
                Wording.of("staff.journey.detail.reference", reference));
        queue.create(WorkKind.REGISTRATION_DECISION, journey.get().teamId(), Subject.REGISTRATION, id, reference,
                "Registration of interest");
        return new Sending.Sent(id, reference, queue.dueDate(WorkKind.REGISTRATION_DECISION, today));
    }

    /** What staff decide of a sent registration (fast track is {@link #fastTrack}). */
    public enum Decision { ACCEPT, DECLINE }

    /**
     * A sent registration as a member of staff opens it: not found when it is a draft (the person's own until sent)
     * or outside the member's teams; each opening is one VIEW_REGISTRATION audit row.
     */
    @Transactional
    public Result<Registration> open(StaffMember me, long id) {
        Optional<Registration> registration = find(id).filter(r -> visibleTo(me, r));
        if (registration.isEmpty()) {
            return Result.notFound();
        }
        // the row says when special category data was on the page (need-to-know, issue 12)
        audit.staff(me.id(), "VIEW_REGISTRATION", Subject.REGISTRATION, id,
                SpecialCategory.HEALTH.shownTo(me) ? "shown: " + SpecialCategory.HEALTH : null);
        return Result.done(registration.get().seenBy(me));
    }

    private boolean visibleTo(StaffMember me, Registration registration) {
        return registration.status() != Registration.Status.DRAFT
                && journeys.find(registration.journeyId()).filter(j -> me.canSeeTeam(j.teamId())).isPresent();
    }

    /**
     * Staff accept (the person starts Stage One, with the plan as the note, and its checks are opened) or decline
     * (with the reasons) a sent registration, closing its work item. Refused when no decision is chosen, its note is
     * missing or too long, the registration is already decided, or this member of staff may not decide it.
     */
    @Transactional
    public Result<Registration> decide(StaffMember me, long id, Decision decision, String plan, String reasons) {
        Optional<Registration> registration = lockVisible(me, id);
        if (registration.isEmpty()) {
            return Result.notFound();
        }
        boolean accept = decision == Decision.ACCEPT;
        String note = (accept ? plan : reasons) == null ? "" : (accept ? plan : reasons).strip();
        String noteField = accept ? "plan" : "reasons";
        if (decision == null) {
            return Result.refused("decision", "staff.registration.decision.required");
        }
        if (note.isEmpty()) {
            return Result.refused(noteField, "staff.registration." + noteField + ".required");
        }
        if (note.length() > NOTE_LIMIT || (plan != null && plan.strip().length() > NOTE_LIMIT)
                || (reasons != null && reasons.strip().length() > NOTE_LIMIT)) {
            return Result.refused(noteField, "staff.registration.note.tooLong");
        }
        JourneyEvent event = accept ? JourneyEvent.ACCEPT_REGISTRATION : JourneyEvent.DECLINE_REGISTRATION;
        Optional<Problem> refused = undecidable(registration.get(), event, me, "decision");
        if (refused.isPresent()) {
            return Result.refused(List.of(refused.get()));
        }
        journeys.fire(registration.get().journeyId(), event, JourneyActorIdentity.staff(me), note);
        if (accept) {
            stageOne.open(registration.get().journeyId(), registration.get().answers());
        }
        LocalDateTime now = Times.nowUtc(clock);
        Registration.Status to = accept ? Registration.Status.ACCEPTED : Registration.Status.DECLINED;
        sql.update("""
                UPDATE registration_of_interest SET status = ?, decision = ?, decision_note = ?, decided_at = ?,
                       decided_by = ?, updated_at = ?, version = version + 1 WHERE id = ?""",
                to, to, note, now, me.id(), now, id);
        queue.openFor(Subject.REGISTRATION, id).ifPresent(item -> queue.closeWithDecision(item.id(), me,
                accept ? WorkItemStatus.REGISTRATION_ACCEPTED : WorkItemStatus.REGISTRATION_DECLINED, note));
        audit.staff(me.id(), accept ? "ACCEPT_REGISTRATION" : "DECLINE_REGISTRATION", Subject.REGISTRATION, id, null);
        return Result.done(find(id).orElseThrow());
    }

    /**
     * Staff fast track a sent registration straight to Stage Two (a previous adopter approved on a real date, or an
     * approved foster carer): the basis goes in the journey's history (as a message code: the registration page shows
     * it from there), the registration is accepted and its work item closed. Refused like {@link #decide}, and by
     * {@link FastTrack#check}'s rules.
     */
    @Transactional
    public Result<Registration> fastTrack(StaffMember me, long id, FastTrack.Basis basis, TypedDate approvedOn) {
        Optional<Registration> registration = lockVisible(me, id);
        if (registration.isEmpty()) {
            return Result.notFound();
        }
        TypedDate.Reading approval = approvedOn.read(ANY_YEAR);
        if (basis == FastTrack.Basis.PREVIOUS_ADOPTER && !(approval instanceof TypedDate.ADate)
                && !(approval instanceof TypedDate.Blank)) {
            return Result.refused("approvedOn", "staff.registration.fastTrack.date.invalid");
        }
        LocalDate approved = approval instanceof TypedDate.ADate date && basis == FastTrack.Basis.PREVIOUS_ADOPTER
                ? date.date() : null;
        Optional<FastTrack.Problem> problem = FastTrack.check(basis, approved, Times.todayUk(clock));
        if (problem.isPresent()) {
            return Result.refused(problem.get() == FastTrack.Problem.BASIS_REQUIRED ? "basis" : "approvedOn",
                    "staff.registration.fastTrack." + problem.get());
        }
        Optional<Problem> refused = undecidable(registration.get(), JourneyEvent.FAST_TRACK, me, "basis");
        if (refused.isPresent()) {
            return Result.refused(List.of(refused.get()));
        }
        journeys.fireSaying(registration.get().journeyId(), JourneyEvent.FAST_TRACK, JourneyActorIdentity.staff(me),
                FastTrack.wording(basis, approved));
        LocalDateTime now = Times.nowUtc(clock);
        sql.update("""
                UPDATE registration_of_interest SET status = ?, decision = 'FAST_TRACKED', decided_at = ?,
                       decided_by = ?, updated_at = ?, version = version + 1 WHERE id = ?""",
                Registration.Status.ACCEPTED, now, me.id(), now, id);
        queue.openFor(Subject.REGISTRATION, id).ifPresent(item -> queue.closeWithDecision(item.id(), me,
                WorkItemStatus.REGISTRATION_ACCEPTED, null));
        audit.staff(me.id(), "FAST_TRACK_REGISTRATION", Subject.REGISTRATION, id, basis.name());
        return Result.done(find(id).orElseThrow());
    }

    /** The sent registration, locked for this transaction, if it is in one of this member of staff's teams. */
    private Optional<Registration> lockVisible(StaffMember me, long id) {
        return sql.one("SELECT " + COLUMNS + " FROM registration_of_interest WHERE id = ? FOR UPDATE",
                Registrations::map, id).filter(r -> visibleTo(me, r));
    }

    /** Why this member of staff cannot decide the registration by {@code event} now, if they cannot. */
    private Optional<Problem> undecidable(Registration registration, JourneyEvent event, StaffMember me, String field) {
        if (registration.status() != Registration.Status.SUBMITTED) {
            return Optional.of(new Problem(field, "staff.registration.decision.already"));
        }
        Journey journey = journeys.find(registration.journeyId()).orElseThrow();
        if (!Journeys.allows(journey, event, me)) {
            return Optional.of(new Problem(field, "staff.registration.decision.refused"));
        }
        return Optional.empty();
    }

    private static Registration map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Registration(rs.getLong(1), rs.getLong(2), rs.getLong(3), RegistrationAnswers.decode(rs.getString(4)),
                Registration.Status.valueOf(rs.getString(5)), rs.getString(6),
                rs.getObject(7, LocalDateTime.class), rs.getString(8));
    }
}
