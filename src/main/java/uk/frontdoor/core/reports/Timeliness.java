package uk.frontdoor.core.reports;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.frontdoor.core.action.Wording;
import uk.frontdoor.core.calendar.BankHolidays;
import uk.frontdoor.core.calendar.WorkingDays;
import uk.frontdoor.core.journey.JourneyClocks;
import uk.frontdoor.core.journey.JourneyState;
import uk.frontdoor.core.stageone.ExtensionReason;
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

    /**
     * What the timeliness table and the quarterly return show of one clock in one council (or all of them): the clocks
     * that ended, how many in time and extended, how long each took (sorted), and how many run past their due day now.
     */
    record Tally(long ended, long inTime, long extended, List<Long> days, long overdueNow) {
    }

    /**
     * Every clock's tally per council, the last of each clock for all the councils: one pass over the runs (a year of
     * the region is some 60,000; filtering them again for each row cost more than the queries).
     */
    Tally[][] tally(ReportScope scope, List<Run> ended, List<Overdue> overdue) {
        WorkingDays calendar = holidays.calendar();
        int councils = scope.councils().size();
        Clock[] clocks = Clock.values();
        long[][][] counts = new long[clocks.length][councils + 1][4]; // ended, in time, extended, overdue now
        List<List<List<Long>>> days = new ArrayList<>();
        for (Clock clock : clocks) {
            List<List<Long>> perCouncil = new ArrayList<>();
            for (int c = 0; c <= councils; c++) {
                perCouncil.add(new ArrayList<>());
            }
            days.add(perCouncil);
        }
        for (Run r : ended) {
            int k = r.clock().ordinal();
            long took = r.clock().workingDays ? calendar.workingDaysBetween(r.started(), r.ended())
                    : ChronoUnit.DAYS.between(r.started(), r.ended());
            for (int c : new int[] {r.council(), councils}) {
                counts[k][c][0]++;
                counts[k][c][1] += r.ended().isAfter(r.due()) ? 0 : 1;
                counts[k][c][2] += r.extended() ? 1 : 0;
                days.get(k).get(c).add(took);
            }
        }
        for (Overdue o : overdue) {
            counts[o.clock().ordinal()][o.council()][3]++;
            counts[o.clock().ordinal()][councils][3]++;
        }
        Tally[][] tallies = new Tally[clocks.length][councils + 1];
        for (int k = 0; k < clocks.length; k++) {
            for (int c = 0; c <= councils; c++) {
                List<Long> sorted = days.get(k).get(c);
                sorted.sort(null);
                long[] n = counts[k][c];
                tallies[k][c] = new Tally(n[0], n[1], n[2], sorted, n[3]);
            }
        }
        return tallies;
    }

    ReportTable table(ReportScope scope, Tally[][] tallies) {
        List<Wording> columns = List.of(Wording.of("reports.col.clock"), Wording.of("reports.col.council"),
                Wording.of("reports.timeliness.ended"), Wording.of("reports.timeliness.inTime"),
                Wording.of("reports.timeliness.share"), Wording.of("reports.timeliness.median"),
                Wording.of("reports.timeliness.p90"), Wording.of("reports.timeliness.extended"),
                Wording.of("reports.timeliness.overdueNow"));
        List<List<Cell>> rows = new ArrayList<>();
        int councils = scope.councils().size();
        for (Clock clock : Clock.values()) {
            for (int c = -1; c < councils; c++) {
                Tally t = tallies[clock.ordinal()][c < 0 ? councils : c];
                rows.add(List.of(Cell.label("reports.clock." + clock.name()),
                        c < 0 ? Cell.label("reports.row.all") : Cell.name(scope.councils().get(c).name()),
                        Cell.count(t.ended()), Cell.count(t.inTime()), Cell.share(t.inTime(), t.ended()),
                        Cell.days(percentile(t.days(), 50)), Cell.days(percentile(t.days(), 90)),
                        Cell.count(t.extended()), Cell.count(t.overdueNow())));
            }
        }
        return new ReportTable("timeliness", columns, rows);
    }

    /** The cases overdue now, most overdue first; a link to each for those whose teams it is in. */
    ReportTable overdueTable(ReportScope scope, List<Overdue> overdue) {
        List<Wording> columns = List.of(Wording.of("reports.col.clock"), Wording.of("reports.col.council"),
                Wording.of("reports.col.case"), Wording.of("reports.col.due"), Wording.of("reports.col.daysOverdue"));
        List<List<Cell>> rows = new ArrayList<>();
        mostOverdue(overdue).forEach(o -> {
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

    /**
     * The Stage One extensions recorded in the period by the kind of reason staff chose (the reason in words is about a
     * person and never reported): a row for the selection, then one per council; the last column counts those recorded
     * before kinds existed.
     */
    ReportTable extensions(ReportScope scope) {
        ExtensionReason[] kinds = ExtensionReason.values();
        int councils = scope.councils().size();
        long[][] counts = new long[councils + 1][kinds.length + 1];
        sql.list("""
                SELECT p.borough_id, x.reason_kind, COUNT(*) FROM journey_extension x
                JOIN adopter_journey j ON j.id = x.journey_id JOIN enquiry_progress p ON p.enquiry_id = j.enquiry_id
                WHERE x.at >= ? AND x.at < ? AND p.borough_id IN """ + scope.councilsIn()
                + " GROUP BY p.borough_id, x.reason_kind", rs -> {
                    int kind = ExtensionReason.named(rs.getString(2)).map(Enum::ordinal).orElse(kinds.length);
                    counts[scope.indexOf(rs.getLong(1))][kind] += rs.getLong(3);
                    counts[councils][kind] += rs.getLong(3);
                    return null;
                }, new Params().add(scope.fromUtc(), scope.toUtc()).add(scope.councilIds()).array());
        List<Wording> columns = new ArrayList<>(List.of(Wording.of("reports.col.council"),
                Wording.of("reports.extensions.all")));
        for (ExtensionReason kind : kinds) {
            columns.add(Wording.of("reports.extensions.kind." + kind.name()));
        }
        columns.add(Wording.of("reports.extensions.notRecorded"));
        List<List<Cell>> rows = new ArrayList<>();
        for (int c = -1; c < councils; c++) {
            long[] n = counts[c < 0 ? councils : c];
            List<Cell> row = new ArrayList<>();
            row.add(c < 0 ? Cell.label("reports.row.all") : Cell.name(scope.councils().get(c).name()));
            row.add(Cell.count(java.util.Arrays.stream(n).sum()));
            for (long count : n) {
                row.add(Cell.count(count));
            }
            rows.add(row);
        }
        return new ReportTable("extensions", columns, rows);
    }

    /** The {@link #OVERDUE_LISTED} most overdue, most overdue first, without sorting all of them (a year: 30,000). */
    static List<Overdue> mostOverdue(List<Overdue> overdue) {
        Comparator<Overdue> order = Comparator.comparing(Overdue::due).thenComparing(Overdue::id);
        java.util.PriorityQueue<Overdue> kept = new java.util.PriorityQueue<>(OVERDUE_LISTED + 1, order.reversed());
        for (Overdue o : overdue) {
            kept.add(o);
            if (kept.size() > OVERDUE_LISTED) {
                kept.poll();
            }
        }
        List<Overdue> most = new ArrayList<>(kept);
        most.sort(order);
        return most;
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
        Map<LocalDate, LocalDate> due = new HashMap<>(); // a year's 50,000 answers started on some 400 days
        Object[] window = new Params().add(scope.fromUtc(), scope.toUtc()).add(scope.councilIds()).array();
        sql.list("""
                SELECT w.borough_id, w.created_at, w.first_response_at FROM work_item w
                WHERE w.kind = 'ENQUIRY' AND w.first_response_at >= ? AND w.first_response_at < ?
                  AND w.subject_type = 'ENQUIRY' AND w.borough_id IN """
                + scope.councilsIn(), rs -> {
                    LocalDate started = day(rs.getObject(2, LocalDateTime.class));
                    runs.add(new Run(Clock.ENQUIRY_RESPONSE, scope.indexOf(rs.getLong(1)), started,
                            due.computeIfAbsent(started, d -> calendar.plusWorkingDays(d, ENQUIRY_WORKING_DAYS)),
                            day(rs.getObject(3, LocalDateTime.class)), false));
                    return null;
                }, window);
        sql.list("""
                SELECT p.borough_id, r.submitted_at, r.decided_at FROM registration_of_interest r
                JOIN adopter_journey j ON j.id = r.journey_id JOIN enquiry_progress p ON p.enquiry_id = j.enquiry_id
                WHERE r.decided_at >= ? AND r.decided_at < ? AND p.borough_id IN """ + scope.councilsIn(), rs -> {
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
        sql.list("SELECT p.borough_id, v.at, (SELECT MAX(s.at) FROM journey_event s WHERE s.journey_id = v.journey_id"
                + " AND s.event IN (" + starts + ") AND s.at <= v.at),"
                + " (SELECT x.new_due FROM journey_extension x WHERE x.journey_id = v.journey_id AND x.stage = '"
                + extensionStage + "' AND x.at <= v.at ORDER BY x.at DESC, x.id DESC LIMIT 1)"
                + " FROM journey_event v JOIN adopter_journey j ON j.id = v.journey_id"
                + " JOIN enquiry_progress p ON p.enquiry_id = j.enquiry_id"
                + " WHERE v.event IN (" + ends + ") AND v.at >= ? AND v.at < ? AND p.borough_id IN " + scope.councilsIn(),
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

    /** The clocks that a running case may have now, by the state its journey is in. */
    private static final List<JourneyState> CLOCKED = List.of(JourneyState.REGISTRATION_SUBMITTED,
            JourneyState.STAGE_ONE, JourneyState.STAGE_TWO);

    /**
     * The clocks running now past their due day (whenever they started). Each due day grows with its start day, so the
     * start days overdue now are those up to a cut-off worked out here with the same rules ({@link #lastOverdueStart});
     * the database then reads only the cases started by then (by index), an item's council from the item itself
     * (ADR 64) and a journey's from its enquiry's summary row (ADR 44, ADR 57). A journey whose clock was extended is read whatever its start and its due day
     * decided here.
     */
    List<Overdue> overdue(ReportScope scope) {
        WorkingDays calendar = holidays.calendar();
        JourneyClocks clocks = new JourneyClocks(calendar);
        List<Overdue> overdue = new ArrayList<>();
        Object[] councils = scope.councilIds();
        LocalDate today = scope.today();
        LocalDate lastItemStart = lastOverdueStart(d -> calendar.plusWorkingDays(d, ENQUIRY_WORKING_DAYS), today);
        sql.list("""
                SELECT w.borough_id, w.team_id, w.id, w.created_at FROM work_item w
                WHERE w.kind = 'ENQUIRY' AND w.first_response_at IS NULL AND w.created_at < ? AND w.is_open = TRUE
                  AND w.subject_type = 'ENQUIRY' AND w.borough_id IN """ + scope.councilsIn(), rs -> {
                    LocalDate due = calendar.plusWorkingDays(day(rs.getObject(4, LocalDateTime.class)),
                            ENQUIRY_WORKING_DAYS);
                    overdue.add(new Overdue(Clock.ENQUIRY_RESPONSE, scope.indexOf(rs.getLong(1)), rs.getLong(2),
                            "item", rs.getLong(3), due));
                    return null;
                }, new Params().add(ReportScope.utc(lastItemStart.plusDays(1))).add(councils).array());
        // the journeys without an extension: by state, those that entered it by the state's cut-off
        Params params = new Params();
        StringBuilder started = new StringBuilder();
        for (JourneyState state : CLOCKED) {
            LocalDate last = lastOverdueStart(d -> clocks.clockFor(state, d).orElseThrow().due(), today);
            started.append(started.isEmpty() ? "" : " OR ").append("(j.state = ? AND j.state_since < ?)");
            params.add(state.name(), ReportScope.utc(last.plusDays(1)));
        }
        DueNow journeys = (state, since, extended) -> {
            LocalDate due = extended != null ? extended : clocks.clockFor(state, since).orElseThrow().due();
            return due.isBefore(today) ? due : null;
        };
        sql.list("SELECT p.borough_id, j.team_id, j.id, j.state, j.state_since, NULL FROM adopter_journey j"
                + " JOIN enquiry_progress p ON p.enquiry_id = j.enquiry_id WHERE (" + started + ")"
                + " AND NOT EXISTS (SELECT 1 FROM journey_extension x WHERE x.journey_id = j.id AND x.stage = j.state"
                + " AND x.at >= j.state_since) AND p.borough_id IN " + scope.councilsIn(),
                rs -> journeyOverdue(rs, scope, journeys, overdue), params.add(councils).array());
        // and those with one (few): the latest extension of the clock they are in sets the due day
        sql.list("""
                SELECT p.borough_id, j.team_id, j.id, j.state, j.state_since,
                       (SELECT x.new_due FROM journey_extension x WHERE x.journey_id = j.id AND x.stage = j.state
                          AND x.at >= j.state_since ORDER BY x.at DESC, x.id DESC LIMIT 1) AS extended
                FROM adopter_journey j JOIN enquiry_progress p ON p.enquiry_id = j.enquiry_id
                WHERE j.id IN (SELECT x.journey_id FROM journey_extension x WHERE x.stage IN (?, ?, ?))
                  AND j.state IN (?, ?, ?) AND p.borough_id IN """ + scope.councilsIn() + " HAVING extended IS NOT NULL",
                rs -> journeyOverdue(rs, scope, journeys, overdue), new Params().add(CLOCKED.stream().map(Enum::name)
                        .toArray()).add(CLOCKED.stream().map(Enum::name).toArray()).add(councils).array());
        return overdue;
    }

    /** A journey's due day now from its state, the day it entered it and its extension, if it is past; else null. */
    private interface DueNow {
        LocalDate overdueOn(JourneyState state, LocalDate since, LocalDate extended);
    }

    private static Void journeyOverdue(java.sql.ResultSet rs, ReportScope scope, DueNow journeys,
                                       List<Overdue> overdue) throws java.sql.SQLException {
        JourneyState state = JourneyState.valueOf(rs.getString(4));
        LocalDate due = journeys.overdueOn(state, day(rs.getObject(5, LocalDateTime.class)),
                rs.getObject(6, LocalDate.class));
        if (due != null) {
            Clock clock = switch (state) {
                case REGISTRATION_SUBMITTED -> Clock.REGISTRATION_DECISION;
                case STAGE_ONE -> Clock.STAGE_ONE;
                default -> Clock.STAGE_TWO;
            };
            overdue.add(new Overdue(clock, scope.indexOf(rs.getLong(1)), rs.getLong(2), "journey", rs.getLong(3), due));
        }
        return null;
    }

    /**
     * The last start day whose clock is overdue today ({@code due} before {@code today}). Due days never go back as
     * start days go on (working days, and months to the same day or the month's end), so every earlier start is overdue
     * too and every later one is not.
     */
    static LocalDate lastOverdueStart(java.util.function.UnaryOperator<LocalDate> due, LocalDate today) {
        LocalDate start = today;
        while (!due.apply(start).isBefore(today)) {
            start = start.minusDays(1);
        }
        return start;
    }

    private static LocalDate day(LocalDateTime utc) {
        return Times.ukDay(utc);
    }
}
