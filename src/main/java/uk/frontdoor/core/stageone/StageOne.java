package uk.frontdoor.core.stageone;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.action.Wording;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.audit.Subject;
import uk.frontdoor.core.calendar.TypedDate;
import uk.frontdoor.core.journey.Journey;
import uk.frontdoor.core.journey.JourneyActor;
import uk.frontdoor.core.journey.JourneyActorIdentity;
import uk.frontdoor.core.journey.JourneyEvent;
import uk.frontdoor.core.journey.JourneyState;
import uk.frontdoor.core.journey.Journeys;
import uk.frontdoor.core.registration.RegistrationAnswers;
import uk.frontdoor.core.staff.SpecialCategory;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.core.training.TrainingCompleted;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;

/**
 * A journey's Stage One: its checks (opened when the registration is accepted), staff recording each check's
 * progress, extending the decision date with a reason, and the outcome (suitable to proceed only when every check
 * is completed, or not suitable with reasons), which moves the journey through {@link Journeys}. Every change by
 * staff is audited against the journey.
 */
@Singleton
public class StageOne {
    static final String STAGE = "STAGE_ONE";
    /** The extension's date input takes any four-digit year; the rules then say whether the date may be used. */
    private static final TypedDate.Years ANY_YEAR = TypedDate.Years.between(1000, 9999);

    private final Sql sql;
    private final Clock clock;
    private final Journeys journeys;
    private final AuditLog audit;

    public StageOne(Sql sql, Clock clock, Journeys journeys, AuditLog audit) {
        this.sql = sql;
        this.clock = clock;
        this.journeys = journeys;
        this.audit = audit;
    }

    /** How Stage One ends: the person is suitable to proceed, or not suitable (with reasons). */
    public enum Outcome { PROCEED, NOT_SUITABLE }

    /** Opens the Stage One checks for a journey whose registration was just accepted (in the caller's transaction). */
    @Transactional
    public void open(long journeyId, RegistrationAnswers answers) {
        LocalDateTime now = Times.nowUtc(clock);
        int position = 0;
        for (StageOnePlan.Planned check : StageOnePlan.checksFor(answers)) {
            sql.insert("""
                    INSERT INTO stage_one_check (journey_id, position, kind, subject, status, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?)""", journeyId, position++, check.kind(), check.subject(),
                    CheckStatus.NOT_STARTED, now);
        }
    }

    /**
     * A journey's checks as this member of staff may read them: DBS checks (criminal offence data) only for the roles
     * that need them ({@link SpecialCategory#CRIMINAL_RECORD}).
     */
    public List<StageOneCheck> checksSeenBy(StaffMember me, long journeyId) {
        boolean dbs = SpecialCategory.CRIMINAL_RECORD.shownTo(me);
        return checks(journeyId).stream().filter(c -> dbs || c.kind() != CheckKind.DBS).toList();
    }

    public List<StageOneCheck> checks(long journeyId) {
        return sql.list("""
                SELECT c.id, c.journey_id, c.kind, c.subject, c.status, c.staff_note, c.updated_at, s.display_name,
                       c.version
                FROM stage_one_check c LEFT JOIN staff_account s ON s.id = c.updated_by
                WHERE c.journey_id = ? ORDER BY c.position, c.id""",
                rs -> new StageOneCheck(rs.getLong(1), rs.getLong(2), CheckKind.valueOf(rs.getString(3)),
                        rs.getString(4), CheckStatus.valueOf(rs.getString(5)), rs.getString(6),
                        rs.getObject(7, LocalDateTime.class), rs.getString(8), rs.getInt(9)), journeyId);
    }

    public List<Extension> extensions(long journeyId) {
        return sql.list("""
                SELECT e.stage, e.previous_due, e.new_due, e.reason_kind, e.reason, s.display_name, e.at
                FROM journey_extension e JOIN staff_account s ON s.id = e.by_staff
                WHERE e.journey_id = ? ORDER BY e.at DESC, e.id DESC""",
                rs -> new Extension(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
                        ExtensionReason.named(rs.getString(4)).orElse(null), rs.getString(5), rs.getString(6),
                        rs.getObject(7, LocalDateTime.class)), journeyId);
    }

    /** The UK date the journey's registration was accepted into Stage One, if it was. */
    public Optional<LocalDate> acceptedOn(long journeyId) {
        return sql.one("""
                SELECT at FROM journey_event WHERE journey_id = ? AND event = ? ORDER BY at DESC, id DESC LIMIT 1""",
                rs -> Times.ukDay(rs.getObject(1, LocalDateTime.class)), journeyId,
                JourneyEvent.ACCEPT_REGISTRATION);
    }

    /** When the Stage One decision is due: 2 months after acceptance, or the latest extension. */
    public Optional<LocalDate> decisionDue(long journeyId) {
        Optional<LocalDate> extended = sql.one("""
                SELECT new_due FROM journey_extension WHERE journey_id = ? AND stage = ? ORDER BY at DESC, id DESC LIMIT 1""",
                rs -> rs.getObject(1, LocalDate.class), journeyId, STAGE);
        return acceptedOn(journeyId).map(accepted -> StageOneRules.decisionDue(accepted, extended));
    }

    /**
     * Records a check's status and the staff note, if nobody changed it since {@code version} was read (else a
     * conflict). Not found for a journey outside the member's teams or a check of another journey; refused for no
     * status, a note too long, staff without a journey role, or a journey no longer in Stage One.
     */
    @Transactional
    public Result<Journey> record(StaffMember me, long journeyId, long checkId, CheckStatus status, String note,
                                  int version) {
        Optional<Journey> journey = journeys.lockVisible(me, journeyId);
        Optional<String> kind = journey.flatMap(j -> sql.one(
                "SELECT kind FROM stage_one_check WHERE id = ? AND journey_id = ?", rs -> rs.getString(1), checkId,
                journeyId));
        if (kind.isEmpty()) {
            return Result.notFound();
        }
        String statusField = "status-" + checkId;
        String kept = note == null || note.isBlank() ? null : note.strip();
        if (status == null) {
            return Result.refused(statusField, "staff.journey.check.status.unknown");
        }
        if (kept != null && kept.length() > StageOneRules.NOTE_LIMIT) {
            return Result.refused("note-" + checkId, "staff.journey.check.note.tooLong");
        }
        if (JourneyActor.of(me).isEmpty()) {
            return Result.refused(statusField, "staff.journey.check.refused");
        }
        if (journey.get().state() != JourneyState.STAGE_ONE) {
            return Result.refused(statusField, "staff.journey.notInStageOne");
        }
        int changed = sql.update("""
                UPDATE stage_one_check SET status = ?, staff_note = ?, updated_at = ?, updated_by = ?, version = version + 1
                WHERE id = ? AND journey_id = ? AND version = ?""",
                status, kept, Times.nowUtc(clock), me.id(), checkId, journeyId, version);
        if (changed == 0) {
            return Result.conflict(journey.get(), "staff.journey.check.changed");
        }
        audit.staff(me.id(), "RECORD_STAGE_ONE_CHECK", Subject.JOURNEY, journeyId, kind.get() + " " + status);
        return Result.done(journey.get());
    }

    /**
     * Attending every session of a preparation course completes the "preparation training" check, in the same
     * transaction as the attendance that finished it (staff need not record it twice). A journey past Stage One
     * keeps its checks as they were.
     */
    @EventListener
    void on(TrainingCompleted completed) {
        int changed = sql.update("""
                UPDATE stage_one_check c JOIN adopter_journey j ON j.id = c.journey_id
                SET c.status = ?, c.updated_at = ?, c.version = c.version + 1
                WHERE c.journey_id = ? AND c.kind = ? AND c.status <> ?
                  AND (j.state = ? OR (j.state = ? AND j.paused_from = ?))""",
                CheckStatus.COMPLETED, Times.nowUtc(clock), completed.journeyId(), CheckKind.PREPARATION_TRAINING,
                CheckStatus.COMPLETED, JourneyState.STAGE_ONE, JourneyState.PAUSED, JourneyState.STAGE_ONE);
        if (changed > 0) {
            audit.system("RECORD_STAGE_ONE_CHECK", Subject.JOURNEY, completed.journeyId(),
                    CheckKind.PREPARATION_TRAINING + " " + CheckStatus.COMPLETED + " (attended every session)");
        }
    }

    /**
     * Moves the Stage One decision date later, with the kind of reason and the reason in words. Refused for a date that
     * is blank, not real or not after the current one, no kind of reason, a reason missing or too long, staff without a
     * journey role (an administrator may read the journey, not move its clock), or a journey no longer in Stage One.
     */
    @Transactional
    public Result<Journey> extend(StaffMember me, long journeyId, TypedDate newDue, ExtensionReason kind,
                                  String reason) {
        Optional<Journey> journey = journeys.lockVisible(me, journeyId);
        if (journey.isEmpty()) {
            return Result.notFound();
        }
        List<Problem> problems = new ArrayList<>();
        TypedDate.Reading due = newDue.read(ANY_YEAR);
        if (!(due instanceof TypedDate.ADate)) {
            problems.add(new Problem("newDue", due instanceof TypedDate.Blank ? "staff.journey.extension.date.required"
                    : "staff.journey.extension.date.invalid"));
        }
        if (kind == null) {
            problems.add(new Problem("reasonKind", "staff.journey.extension.kind.required"));
        }
        StageOneRules.reasonProblem(reason).ifPresent(p -> problems.add(extensionProblem(p)));
        if (!problems.isEmpty()) {
            return Result.refused(problems);
        }
        if (JourneyActor.of(me).isEmpty()) {
            return Result.refused("newDue", "staff.journey.extension.refused");
        }
        Optional<LocalDate> current = journey.get().state() == JourneyState.STAGE_ONE ? decisionDue(journeyId)
                : Optional.empty();
        if (current.isEmpty()) {
            return Result.refused("newDue", "staff.journey.notInStageOne");
        }
        LocalDate date = ((TypedDate.ADate) due).date();
        Optional<StageOneRules.ExtensionProblem> problem = StageOneRules.checkExtension(current.get(), date, reason);
        if (problem.isPresent()) {
            return Result.refused(List.of(extensionProblem(problem.get())));
        }
        sql.insert("""
                INSERT INTO journey_extension (journey_id, stage, previous_due, new_due, reason_kind, reason, by_staff, at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", journeyId, STAGE, current.get(), date, kind.name(), reason.strip(),
                me.id(), Times.nowUtc(clock));
        audit.staff(me.id(), "EXTEND_STAGE_ONE", Subject.JOURNEY, journeyId, current.get() + " -> " + date);
        return Result.done(journey.get());
    }

    private static Problem extensionProblem(StageOneRules.ExtensionProblem problem) {
        return switch (problem) {
            case NOT_AFTER_CURRENT_DUE -> new Problem("newDue", "staff.journey.extension.date.notAfter");
            case REASON_REQUIRED -> new Problem("reason", "staff.journey.extension.reason.required");
            case REASON_TOO_LONG -> new Problem("reason", "staff.journey.extension.reason.tooLong");
        };
    }

    /**
     * Stage One ends: suitable to proceed (only when every check is completed) or not suitable, for these reasons
     * (told to the person). Refused when no outcome is chosen, reasons are missing or too long, the journey is no
     * longer in Stage One, or this member of staff may not decide it.
     */
    @Transactional
    public Result<Journey> decide(StaffMember me, long journeyId, Outcome outcome, String reasons) {
        Optional<Journey> journey = journeys.lockVisible(me, journeyId);
        if (journey.isEmpty()) {
            return Result.notFound();
        }
        String kept = reasons == null ? "" : reasons.strip();
        if (outcome == null) {
            return Result.refused("outcome", "staff.journey.outcome.required");
        }
        if (outcome == Outcome.NOT_SUITABLE && kept.isEmpty()) {
            return Result.refused("reasons", "staff.journey.outcome.reasons.required");
        }
        if (kept.length() > StageOneRules.REASON_LIMIT) {
            return Result.refused("reasons", "staff.journey.outcome.reasons.tooLong");
        }
        if (journey.get().state() != JourneyState.STAGE_ONE) {
            return Result.refused("outcome", "staff.journey.notInStageOne");
        }
        if (outcome == Outcome.PROCEED && !StageOneRules.everyCheckCompleted(
                checks(journeyId).stream().map(StageOneCheck::status).toList())) {
            return Result.refused("outcome", "staff.journey.outcome.checksNotCompleted");
        }
        JourneyEvent event = outcome == Outcome.PROCEED ? JourneyEvent.COMPLETE_STAGE_ONE
                : JourneyEvent.FIND_NOT_SUITABLE_AT_STAGE_ONE;
        if (!Journeys.allows(journey.get(), event, me)) {
            return Result.refused("outcome", "staff.journey.outcome.refused");
        }
        if (outcome == Outcome.PROCEED) {
            return Result.done(journeys.fireSaying(journeyId, event, JourneyActorIdentity.staff(me),
                    Wording.of("staff.journey.detail.suitableToProceed")));
        }
        return Result.done(journeys.fire(journeyId, event, JourneyActorIdentity.staff(me), kept));
    }
}
