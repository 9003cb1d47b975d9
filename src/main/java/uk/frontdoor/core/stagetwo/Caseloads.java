package uk.frontdoor.core.stagetwo;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.audit.Subject;
import uk.frontdoor.core.calendar.BankHolidays;
import uk.frontdoor.core.journey.JourneyClocks;
import uk.frontdoor.core.journey.JourneyClocks.ClockState;
import uk.frontdoor.core.journey.JourneyState;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;

/**
 * Open journeys as staff oversee them: a social worker's caseload (the journeys they assess) and a team manager's
 * view of every open journey, each with the clock that runs in its state (Stage Two's counted from the applicant's
 * notification) and how it stands: on track, due within 5 working days, or overdue. Overdue first, then by due date.
 * Each list and each journey opened is audited: they name people.
 */
@Singleton
public class Caseloads {
    private static final String OPEN = Arrays.stream(JourneyState.values()).filter(s -> !s.isTerminal())
            .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
    private static final String SELECT = """
            SELECT j.id, COALESCE(e.full_name, a.email), j.state, j.team_id, t.name, sp.name, sa.display_name,
              s.notified_on, j.state_since, s.assessor_id
            FROM adopter_journey j
            JOIN applicant_account a ON a.id = j.applicant_id
            LEFT JOIN enquiry e ON e.id = j.enquiry_id
            JOIN team t ON t.id = j.team_id
            JOIN spoke sp ON sp.id = t.spoke_id
            LEFT JOIN stage_two s ON s.journey_id = j.id
            LEFT JOIN staff_account sa ON sa.id = s.assessor_id
            """;

    private final Sql sql;
    private final BankHolidays holidays;
    private final java.time.Clock clock;
    private final AuditLog audit;

    public Caseloads(Sql sql, BankHolidays holidays, java.time.Clock clock, AuditLog audit) {
        this.sql = sql;
        this.holidays = holidays;
        this.clock = clock;
        this.audit = audit;
    }

    /** One open journey with its running clock ({@code due} and {@code clockState} null when none runs). */
    public record Case(long journeyId, String name, JourneyState state, long teamId, String teamName, String spokeName,
                       Long assessorId, String assessorName, LocalDate due, ClockState clockState) {
    }

    /** Overdue first, then due soon, then on track, each by due date; journeys with no clock last. */
    public static final Comparator<Case> MOST_URGENT_FIRST = Comparator
            .comparing((Case c) -> c.clockState() == null ? 3 : switch (c.clockState()) {
                case OVERDUE -> 0;
                case DUE_SOON -> 1;
                case ON_TRACK -> 2;
            })
            .thenComparing(Case::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Case::journeyId);

    /**
     * A journey's Stage Two as a member of staff opens it: not found unless it is in one of their teams; each
     * opening is one VIEW_STAGE_TWO audit row.
     */
    @Transactional
    public Result<Case> open(StaffMember me, long journeyId) {
        Optional<Case> found = visibleTo(me, journeyId);
        if (found.isEmpty()) {
            return Result.notFound();
        }
        audit.staff(me.id(), "VIEW_STAGE_TWO", Subject.JOURNEY, journeyId, null);
        return Result.done(found.get());
    }

    /** The journey, if it is in one of this member of staff's teams (no audit row: the caller's read wrote it). */
    public Optional<Case> visibleTo(StaffMember me, long journeyId) {
        return sql.one(SELECT + " WHERE j.id = ?", this::row, journeyId).filter(c -> me.canSeeTeam(c.teamId()));
    }

    /** The open journeys this social worker assesses, most urgent first; each reading is one VIEW_CASELOAD row. */
    @Transactional
    public List<Case> caseload(StaffMember worker) {
        List<Case> cases = sql.list(SELECT + " WHERE s.assessor_id = ? AND j.state IN (" + OPEN + ")", this::row,
                worker.id()).stream().sorted(MOST_URGENT_FIRST).toList();
        audit.staff(worker.id(), "VIEW_CASELOAD", Subject.STAFF, worker.id(), cases.size() + " journeys");
        return cases;
    }

    /**
     * Every open journey of the teams this member of staff may see, most urgent first; each reading is one
     * VIEW_OVERSIGHT row.
     */
    @Transactional
    public List<Case> oversight(StaffMember me) {
        List<Case> cases = sql.list(SELECT + " WHERE j.state IN (" + OPEN + ")", this::row).stream()
                .filter(c -> me.canSeeTeam(c.teamId())).sorted(MOST_URGENT_FIRST).toList();
        audit.staff(me.id(), "VIEW_OVERSIGHT", Subject.STAFF, me.id(), cases.size() + " journeys");
        return cases;
    }

    /** How many journeys are in each open state, in the journey's order. */
    public static Map<JourneyState, Long> countByState(List<Case> cases) {
        Map<JourneyState, Long> counts = new EnumMap<>(JourneyState.class);
        for (JourneyState s : JourneyState.values()) {
            if (!s.isTerminal()) {
                counts.put(s, 0L);
            }
        }
        cases.forEach(c -> counts.merge(c.state(), 1L, Long::sum));
        return counts;
    }

    /** The clock running in a state: Stage Two's from the notification, every other from entering the state. */
    public static Optional<JourneyClocks.Clock> clockOf(JourneyClocks clocks, JourneyState state, LocalDate since,
                                                       LocalDate notified) {
        if (state == JourneyState.STAGE_TWO || state == JourneyState.AWAITING_PANEL) {
            return Optional.of(new JourneyClocks.Clock(JourneyClocks.ClockKind.AGENCY_DECIDES_BY,
                    clocks.stageTwoDecisionDue(notified != null ? notified : since)));
        }
        return clocks.clockFor(state, since);
    }

    private Case row(ResultSet rs) throws SQLException {
        JourneyClocks clocks = new JourneyClocks(holidays.calendar());
        JourneyState state = JourneyState.valueOf(rs.getString(3));
        LocalDate since = Times.ukDay(rs.getObject(9, LocalDateTime.class));
        Optional<JourneyClocks.Clock> running = clockOf(clocks, state, since, rs.getObject(8, LocalDate.class));
        LocalDate due = running.map(JourneyClocks.Clock::due).orElse(null);
        return new Case(rs.getLong(1), rs.getString(2), state, rs.getLong(4), rs.getString(5), rs.getString(6),
                rs.getObject(10, Long.class), rs.getString(7), due,
                due == null ? null : clocks.state(due, Times.todayUk(clock)));
    }
}
