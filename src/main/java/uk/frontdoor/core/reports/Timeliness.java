package uk.frontdoor.core.reports;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.frontdoor.core.action.Wording;
import uk.frontdoor.core.calendar.BankHolidays;
import uk.frontdoor.core.calendar.WorkingDays;
import uk.frontdoor.core.journey.JourneyClocks;
import uk.frontdoor.core.journey.JourneyState;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;

/**
 * Timeliness against the statutory clocks (docs/reports.md): of the clocks that ended in the period, how many ended by
 * their due day, with the median and 90th percentile of how long they took; how many were extended; and the clocks
 * running now past their due day, each linked to its case for those who may open it.
 */
@Singleton
class Timeliness {
    /** The first response to an enquiry is due within this many working days. */
    static final int ENQUIRY_WORKING_DAYS = 10;
    /** The overdue cases listed at most (the counts include every one). */
    static final int OVERDUE_LISTED = 200;

    enum Clock {
        ENQUIRY_RESPONSE(true), REGISTRATION_DECISION(true), STAGE_ONE(false), STAGE_TWO(false);

        /** Counted in working days (else calendar days). */
        final boolean workingDays;

        Clock(boolean workingDays) {
            this.workingDays = workingDays;
        }
    }

    /** One clock: its council, when it started, when it was due and when it ended (null: running). */
    record Run(Clock clock, int council, LocalDate started, LocalDate due, LocalDate ended, boolean extended) {
    }

    /** One case whose clock runs past its due day now. */
    record Overdue(Clock clock, int council, long teamId, String kind, long id, LocalDate due) {
    }

    private final Sql sql;
    private final BankHolidays holidays;

    Timeliness(Sql sql, BankHolidays holidays) {
        this.sql = sql;
        this.holidays = holidays;
    }

    ReportTable table(ReportScope scope, List<Run> ended, List<Overdue> overdue) {
        WorkingDays calendar = holidays.calendar();
        List<Wording> columns = List.of(Wording.of("reports.col.clock"), Wording.of("reports.col.council"),
                Wording.of("reports.timeliness.ended"), Wording.of("reports.timeliness.inTime"),
                Wording.of("reports.timeliness.share"), Wording.of("reports.timeliness.median"),
                Wording.of("reports.timeliness.p90"), Wording.of("reports.timeliness.extended"),
                Wording.of("reports.timeliness.overdueNow"));
        List<List<Cell>> rows = new ArrayList<>();
        for (Clock clock : Clock.values()) {
            for (int c = -1; c < scope.councils().size(); c++) {
                int council = c;
                List<Run> runs = ended.stream().filter(r -> r.clock() == clock && (council < 0 || r.council() == council))
                        .toList();
                long inTime = runs.stream().filter(r -> !r.ended().isAfter(r.due())).count();
                List<Long> days = runs.stream().map(r -> clock.workingDays
                        ? (long) calendar.workingDaysBetween(r.started(), r.ended())
                        : ChronoUnit.DAYS.between(r.started(), r.ended())).sorted().toList();
                long late = overdue.stream().filter(o -> o.clock() == clock && (council < 0 || o.council() == council))
                        .count();
                rows.add(List.of(Cell.label("reports.clock." + clock.name()),
                        council < 0 ? Cell.label("reports.row.all") : Cell.name(scope.councils().get(c).name()),
                        Cell.count(runs.size()), Cell.count(inTime), Cell.share(inTime, runs.size()),
                        Cell.days(percentile(days, 50)), Cell.days(percentile(days, 90)),
                        Cell.count(runs.stream().filter(Run::extended).count()), Cell.count(late)));
            }
        }
        return new ReportTable("timeliness", columns, rows);
    }

    /** The cases overdue now, most overdue first; a link to each for those whose teams it is in. */
    ReportTable overdueTable(ReportScope scope, List<Overdue> overdue) {
        List<Wording> columns = List.of(Wording.of("reports.col.clock"), Wording.of("reports.col.council"),
                Wording.of("reports.col.case"), Wording.of("reports.col.due"), Wording.of("reports.col.daysOverdue"));
        List<List<Cell>> rows = new ArrayList<>();
        overdue.stream().sorted(Comparator.comparing(Overdue::due).thenComparing(Overdue::id)).limit(OVERDUE_LISTED)
                .forEach(o -> {
                    Wording name = Wording.of("reports.case." + o.kind(), String.valueOf(o.id()));
                    String href = !scope.me().canSeeTeam(o.teamId()) ? null
                            : o.kind().equals("item") ? "/staff/items/" + o.id() : "/staff/journeys/" + o.id();
                    rows.add(List.of(Cell.label("reports.clock." + o.clock().name()),
                            Cell.name(scope.councils().get(o.council()).name()),
                            href == null ? new Cell(Cell.Kind.LABEL, name, 0, null) : Cell.link(name, href),
                            Cell.label("reports.date", o.due().toString()),
                            Cell.count(ChronoUnit.DAYS.between(o.due(), scope.today()))));
                });
        return new ReportTable("overdue", columns, rows);
    }

    /** Nearest rank: the smallest value with at least {@code p}% of the values at or below it; null for none. */
    static Double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return (double) sorted.get(Math.max(rank, 1) - 1);
    }

    /** The clocks that ended in the period. */
    List<Run> ended(ReportScope scope) {
        WorkingDays calendar = holidays.calendar();
        JourneyClocks clocks = new JourneyClocks(calendar);
        List<Run> runs = new ArrayList<>();
        Object[] window = new Params().add(scope.fromUtc(), scope.toUtc()).add(scope.councilIds()).array();
        sql.list("""
                SELECT e.borough_id, w.created_at, w.first_response_at FROM work_item w
                JOIN enquiry e ON w.subject_type = 'ENQUIRY' AND e.id = w.subject_id
                WHERE w.kind = 'ENQUIRY' AND w.first_response_at >= ? AND w.first_response_at < ? AND e.borough_id IN """
                + scope.councilsIn(), rs -> {
                    LocalDate started = day(rs.getObject(2, LocalDateTime.class));
                    runs.add(new Run(Clock.ENQUIRY_RESPONSE, scope.indexOf(rs.getLong(1)), started,
                            calendar.plusWorkingDays(started, ENQUIRY_WORKING_DAYS), day(rs.getObject(3, LocalDateTime.class)),
                            false));
                    return null;
                }, window);
        sql.list("""
                SELECT e.borough_id, r.submitted_at, r.decided_at FROM registration_of_interest r
                JOIN adopter_journey j ON j.id = r.journey_id JOIN enquiry e ON e.id = j.enquiry_id
                WHERE r.decided_at >= ? AND r.decided_at < ? AND e.borough_id IN """ + scope.councilsIn(), rs -> {
                    LocalDate started = day(rs.getObject(2, LocalDateTime.class));
                    runs.add(new Run(Clock.REGISTRATION_DECISION, scope.indexOf(rs.getLong(1)), started,
                            clocks.registrationDecisionDue(started), day(rs.getObject(3, LocalDateTime.class)), false));
                    return null;
                }, window);
        stage(scope, Clock.STAGE_ONE, "'ACCEPT_REGISTRATION'", "'COMPLETE_STAGE_ONE', 'FIND_NOT_SUITABLE_AT_STAGE_ONE'",
                "STAGE_ONE", window, runs, clocks);
        stage(scope, Clock.STAGE_TWO, "'START_STAGE_TWO', 'FAST_TRACK'", "'APPROVE', 'DECIDE_NOT_SUITABLE'",
                "STAGE_TWO", window, runs, clocks);
        return runs;
    }

    private void stage(ReportScope scope, Clock clock, String starts, String ends, String extensionStage,
                       Object[] window, List<Run> runs, JourneyClocks clocks) {
        sql.list("SELECT e.borough_id, v.at, (SELECT MAX(s.at) FROM journey_event s WHERE s.journey_id = v.journey_id"
                + " AND s.event IN (" + starts + ") AND s.at <= v.at),"
                + " (SELECT x.new_due FROM journey_extension x WHERE x.journey_id = v.journey_id AND x.stage = '"
                + extensionStage + "' AND x.at <= v.at ORDER BY x.at DESC, x.id DESC LIMIT 1)"
                + " FROM journey_event v JOIN adopter_journey j ON j.id = v.journey_id JOIN enquiry e ON e.id = j.enquiry_id"
                + " WHERE v.event IN (" + ends + ") AND v.at >= ? AND v.at < ? AND e.borough_id IN " + scope.councilsIn(),
                rs -> {
                    LocalDateTime start = rs.getObject(3, LocalDateTime.class);
                    if (start != null) {
                        LocalDate started = day(start);
                        LocalDate extended = rs.getObject(4, LocalDate.class);
                        LocalDate due = extended != null ? extended : clock == Clock.STAGE_ONE
                                ? clocks.stageOneDecisionDue(started) : clocks.stageTwoDecisionDue(started);
                        runs.add(new Run(clock, scope.indexOf(rs.getLong(1)), started, due,
                                day(rs.getObject(2, LocalDateTime.class)), extended != null));
                    }
                    return null;
                }, window);
    }

    /** The clocks running now past their due day (whenever they started). */
    List<Overdue> overdue(ReportScope scope) {
        WorkingDays calendar = holidays.calendar();
        JourneyClocks clocks = new JourneyClocks(calendar);
        List<Overdue> overdue = new ArrayList<>();
        Object[] councils = scope.councilIds();
        sql.list("""
                SELECT e.borough_id, w.team_id, w.id, w.created_at FROM work_item w
                JOIN enquiry e ON w.subject_type = 'ENQUIRY' AND e.id = w.subject_id
                WHERE w.kind = 'ENQUIRY' AND w.is_open AND w.first_response_at IS NULL AND w.created_at < ?
                  AND e.borough_id IN """ + scope.councilsIn(), rs -> {
                    LocalDate due = calendar.plusWorkingDays(day(rs.getObject(4, LocalDateTime.class)),
                            ENQUIRY_WORKING_DAYS);
                    if (due.isBefore(scope.today())) {
                        overdue.add(new Overdue(Clock.ENQUIRY_RESPONSE, scope.indexOf(rs.getLong(1)), rs.getLong(2),
                                "item", rs.getLong(3), due));
                    }
                    return null;
                }, new Params().add(ReportScope.utc(scope.today())).add(councils).array());
        sql.list("""
                SELECT e.borough_id, j.team_id, j.id, j.state, j.state_since,
                       (SELECT x.new_due FROM journey_extension x WHERE x.journey_id = j.id AND x.stage = j.state
                          AND x.at >= j.state_since ORDER BY x.at DESC, x.id DESC LIMIT 1)
                FROM adopter_journey j JOIN enquiry e ON e.id = j.enquiry_id
                WHERE j.state IN ('REGISTRATION_SUBMITTED', 'STAGE_ONE', 'STAGE_TWO') AND e.borough_id IN """
                + scope.councilsIn(), rs -> {
                    JourneyState state = JourneyState.valueOf(rs.getString(4));
                    LocalDate since = day(rs.getObject(5, LocalDateTime.class));
                    LocalDate extended = rs.getObject(6, LocalDate.class);
                    LocalDate due = extended != null ? extended : clocks.clockFor(state, since).orElseThrow().due();
                    if (due.isBefore(scope.today())) {
                        Clock clock = switch (state) {
                            case REGISTRATION_SUBMITTED -> Clock.REGISTRATION_DECISION;
                            case STAGE_ONE -> Clock.STAGE_ONE;
                            default -> Clock.STAGE_TWO;
                        };
                        overdue.add(new Overdue(clock, scope.indexOf(rs.getLong(1)), rs.getLong(2), "journey",
                                rs.getLong(3), due));
                    }
                    return null;
                }, councils);
        return overdue;
    }

    private static LocalDate day(LocalDateTime utc) {
        return Times.toUk(utc).toLocalDate();
    }
}
