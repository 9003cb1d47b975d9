package uk.frontdoor.core.journey;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.action.StoredWording;
import uk.frontdoor.core.action.Wording;
import uk.frontdoor.core.applicant.Applicant;
import uk.frontdoor.core.applicant.ApplicantAccounts;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.audit.Subject;
import uk.frontdoor.core.identity.EmailAddress;
import uk.frontdoor.core.notify.EmailTemplate;
import uk.frontdoor.core.notify.Outbox;
import uk.frontdoor.core.reports.EnquiryProgress;
import uk.frontdoor.core.staff.SpecialCategory;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;

/**
 * Keeps each person's journey: the one place that moves a journey from state to state, always through
 * {@link AdopterJourney}'s table, writing its history and the audit log and telling the person by email (which
 * says only that there is an update, with a link to sign in).
 */
@Singleton
public class Journeys {
    private static final String COLUMNS =
            "id, applicant_id, enquiry_id, team_id, state, paused_from, state_since, version";

    private final Sql sql;
    private final Clock clock;
    private final ApplicantAccounts accounts;
    private final Outbox outbox;
    private final AuditLog audit;
    private final StoredWording stored;
    private final EnquiryProgress progress;

    public Journeys(Sql sql, Clock clock, ApplicantAccounts accounts, Outbox outbox, AuditLog audit, StoredWording stored,
                    EnquiryProgress progress) {
        this.sql = sql;
        this.clock = clock;
        this.accounts = accounts;
        this.outbox = outbox;
        this.audit = audit;
        this.stored = stored;
        this.progress = progress;
    }

    public Optional<Journey> find(long id) {
        return sql.one("SELECT " + COLUMNS + " FROM adopter_journey WHERE id = ?", Journeys::map, id);
    }

    /**
     * A journey as a member of staff opens it: not found unless it is in one of their teams; each opening is one
     * VIEW_JOURNEY audit row.
     */
    @Transactional
    public Result<Journey> open(StaffMember me, long id) {
        Optional<Journey> journey = visibleTo(me, id);
        if (journey.isEmpty()) {
            return Result.notFound();
        }
        // the row says when criminal offence data (DBS checks) was on the page (need-to-know, issue 12)
        audit.staff(me.id(), "VIEW_JOURNEY", Subject.JOURNEY, id,
                SpecialCategory.CRIMINAL_RECORD.shownTo(me) ? "shown: " + SpecialCategory.CRIMINAL_RECORD : null);
        return Result.done(journey.get());
    }

    /** The journey, if it is in one of this member of staff's teams (no audit row: the caller's read wrote it). */
    public Optional<Journey> visibleTo(StaffMember me, long id) {
        return find(id).filter(j -> me.canSeeTeam(j.teamId()));
    }

    /**
     * Staff pause, resume or withdraw the journey for the person (who asked them to), with an optional reason.
     * Refused when the reason is too long or the journey cannot make that move now.
     */
    @Transactional
    public Result<Journey> choose(StaffMember me, long id, JourneyEvent event, String reason) {
        if (!PauseAndWithdraw.EVENTS.contains(event)) {
            throw new IllegalArgumentException(event + " is not a choice");
        }
        Optional<Journey> journey = lockVisible(me, id);
        if (journey.isEmpty()) {
            return Result.notFound();
        }
        if (PauseAndWithdraw.reasonTooLong(reason)) {
            return Result.refused("choiceReason", "staff.journey.choice.reason.tooLong");
        }
        if (!PauseAndWithdraw.available(journey.get(), JourneyActor.of(me)).contains(event)) {
            return Result.refused("choiceReason", "staff.journey.choice.refused");
        }
        return Result.done(fire(id, event, JourneyActorIdentity.staff(me), PauseAndWithdraw.detail(reason)));
    }

    /**
     * The journey locked for this transaction (one change at a time), if it is in one of this member of staff's
     * teams; for the core services that change a journey on staff's behalf.
     */
    public Optional<Journey> lockVisible(StaffMember me, long id) {
        return sql.one("SELECT " + COLUMNS + " FROM adopter_journey WHERE id = ? FOR UPDATE", Journeys::map, id)
                .filter(j -> me.canSeeTeam(j.teamId()));
    }

    /** Whether this member of staff may move the journey by {@code event} now (the table, for their roles). */
    public static boolean allows(Journey journey, JourneyEvent event, StaffMember me) {
        return AdopterJourney.available(journey.state(), journey.pausedFrom(), JourneyActor.of(me)).stream()
                .anyMatch(t -> t.event() == event);
    }

    /** The person's most recent journey (a person whose journey ended may start another). */
    public Optional<Journey> current(Applicant applicant) {
        return sql.one("SELECT " + COLUMNS + " FROM adopter_journey WHERE applicant_id = ? ORDER BY id DESC LIMIT 1",
                Journeys::map, applicant.id());
    }

    /**
     * Staff invite the person who made this enquiry to register their interest: their journey starts (once; a
     * second invitation for the same enquiry returns the journey already under way) and they get an email
     * inviting them to sign in.
     */
    @Transactional
    public Journey inviteToRegister(long enquiryId, long teamId, JourneyActorIdentity staff) {
        Optional<Journey> existing = sql.one("SELECT " + COLUMNS + " FROM adopter_journey WHERE enquiry_id = ? "
                + "ORDER BY id DESC LIMIT 1", Journeys::map, enquiryId);
        if (existing.isPresent() && !existing.get().state().isTerminal()) {
            return existing.get();
        }
        String email = sql.one("SELECT email FROM enquiry WHERE id = ?", rs -> rs.getString(1), enquiryId)
                .orElseThrow(() -> new IllegalArgumentException("No enquiry " + enquiryId));
        Applicant applicant = accounts.forKnownEmail(EmailAddress.canonical(email).orElseThrow()).orElseThrow();
        LocalDateTime now = Times.nowUtc(clock);
        long id = sql.insert("""
                INSERT INTO adopter_journey (applicant_id, enquiry_id, team_id, state, state_since, created_at)
                VALUES (?, ?, ?, 'ENQUIRY', ?, ?)""", applicant.id(), enquiryId, teamId, now, now);
        return move(id, JourneyEvent.INVITE_TO_REGISTER, staff, null, null, EmailTemplate.INVITED_TO_REGISTER);
    }

    /**
     * Moves a journey by one event, if the table allows it for this actor; otherwise {@link RefusedTransition}.
     * {@code detail} is what the person who moved it typed (a reason), or null.
     */
    @Transactional
    public Journey fire(long journeyId, JourneyEvent event, JourneyActorIdentity actor, String detail) {
        return move(journeyId, event, actor, detail, null, EmailTemplate.JOURNEY_UPDATE);
    }

    /** Moves a journey by one event, as {@link #fire}, with what the portal says of the step (not typed by anyone). */
    @Transactional
    public Journey fireSaying(long journeyId, JourneyEvent event, JourneyActorIdentity actor, Wording said) {
        return move(journeyId, event, actor, null, said, EmailTemplate.JOURNEY_UPDATE);
    }

    private Journey move(long journeyId, JourneyEvent event, JourneyActorIdentity actor, String detail, Wording said,
                         EmailTemplate email) {
        Journey journey = sql.one("SELECT " + COLUMNS + " FROM adopter_journey WHERE id = ? FOR UPDATE",
                Journeys::map, journeyId).orElseThrow(() -> new IllegalArgumentException("No journey " + journeyId));
        Transition step = AdopterJourney.apply(journey.state(), event, actor.roles(), journey.pausedFrom());
        LocalDateTime now = Times.nowUtc(clock);
        JourneyState pausedFrom = step.to() == JourneyState.PAUSED ? journey.state() : null;
        sql.update("""
                UPDATE adopter_journey SET state = ?, paused_from = ?, state_since = ?, version = version + 1
                WHERE id = ?""", step.to(), pausedFrom, now, journeyId);
        sql.insert("""
                INSERT INTO journey_event (journey_id, at, actor_type, actor_id, event, from_state, to_state, detail,
                                           detail_code, detail_args)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                journeyId, now, actor.type(), actor.id(), event, journey.state(), step.to(), detail,
                said == null ? null : said.code(), stored.args(said));
        progress.refreshJourney(journeyId);
        actor.audit(audit, "JOURNEY_" + event.name(), journeyId, journey.state() + " -> " + step.to());
        accounts.find(journey.applicantId()).ifPresent(a -> outbox.enqueue(a.email(), email, Map.of()));
        return find(journeyId).orElseThrow();
    }

    public List<JourneyEventLine> history(long journeyId) {
        return sql.list("""
                SELECT at, actor_type, event, from_state, to_state, detail, detail_code, detail_args FROM journey_event
                WHERE journey_id = ? ORDER BY at DESC, id DESC""",
                rs -> new JourneyEventLine(rs.getObject(1, LocalDateTime.class), rs.getString(2),
                        JourneyEvent.valueOf(rs.getString(3)), JourneyState.valueOf(rs.getString(4)),
                        JourneyState.valueOf(rs.getString(5)), rs.getString(6),
                        stored.read(rs.getString(7), rs.getString(8))), journeyId);
    }

    private static Journey map(java.sql.ResultSet rs) throws java.sql.SQLException {
        String paused = rs.getString(6);
        return new Journey(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class), rs.getLong(4),
                JourneyState.valueOf(rs.getString(5)), paused == null ? null : JourneyState.valueOf(paused),
                rs.getObject(7, LocalDateTime.class), rs.getInt(8));
    }
}
