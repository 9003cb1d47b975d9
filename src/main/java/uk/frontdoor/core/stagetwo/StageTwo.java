package uk.frontdoor.core.stagetwo;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.frontdoor.core.applicant.Applicant;
import uk.frontdoor.core.applicant.ApplicantAccounts;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.calendar.BankHolidays;
import uk.frontdoor.core.journey.Journey;
import uk.frontdoor.core.journey.JourneyActorIdentity;
import uk.frontdoor.core.journey.JourneyClocks;
import uk.frontdoor.core.journey.JourneyEvent;
import uk.frontdoor.core.journey.JourneyState;
import uk.frontdoor.core.journey.Journeys;
import uk.frontdoor.core.notify.EmailTemplate;
import uk.frontdoor.core.notify.Outbox;
import uk.frontdoor.core.stagetwo.StageTwoRecord.AdmDecision;
import uk.frontdoor.core.stagetwo.StageTwoRecord.PanelRecommendation;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.staff.StaffAccounts;
import uk.frontdoor.core.staff.StaffMember;
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
    public static final String SUBJECT_TYPE = "JOURNEY";
    public static final int TEXT_LIMIT = 4000;
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
                .map(StageTwo::ukDay).orElse(ukDay(journey.stateSince()));
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

    // ---- staff steps

    @Transactional
    public void assign(long journeyId, long workerId, StaffMember me) {
        Journey journey = open(journeyId, "assessor", me, JourneyState.STAGE_TWO, JourneyState.AWAITING_PANEL);
        StaffMember worker = staff.find(workerId)
                .filter(w -> w.has(Role.SOCIAL_WORKER) && w.teamIds().contains(journey.teamId()))
                .orElseThrow(() -> new StageTwoRefused("assessor", P + "assessor.unknown"));
        ensureRecord(journeyId);
        change(journeyId, "assessor_id = ?", worker.id());
        audit.staff(me.id(), "STAGE_TWO_ASSIGN_ASSESSOR", SUBJECT_TYPE, journeyId, worker.displayName());
    }

    @Transactional
    public void plan(long journeyId, String plan, LocalDate targetPanelDate, StaffMember me) {
        open(journeyId, "plan", me, JourneyState.STAGE_TWO);
        if (plan == null || plan.isBlank()) {
            throw new StageTwoRefused("plan", P + "plan.required");
        }
        if (plan.length() > TEXT_LIMIT) {
            throw new StageTwoRefused("plan", P + "plan.tooLong");
        }
        StageTwoRecord record = ensureRecord(journeyId);
        rules().targetPanelDate(targetPanelDate, today(), record.notifiedOn()).ifPresent(key -> {
            throw new StageTwoRefused("targetPanelDate", key);
        });
        change(journeyId, "plan = ?, target_panel_date = ?", plan, targetPanelDate);
        audit.staff(me.id(), "STAGE_TWO_PLAN", SUBJECT_TYPE, journeyId, "target panel " + targetPanelDate);
    }

    @Transactional
    public void scheduleVisit(long journeyId, LocalDateTime at, String note, StaffMember me) {
        open(journeyId, "visit", me, JourneyState.STAGE_TWO);
        rules().visitDate(at.toLocalDate(), today()).ifPresent(key -> {
            throw new StageTwoRefused("visit", key);
        });
        if (note != null && note.length() > NOTE_LIMIT) {
            throw new StageTwoRefused("visitNote", P + "visitNote.tooLong");
        }
        ensureRecord(journeyId);
        sql.insert("INSERT INTO home_visit (journey_id, visit_at, note, created_by, created_at) VALUES (?, ?, ?, ?, ?)",
                journeyId, at, note == null || note.isBlank() ? null : note, me.id(), Times.nowUtc(clock));
        audit.staff(me.id(), "STAGE_TWO_SCHEDULE_VISIT", SUBJECT_TYPE, journeyId, at.toString());
    }

    /** The report is shared with the applicant today; their 10 working days to comment start, and they are told. */
    @Transactional
    public void shareReport(long journeyId, StaffMember me) {
        Journey journey = open(journeyId, "report", me, JourneyState.STAGE_TWO);
        StageTwoRecord record = ensureRecord(journeyId);
        if (record.assessorId() == null || record.targetPanelDate() == null) {
            throw new StageTwoRefused("report", P + "report.notReady");
        }
        if (record.reportShared()) {
            throw new StageTwoRefused("report", P + "report.already");
        }
        LocalDate today = today();
        change(journeyId, "par_shared_on = ?, comments_due = ?", today, rules().commentsDue(today));
        audit.staff(me.id(), "STAGE_TWO_SHARE_REPORT", SUBJECT_TYPE, journeyId, null);
        applicants.find(journey.applicantId())
                .ifPresent(a -> outbox.enqueue(a.email(), EmailTemplate.JOURNEY_UPDATE, Map.of()));
    }

    /** The applicant's comments on the report, sent by them on /account or, received another way, typed by staff. */
    @Transactional
    public void recordComments(long journeyId, String comments, JourneyActorIdentity who) {
        Journey journey = lock(journeyId);
        StageTwoRecord record = find(journeyId).orElseThrow(() -> new StageTwoRefused("comments", "stageTwo.comments.closed"));
        if (journey.state() != JourneyState.STAGE_TWO || !rules().commentsOpen(record, today())) {
            throw new StageTwoRefused("comments", "stageTwo.comments.closed");
        }
        if (comments == null || comments.isBlank()) {
            throw new StageTwoRefused("comments", "stageTwo.comments.required");
        }
        if (comments.length() > TEXT_LIMIT) {
            throw new StageTwoRefused("comments", "stageTwo.comments.tooLong");
        }
        change(journeyId, "comments = ?, comments_received_at = ?", comments, Times.nowUtc(clock));
        audit.write(who.type(), who.id(), "STAGE_TWO_REPORT_COMMENTS", SUBJECT_TYPE, journeyId, null);
    }

    /** The panel date is set once the report is shared: the journey goes to panel. */
    @Transactional
    public void panelDate(long journeyId, LocalDate panel, StaffMember me) {
        open(journeyId, "panelDate", me, JourneyState.STAGE_TWO);
        StageTwoRecord record = ensureRecord(journeyId);
        if (!record.reportShared()) {
            throw new StageTwoRefused("panelDate", P + "panelDate.reportNotShared");
        }
        rules().panelDate(panel, record.commentsDue()).ifPresent(key -> {
            throw new StageTwoRefused("panelDate", key);
        });
        change(journeyId, "panel_date = ?", panel);
        journeys.fire(journeyId, JourneyEvent.SUBMIT_TO_PANEL, JourneyActorIdentity.staff(me), "panel " + panel);
    }

    @Transactional
    public void recommendation(long journeyId, PanelRecommendation recommendation, StaffMember me) {
        open(journeyId, "recommendation", me, JourneyState.AWAITING_PANEL);
        StageTwoRecord record = ensureRecord(journeyId);
        if (recommendation == null) {
            throw new StageTwoRefused("recommendation", P + "recommendation.required");
        }
        rules().recommendation(record.panelDate(), today()).ifPresent(key -> {
            throw new StageTwoRefused("recommendation", key);
        });
        change(journeyId, "panel_recommendation = ?", recommendation);
        audit.staff(me.id(), "STAGE_TWO_PANEL_RECOMMENDATION", SUBJECT_TYPE, journeyId, recommendation.name());
    }

    /** The agency decision maker (a team manager) decides, after the panel's recommendation. */
    @Transactional
    public void decide(long journeyId, AdmDecision decision, LocalDate decidedOn, StaffMember me) {
        if (!me.has(Role.TEAM_MANAGER)) {
            throw new StageTwoRefused("decision", P + "decision.role");
        }
        open(journeyId, "decision", me, JourneyState.AWAITING_PANEL);
        StageTwoRecord record = ensureRecord(journeyId);
        if (record.panelRecommendation() == null) {
            throw new StageTwoRefused("decision", P + "decision.noRecommendation");
        }
        if (decision == null) {
            throw new StageTwoRefused("decision", P + "decision.required");
        }
        rules().decisionDate(decidedOn, record.panelDate(), today()).ifPresent(key -> {
            throw new StageTwoRefused("decidedOn", key);
        });
        change(journeyId, "adm_decision = ?, adm_decided_on = ?, adm_id = ?", decision, decidedOn, me.id());
        journeys.fire(journeyId, decision == AdmDecision.APPROVED ? JourneyEvent.APPROVE : JourneyEvent.DECIDE_NOT_SUITABLE,
                JourneyActorIdentity.staff(me), "decided on " + decidedOn);
    }

    // ---- plumbing

    /** Locks the journey, checks it is in one of {@code states} and that {@code me} may assess. */
    private Journey open(long journeyId, String field, StaffMember me, JourneyState... states) {
        if (!me.has(Role.SOCIAL_WORKER) && !me.has(Role.TEAM_MANAGER)) {
            throw new StageTwoRefused(field, P + "role.assessor");
        }
        Journey journey = lock(journeyId);
        if (!List.of(states).contains(journey.state())) {
            throw new StageTwoRefused(field, P + "notNow");
        }
        return journey;
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
                .map(StageTwo::ukDay);
    }

    private void change(long journeyId, String assignments, Object... values) {
        Object[] params = new Object[values.length + 1];
        System.arraycopy(values, 0, params, 0, values.length);
        params[values.length] = journeyId;
        sql.update("UPDATE stage_two SET " + assignments + ", version = version + 1 WHERE journey_id = ?", params);
    }

    private static LocalDate ukDay(LocalDateTime utc) {
        return Times.toUk(utc).toLocalDate();
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
