package uk.frontdoor.core.stageone;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.journey.Journey;
import uk.frontdoor.core.journey.JourneyActor;
import uk.frontdoor.core.journey.JourneyActorIdentity;
import uk.frontdoor.core.journey.JourneyEvent;
import uk.frontdoor.core.journey.JourneyState;
import uk.frontdoor.core.journey.Journeys;
import uk.frontdoor.core.registration.RegistrationAnswers;
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
    public static final String SUBJECT_TYPE = "JOURNEY";
    static final String STAGE = "STAGE_ONE";

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

    /** The journey is not in Stage One (any more): nothing about Stage One can change. */
    public static class NotInStageOne extends IllegalStateException {
        public NotInStageOne(long journeyId) {
            super("Journey " + journeyId + " is not in Stage One");
        }
    }

    /** Only staff who work on journeys (recruitment officers, social workers, team managers) record checks. */
    public static class NotAllowed extends IllegalStateException {
        public NotAllowed(long staffId) {
            super("Staff " + staffId + " has no role that records Stage One checks");
        }
    }

    /** "Suitable to proceed" asked for while some check is not completed. */
    public static class ChecksNotCompleted extends IllegalStateException {
        public ChecksNotCompleted(long journeyId) {
            super("Journey " + journeyId + " has Stage One checks still to complete");
        }
    }

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
                SELECT e.stage, e.previous_due, e.new_due, e.reason, s.display_name, e.at
                FROM journey_extension e JOIN staff_account s ON s.id = e.by_staff
                WHERE e.journey_id = ? ORDER BY e.at DESC, e.id DESC""",
                rs -> new Extension(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
                        rs.getString(4), rs.getString(5), rs.getObject(6, LocalDateTime.class)), journeyId);
    }

    /** The UK date the journey's registration was accepted into Stage One, if it was. */
    public Optional<LocalDate> acceptedOn(long journeyId) {
        return sql.one("""
                SELECT at FROM journey_event WHERE journey_id = ? AND event = ? ORDER BY at DESC, id DESC LIMIT 1""",
                rs -> Times.toUk(rs.getObject(1, LocalDateTime.class)).toLocalDate(), journeyId,
                JourneyEvent.ACCEPT_REGISTRATION);
    }

    /** When the Stage One decision is due: 2 months after acceptance, or the latest extension. */
    public Optional<LocalDate> decisionDue(long journeyId) {
        Optional<LocalDate> extended = sql.one("""
                SELECT new_due FROM journey_extension WHERE journey_id = ? AND stage = ? ORDER BY at DESC, id DESC LIMIT 1""",
                rs -> rs.getObject(1, LocalDate.class), journeyId, STAGE);
        return acceptedOn(journeyId).map(accepted -> StageOneRules.decisionDue(accepted, extended));
    }

    public enum Recording { RECORDED, CHANGED_MEANWHILE }

    /**
     * Records a check's status and the staff note, if nobody changed it since {@code version} was read. Throws
     * {@link NotInStageOne} after Stage One, {@link NotAllowed} for staff without a journey role,
     * {@code IllegalArgumentException} for a check of another journey.
     */
    @Transactional
    public Recording record(long journeyId, long checkId, CheckStatus status, String note, int version,
                            StaffMember staff) {
        if (JourneyActor.of(staff).isEmpty()) {
            throw new NotAllowed(staff.id());
        }
        lockInStageOne(journeyId);
        String kind = sql.one("SELECT kind FROM stage_one_check WHERE id = ? AND journey_id = ?",
                rs -> rs.getString(1), checkId, journeyId)
                .orElseThrow(() -> new IllegalArgumentException("No check " + checkId + " on journey " + journeyId));
        String kept = note == null || note.isBlank() ? null : note.strip();
        int changed = sql.update("""
                UPDATE stage_one_check SET status = ?, staff_note = ?, updated_at = ?, updated_by = ?, version = version + 1
                WHERE id = ? AND journey_id = ? AND version = ?""",
                status, kept, Times.nowUtc(clock), staff.id(), checkId, journeyId, version);
        if (changed == 0) {
            return Recording.CHANGED_MEANWHILE;
        }
        audit.staff(staff.id(), "RECORD_STAGE_ONE_CHECK", SUBJECT_TYPE, journeyId, kind + " " + status);
        return Recording.RECORDED;
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
            audit.system("RECORD_STAGE_ONE_CHECK", SUBJECT_TYPE, completed.journeyId(),
                    CheckKind.PREPARATION_TRAINING + " " + CheckStatus.COMPLETED + " (attended every session)");
        }
    }

    /**
     * Moves the Stage One decision date later, with the reason; the problem if the rules refuse it. Throws
     * {@link NotAllowed} for staff without a journey role (an administrator may read the journey, not move its clock).
     */
    @Transactional
    public Optional<StageOneRules.ExtensionProblem> extend(long journeyId, LocalDate newDue, String reason,
                                                           StaffMember staff) {
        if (JourneyActor.of(staff).isEmpty()) {
            throw new NotAllowed(staff.id());
        }
        lockInStageOne(journeyId);
        LocalDate current = decisionDue(journeyId).orElseThrow(() -> new NotInStageOne(journeyId));
        Optional<StageOneRules.ExtensionProblem> problem = StageOneRules.checkExtension(current, newDue, reason);
        if (problem.isPresent()) {
            return problem;
        }
        sql.insert("""
                INSERT INTO journey_extension (journey_id, stage, previous_due, new_due, reason, by_staff, at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", journeyId, STAGE, current, newDue, reason.strip(), staff.id(),
                Times.nowUtc(clock));
        audit.staff(staff.id(), "EXTEND_STAGE_ONE", SUBJECT_TYPE, journeyId, current + " -> " + newDue);
        return Optional.empty();
    }

    /**
     * Stage One ends with the person suitable to proceed: refused with {@link ChecksNotCompleted} unless every
     * check is completed; {@code RefusedTransition} if this member of staff may not decide it.
     */
    @Transactional
    public Journey proceed(long journeyId, StaffMember staff) {
        lockInStageOne(journeyId);
        List<CheckStatus> statuses = checks(journeyId).stream().map(StageOneCheck::status).toList();
        if (!StageOneRules.everyCheckCompleted(statuses)) {
            throw new ChecksNotCompleted(journeyId);
        }
        return journeys.fire(journeyId, JourneyEvent.COMPLETE_STAGE_ONE, JourneyActorIdentity.staff(staff),
                "Suitable to proceed");
    }

    /** Stage One ends with the person found not suitable, for these reasons (told to them). */
    @Transactional
    public Journey notSuitable(long journeyId, String reasons, StaffMember staff) {
        if (reasons == null || reasons.isBlank()) {
            throw new IllegalArgumentException("Reasons are required");
        }
        lockInStageOne(journeyId);
        return journeys.fire(journeyId, JourneyEvent.FIND_NOT_SUITABLE_AT_STAGE_ONE, JourneyActorIdentity.staff(staff),
                reasons.strip());
    }

    /** Locks the journey's row for this transaction (one change at a time) and checks it is in Stage One. */
    private void lockInStageOne(long journeyId) {
        boolean inStageOne = sql.one("SELECT state FROM adopter_journey WHERE id = ? FOR UPDATE",
                rs -> rs.getString(1), journeyId).filter(JourneyState.STAGE_ONE.name()::equals).isPresent();
        if (!inStageOne) {
            throw new NotInStageOne(journeyId);
        }
    }
}
