package uk.frontdoor.core.stagetwo;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.action.Wording;
import uk.frontdoor.core.applicant.Applicant;
import uk.frontdoor.core.applicant.ApplicantAccounts;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.audit.Subject;
import uk.frontdoor.core.calendar.BankHolidays;
import uk.frontdoor.core.calendar.TypedDate;
import uk.frontdoor.core.journey.Journey;
import uk.frontdoor.core.journey.JourneyActorIdentity;
import uk.frontdoor.core.journey.JourneyClocks;
import uk.frontdoor.core.journey.JourneyEvent;
import uk.frontdoor.core.journey.JourneyState;
import uk.frontdoor.core.journey.Journeys;
import uk.frontdoor.core.notify.EmailTemplate;
import uk.frontdoor.core.notify.Outbox;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.staff.StaffAccounts;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.core.stagetwo.StageTwoRecord.AdmDecision;
import uk.frontdoor.core.stagetwo.StageTwoRecord.PanelRecommendation;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;

/**
 * Stage Two of a journey: the applicant starts it within 6 months of Stage One; staff assign the assessing social
 * worker, record the plan with its target panel date, schedule home visits, share the Prospective Adopter's Report
 * (the applicant has 10 working days to comment), set the panel date (the journey goes to panel), record the
 * panel's recommendation and the agency decision maker's decision. Every change is audited; moves of the journey go
 * through {@link Journeys}, which emails the person. Refusals are {@link StageTwoRefused} with the field and why.
 */
@Singleton
public class StageTwo {
    public static final int TEXT_LIMIT = 4000;
    /** Staff date inputs take any four-digit year; the step's rules then say whether the date may be used. */
    private static final TypedDate.Years ANY_YEAR = TypedDate.Years.between(1000, 9999);
    public static final int NOTE_LIMIT = 500;
    private static final String P = StageTwoRules.PREFIX;
    private static final String COLUMNS = """
            s.journey_id, s.notified_on, s.assessor_id, a.display_name, s.plan, s.target_panel_date, s.par_shared_on,
            s.comments_due, s.comments, s.comments_received_at, s.panel_date, s.panel_recommendation, s.adm_decision,
            s.adm_decided_on, s.version""";

    private final Sql sql;
    private final Clock clock;
    private final Journeys journeys;
    private final BankHolidays holidays;
    private final StaffAccounts staff;
    private final ApplicantAccounts applicants;
    private final Outbox outbox;
    private final AuditLog audit;

    public StageTwo(Sql sql, Clock clock, Journeys journeys, BankHolidays holidays, StaffAccounts staff,
                    ApplicantAccounts applicants, Outbox outbox, AuditLog audit) {
        this.sql = sql;
        this.clock = clock;
        this.journeys = journeys;
        this.holidays = holidays;
        this.staff = staff;
        this.applicants = applicants;
        this.outbox = outbox;
        this.audit = audit;
    }

    public StageTwoRules rules() {
        return new StageTwoRules(clocks());
    }

    public JourneyClocks clocks() {
        return new JourneyClocks(holidays.calendar());
    }

    public LocalDate today() {
        return Times.todayUk(clock);
    }

    // ---- the gap between the stages

    /**
     * The UK day Stage One was completed: the gap is counted from the outcome, not from the last time the journey
     * entered STAGE_ONE_COMPLETE (pausing and resuming does not lengthen the 6 months).
     */
    public LocalDate stageOneCompletedOn(Journey journey) {
        return sql.one("""
                SELECT at FROM journey_event WHERE journey_id = ? AND event = 'COMPLETE_STAGE_ONE'
                ORDER BY at DESC, id DESC LIMIT 1""", rs -> rs.getObject(1, LocalDateTime.class), journey.id())
                .map(Times::ukDay).orElse(Times.ukDay(journey.stateSince()));
    }

    public LocalDate lastDayToStart(Journey journey) {
        return clocks().lastDayToStartStageTwo(stageOneCompletedOn(journey));
    }

    public boolean canStillStart(Journey journey) {
        return journey.state() == JourneyState.STAGE_ONE_COMPLETE
                && clocks().canStillStartStageTwo(stageOneCompletedOn(journey), today());
    }

    /** The applicant tells the agency they want to start Stage Two: the 4-month clock starts today. */
    @Transactional
    public Journey start(Applicant applicant) {
        Journey journey = journeys.current(applicant)
                .filter(j -> j.state() == JourneyState.STAGE_ONE_COMPLETE)
                .orElseThrow(() -> new StageTwoRefused("start", "account.stageTwo.start.notNow"));
        if (!canStillStart(journey)) {
            throw new StageTwoRefused("start", "account.stageTwo.start.tooLate");
        }
        Journey moved = journeys.fire(journey.id(), JourneyEvent.START_STAGE_TWO,
                JourneyActorIdentity.applicant(applicant), null);
        ensureRecord(journey.id());
        return moved;
    }

    // ---- reading

    /** The journey's Stage Two record; for a journey fast-tracked elsewhere and not yet touched here, one made up. */
    public Optional<StageTwoRecord> find(long journeyId) {
        Optional<StageTwoRecord> stored = sql.one("SELECT " + COLUMNS
                + " FROM stage_two s LEFT JOIN staff_account a ON a.id = s.assessor_id WHERE s.journey_id = ?",
                StageTwo::map, journeyId);
        if (stored.isPresent()) {
            return stored;
        }
        return notifiedOn(journeyId).map(d -> new StageTwoRecord(journeyId, d, null, null, null, null, null, null,
                null, null, null, null, null, null, 0));
    }

    public List<HomeVisit> visits(long journeyId) {
        return sql.list("SELECT id, visit_at, note FROM home_visit WHERE journey_id = ? ORDER BY visit_at, id",
                rs -> new HomeVisit(rs.getLong(1), rs.getObject(2, LocalDateTime.class), rs.getString(3)), journeyId);
    }

    /** Social workers of the journey's team: whom the assessment can be given to. */
    public List<StaffMember> assessors(long teamId) {
        return sql.list("""
                SELECT s.id FROM staff_account s JOIN staff_team t ON t.staff_id = s.id
                JOIN staff_role r ON r.staff_id = s.id AND r.role = 'SOCIAL_WORKER'
                WHERE t.team_id = ? AND s.active = TRUE ORDER BY s.display_name""", rs -> rs.getLong(1), teamId)
                .stream().map(staff::find).flatMap(Optional::stream).toList();
    }

    // ---- staff steps: each not found outside the member's teams, refused with the field and why

    /** Gives the assessment to a social worker of the journey's team ({@code workerId} null when none was chosen). */
    @Transactional
    public Result<Journey> assign(StaffMember me, long journeyId, Long workerId) {
        return step(me, journeyId, "assessor", List.of(), EnumSet.of(JourneyState.STAGE_TWO,
                JourneyState.AWAITING_PANEL), journey -> {
            Optional<StaffMember> worker = Optional.ofNullable(workerId).flatMap(staff::find)
                    .filter(w -> w.has(Role.SOCIAL_WORKER) && w.teamIds().contains(journey.teamId()));
            if (worker.isEmpty()) {
                return Result.refused("assessor", P + "assessor.unknown");
            }
            ensureRecord(journeyId);
            change(journeyId, "assessor_id = ?", worker.get().id());
            audit.staff(me.id(), "STAGE_TWO_ASSIGN_ASSESSOR", Subject.JOURNEY, journeyId, worker.get().displayName());
            return Result.done(journey);
        });
    }

    /** The assessment plan and its target panel date (after today, by the 4-month decision date). */
    @Transactional
    public Result<Journey> plan(StaffMember me, long journeyId, String plan, TypedDate targetPanelDate) {
        List<Problem> typing = new ArrayList<>();
        dateProblem("targetPanelDate", targetPanelDate).ifPresent(date -> {
            if (plan == null || plan.isBlank()) {
                typing.add(new Problem("plan", P + "plan.required"));
            }
            typing.add(date);
        });
        return step(me, journeyId, "plan", typing, EnumSet.of(JourneyState.STAGE_TWO), journey -> {
            if (plan == null || plan.isBlank()) {
                return Result.refused("plan", P + "plan.required");
            }
            if (plan.length() > TEXT_LIMIT) {
                return Result.refused("plan", P + "plan.tooLong");
            }
            LocalDate target = date(targetPanelDate);
            Optional<String> refused = rules().targetPanelDate(target, today(), current(journeyId).notifiedOn());
            if (refused.isPresent()) {
                return Result.refused("targetPanelDate", refused.get());
            }
            ensureRecord(journeyId);
            change(journeyId, "plan = ?, target_panel_date = ?", plan, target);
            audit.staff(me.id(), "STAGE_TWO_PLAN", Subject.JOURNEY, journeyId, "target panel " + target);
            return Result.done(journey);
        });
    }

    /** A home visit on a day (today or later) at a 24-hour time typed as 14:30, with an optional short note. */
    @Transactional
    public Result<Journey> scheduleVisit(StaffMember me, long journeyId, TypedDate day, String time, String note) {
        List<Problem> typing = new ArrayList<>();
        dateProblem("visit", day).ifPresent(typing::add);
        Optional<LocalTime> at = StageTwoRules.time(time);
        if (at.isEmpty()) {
            typing.add(new Problem("visitTime", time == null || time.isBlank() ? P + "visitTime.required"
                    : P + "visitTime.real"));
        }
        return step(me, journeyId, "visit", typing, EnumSet.of(JourneyState.STAGE_TWO), journey -> {
            LocalDateTime when = date(day).atTime(at.get());
            Optional<String> refused = rules().visitDate(when.toLocalDate(), today());
            if (refused.isPresent()) {
                return Result.refused("visit", refused.get());
            }
            if (note != null && note.length() > NOTE_LIMIT) {
                return Result.refused("visitNote", P + "visitNote.tooLong");
            }
            ensureRecord(journeyId);
            sql.insert("""
                    INSERT INTO home_visit (journey_id, visit_at, note, created_by, created_at)
                    VALUES (?, ?, ?, ?, ?)""",
                    journeyId, when, note == null || note.isBlank() ? null : note, me.id(), Times.nowUtc(clock));
            audit.staff(me.id(), "STAGE_TWO_SCHEDULE_VISIT", Subject.JOURNEY, journeyId, when.toString());
            return Result.done(journey);
        });
    }

    /** The report is shared with the applicant today; their 10 working days to comment start, and they are told. */
    @Transactional
    public Result<Journey> shareReport(StaffMember me, long journeyId) {
        return step(me, journeyId, "report", List.of(), EnumSet.of(JourneyState.STAGE_TWO), journey -> {
            StageTwoRecord record = current(journeyId);
            if (record.assessorId() == null || record.targetPanelDate() == null) {
                return Result.refused("report", P + "report.notReady");
            }
            if (record.reportShared()) {
                return Result.refused("report", P + "report.already");
            }
            LocalDate today = today();
            ensureRecord(journeyId);
            change(journeyId, "par_shared_on = ?, comments_due = ?", today, rules().commentsDue(today));
            audit.staff(me.id(), "STAGE_TWO_SHARE_REPORT", Subject.JOURNEY, journeyId, null);
            applicants.find(journey.applicantId())
                    .ifPresent(a -> outbox.enqueue(a.email(), EmailTemplate.JOURNEY_UPDATE, Map.of()));
            return Result.done(journey);
        });
    }

    /** Comments on the report that the applicant sent another way (a letter), typed by their assessor. */
    @Transactional
    public Result<Journey> recordComments(StaffMember me, long journeyId, String comments) {
        Optional<Journey> journey = journeys.lockVisible(me, journeyId);
        if (journey.isEmpty()) {
            return Result.notFound();
        }
        if (!mayAssess(me)) {
            return Result.refused("comments", P + "role.assessor");
        }
        Optional<Problem> refused = commentsProblem(journey.get(), comments);
        if (refused.isPresent()) {
            return Result.refused(List.of(refused.get()));
        }
        keepComments(journeyId, comments, JourneyActorIdentity.staff(me));
        return Result.done(journey.get());
    }

    /** The applicant's comments on the report, sent by them on /account; {@link StageTwoRefused} says why not. */
    @Transactional
    public void recordComments(long journeyId, String comments, JourneyActorIdentity who) {
        commentsProblem(lock(journeyId), comments).ifPresent(problem -> {
            throw new StageTwoRefused(problem.field(), problem.messageKey());
        });
        keepComments(journeyId, comments, who);
    }

    private Optional<Problem> commentsProblem(Journey journey, String comments) {
        Optional<StageTwoRecord> record = find(journey.id());
        if (record.isEmpty() || journey.state() != JourneyState.STAGE_TWO
                || !rules().commentsOpen(record.get(), today())) {
            return Optional.of(new Problem("comments", "stageTwo.comments.closed"));
        }
        if (comments == null || comments.isBlank()) {
            return Optional.of(new Problem("comments", "stageTwo.comments.required"));
        }
        if (comments.length() > TEXT_LIMIT) {
            return Optional.of(new Problem("comments", "stageTwo.comments.tooLong"));
        }
        return Optional.empty();
    }

    private void keepComments(long journeyId, String comments, JourneyActorIdentity who) {
        change(journeyId, "comments = ?, comments_received_at = ?", comments, Times.nowUtc(clock));
        who.audit(audit, "STAGE_TWO_REPORT_COMMENTS", journeyId, null);
    }

    /** The panel date, once the report is shared and after the applicant's time to comment: the journey goes to panel. */
    @Transactional
    public Result<Journey> panelDate(StaffMember me, long journeyId, TypedDate panelDate) {
        List<Problem> typing = dateProblem("panelDate", panelDate).map(List::of).orElse(List.of());
        return step(me, journeyId, "panelDate", typing, EnumSet.of(JourneyState.STAGE_TWO), journey -> {
            StageTwoRecord record = current(journeyId);
            if (!record.reportShared()) {
                return Result.refused("panelDate", P + "panelDate.reportNotShared");
            }
            LocalDate panel = date(panelDate);
            Optional<String> refused = rules().panelDate(panel, record.commentsDue());
            if (refused.isPresent()) {
                return Result.refused("panelDate", refused.get());
            }
            if (!Journeys.allows(journey, JourneyEvent.SUBMIT_TO_PANEL, me)) {
                return Result.refused("panelDate", P + "notNow");
            }
            change(journeyId, "panel_date = ?", panel);
            return Result.done(journeys.fireSaying(journeyId, JourneyEvent.SUBMIT_TO_PANEL,
                    JourneyActorIdentity.staff(me),
                    Wording.of("staff.journey.detail.panel", panel.toString())));
        });
    }

    /** The panel's recommendation, recorded on the panel date or later ({@code recommendation} null if not chosen). */
    @Transactional
    public Result<Journey> recommendation(StaffMember me, long journeyId, PanelRecommendation recommendation) {
        return step(me, journeyId, "recommendation", List.of(), EnumSet.of(JourneyState.AWAITING_PANEL), journey -> {
            if (recommendation == null) {
                return Result.refused("recommendation", P + "recommendation.required");
            }
            Optional<String> refused = rules().recommendation(current(journeyId).panelDate(), today());
            if (refused.isPresent()) {
                return Result.refused("recommendation", refused.get());
            }
            ensureRecord(journeyId);
            change(journeyId, "panel_recommendation = ?", recommendation);
            audit.staff(me.id(), "STAGE_TWO_PANEL_RECOMMENDATION", Subject.JOURNEY, journeyId, recommendation.name());
            return Result.done(journey);
        });
    }

    /** The agency decision maker (a team manager) decides after the panel's recommendation, on a day not to come. */
    @Transactional
    public Result<Journey> decide(StaffMember me, long journeyId, AdmDecision decision, TypedDate decidedOn) {
        Optional<Journey> visible = journeys.lockVisible(me, journeyId);
        if (visible.isEmpty()) {
            return Result.notFound();
        }
        if (!me.has(Role.TEAM_MANAGER)) {
            return Result.refused("decision", P + "decision.role");
        }
        List<Problem> typing = new ArrayList<>();
        if (decision == null) {
            typing.add(new Problem("decision", P + "decision.required"));
        }
        dateProblem("decidedOn", decidedOn).ifPresent(typing::add);
        return step(me, journeyId, "decision", typing, EnumSet.of(JourneyState.AWAITING_PANEL), journey -> {
            StageTwoRecord record = current(journeyId);
            if (record.panelRecommendation() == null) {
                return Result.refused("decision", P + "decision.noRecommendation");
            }
            LocalDate decided = date(decidedOn);
            Optional<String> refused = rules().decisionDate(decided, record.panelDate(), today());
            if (refused.isPresent()) {
                return Result.refused("decidedOn", refused.get());
            }
            JourneyEvent event = decision == AdmDecision.APPROVED ? JourneyEvent.APPROVE
                    : JourneyEvent.DECIDE_NOT_SUITABLE;
            if (!Journeys.allows(journey, event, me)) {
                return Result.refused("decision", P + "notNow");
            }
            ensureRecord(journeyId);
            change(journeyId, "adm_decision = ?, adm_decided_on = ?, adm_id = ?", decision, decided, me.id());
            return Result.done(journeys.fireSaying(journeyId, event, JourneyActorIdentity.staff(me),
                    Wording.of("staff.journey.detail.decidedOn", decided.toString())));
        });
    }

    // ---- plumbing

    /**
     * Runs a staff step: not found outside the member's teams; then the problems with what was typed, if any; then
     * refused unless {@code me} may assess and the journey (locked for this transaction) is in one of {@code states}.
     */
    private Result<Journey> step(StaffMember me, long journeyId, String field, List<Problem> typing,
                                 Set<JourneyState> states, Function<Journey, Result<Journey>> change) {
        Optional<Journey> journey = journeys.lockVisible(me, journeyId);
        if (journey.isEmpty()) {
            return Result.notFound();
        }
        if (!typing.isEmpty()) {
            return Result.refused(typing);
        }
        if (!mayAssess(me)) {
            return Result.refused(field, P + "role.assessor");
        }
        if (!states.contains(journey.get().state())) {
            return Result.refused(field, P + "notNow");
        }
        return change.apply(journey.get());
    }

    private static boolean mayAssess(StaffMember me) {
        return me.has(Role.SOCIAL_WORKER) || me.has(Role.TEAM_MANAGER);
    }

    /** What is wrong with a date typed in the input {@code name}: staff.stageTwo.{name}.required or .real. */
    private static Optional<Problem> dateProblem(String name, TypedDate typed) {
        TypedDate.Reading reading = typed.read(ANY_YEAR);
        if (reading instanceof TypedDate.ADate) {
            return Optional.empty();
        }
        return Optional.of(new Problem(name, P + name + (reading instanceof TypedDate.Blank ? ".required" : ".real")));
    }

    private static LocalDate date(TypedDate typed) {
        return typed.date(ANY_YEAR).orElseThrow();
    }

    /** The record as it stands, without keeping one: for a journey not yet touched here, one made up as of today. */
    private StageTwoRecord current(long journeyId) {
        return find(journeyId).orElseGet(() -> new StageTwoRecord(journeyId, today(), null, null, null, null, null,
                null, null, null, null, null, null, null, 0));
    }

    private Journey lock(long journeyId) {
        sql.one("SELECT id FROM adopter_journey WHERE id = ? FOR UPDATE", rs -> rs.getLong(1), journeyId)
                .orElseThrow(() -> new IllegalArgumentException("No journey " + journeyId));
        return journeys.find(journeyId).orElseThrow();
    }

    private StageTwoRecord ensureRecord(long journeyId) {
        if (sql.count("SELECT COUNT(*) FROM stage_two WHERE journey_id = ?", journeyId) == 0) {
            LocalDate notified = notifiedOn(journeyId).orElse(today());
            sql.update("INSERT INTO stage_two (journey_id, notified_on) VALUES (?, ?)", journeyId, notified);
        }
        return find(journeyId).orElseThrow();
    }

    /** The UK day the applicant's notification was received: when START_STAGE_TWO or FAST_TRACK last fired. */
    private Optional<LocalDate> notifiedOn(long journeyId) {
        return sql.one("""
                SELECT at FROM journey_event WHERE journey_id = ? AND event IN ('START_STAGE_TWO', 'FAST_TRACK')
                ORDER BY at DESC, id DESC LIMIT 1""", rs -> rs.getObject(1, LocalDateTime.class), journeyId)
                .map(Times::ukDay);
    }

    private void change(long journeyId, String assignments, Object... values) {
        Object[] params = new Object[values.length + 1];
        System.arraycopy(values, 0, params, 0, values.length);
        params[values.length] = journeyId;
        sql.update("UPDATE stage_two SET " + assignments + ", version = version + 1 WHERE journey_id = ?", params);
    }

    private static StageTwoRecord map(ResultSet rs) throws SQLException {
        String recommendation = rs.getString(12);
        String decision = rs.getString(13);
        return new StageTwoRecord(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getObject(3, Long.class),
                rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                rs.getObject(8, LocalDate.class), rs.getString(9), rs.getObject(10, LocalDateTime.class),
                rs.getObject(11, LocalDate.class),
                recommendation == null ? null : PanelRecommendation.valueOf(recommendation),
                decision == null ? null : AdmDecision.valueOf(decision), rs.getObject(14, LocalDate.class),
                rs.getInt(15));
    }
}
