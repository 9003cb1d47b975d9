package uk.frontdoor.core.reports;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import uk.frontdoor.core.action.Wording;
import uk.frontdoor.core.support.SupportStep;
import uk.frontdoor.core.support.Urgency;
import uk.frontdoor.platform.db.Sql;

/**
 * The work as it stands (queues: open, overdue, average age per team, today) and the period's adoption support
 * requests (by kind of help, urgency and responsible council), support fund applications, information events and
 * preparation training (docs/reports.md).
 */
@Singleton
class Workload {
    private final Sql sql;

    Workload(Sql sql) {
        this.sql = sql;
    }

    /** Every team of the chosen spokes: open items, overdue items and the open items' average age in days, today. */
    ReportTable queues(ReportScope scope) {
        List<List<Cell>> rows = new ArrayList<>();
        sql.list("SELECT t.name, COUNT(w.id), COALESCE(SUM(w.due_date < ?), 0), AVG(DATEDIFF(?, w.created_at))"
                + " FROM team t LEFT JOIN work_item w ON w.team_id = t.id AND w.is_open = TRUE"
                + " WHERE t.spoke_id IN " + scope.spokesIn() + " GROUP BY t.id, t.name ORDER BY t.name", rs -> {
                    double age = rs.getDouble(4);
                    rows.add(List.of(Cell.name(rs.getString(1)), Cell.count(rs.getLong(2)), Cell.count(rs.getLong(3)),
                            rs.wasNull() ? Cell.none() : Cell.days(Math.round(age * 10) / 10.0)));
                    return null;
                }, new Params().add(scope.today(), ReportScope.utc(scope.today())).add(scope.spokeIds().toArray()).array());
        return new ReportTable("queues", List.of(Wording.of("reports.col.team"), Wording.of("reports.queues.open"),
                Wording.of("reports.queues.overdue"), Wording.of("reports.queues.averageAge")), rows);
    }

    /**
     * Support requests made in the period by their responsible council: by urgency, and by each kind of help asked for
     * (a request may ask for several, so the kinds add up to more than the requests).
     */
    List<ReportTable> support(ReportScope scope) {
        List<String> urgencies = java.util.Arrays.stream(Urgency.values()).map(Urgency::code).toList();
        List<String> kinds = SupportStep.HELP.questions().get(0).codes();
        int councils = scope.councils().size() + (scope.wholeRegion() ? 1 : 0);
        long[][] byUrgency = new long[urgencies.size()][councils];
        long[][] byKind = new long[kinds.size()][councils];
        sql.list("SELECT CASE WHEN s.responsible_rule LIKE 'PLACING%' THEN s.placing_borough_id"
                + " ELSE s.lives_in_borough_id END AS council, s.urgency, s.help FROM support_request s"
                + " WHERE s.submitted_at >= ? AND s.submitted_at < ?", rs -> {
                    long id = rs.getLong(1);
                    int c = rs.wasNull() ? (scope.wholeRegion() ? councils - 1 : -1) : scope.indexOf(id);
                    if (c >= 0) {
                        int u = urgencies.indexOf(rs.getString(2));
                        if (u >= 0) {
                            byUrgency[u][c]++;
                        }
                        for (String kind : rs.getString(3).split(",")) {
                            int k = kinds.indexOf(kind);
                            if (k >= 0) {
                                byKind[k][c]++;
                            }
                        }
                    }
                    return null;
                }, scope.fromUtc(), scope.toUtc());
        return List.of(grid(scope, "support-by-urgency", "reports.col.urgency", "support.urgency.", urgencies, byUrgency),
                grid(scope, "support-by-kind", "reports.col.help", "support.help.", kinds, byKind));
    }

    private static ReportTable grid(ReportScope scope, String key, String first, String labels, List<String> codes,
                                    long[][] counts) {
        List<Wording> headings = new ArrayList<>();
        headings.add(Wording.of(first));
        scope.councils().forEach(c -> headings.add(Wording.of("reports.name", c.name())));
        if (scope.wholeRegion()) {
            headings.add(Wording.of("reports.col.otherCouncil"));
        }
        headings.add(Wording.of("reports.col.total"));
        List<List<Cell>> rows = new ArrayList<>();
        for (int r = 0; r <= codes.size(); r++) {
            List<Cell> row = new ArrayList<>();
            row.add(r < codes.size() ? Cell.label(labels + codes.get(r)) : Cell.label("reports.row.all"));
            long total = 0;
            for (int c = 0; c < headings.size() - 2; c++) {
                int column = c;
                long n = r < codes.size() ? counts[r][c] : java.util.Arrays.stream(counts).mapToLong(x -> x[column]).sum();
                total += n;
                row.add(Cell.count(n));
            }
            row.add(Cell.count(total));
            rows.add(row);
        }
        return new ReportTable(key, headings, rows);
    }

    /** Support fund applications made in the period, by the responsible council of their request. */
    ReportTable fund(ReportScope scope) {
        long[][] figures = new long[scope.councils().size()][4];
        sql.list("SELECT CASE WHEN s.responsible_rule LIKE 'PLACING%' THEN s.placing_borough_id"
                + " ELSE s.lives_in_borough_id END AS council, COUNT(*), SUM(a.decision = 'APPROVED'),"
                + " SUM(a.amount_pence), SUM(CASE WHEN a.decision = 'APPROVED' THEN a.amount_pence ELSE 0 END)"
                + " FROM asgsf_application a JOIN support_request s ON s.id = a.support_request_id"
                + " WHERE a.applied_on >= ? AND a.applied_on <= ? GROUP BY council", rs -> {
                    int c = scope.indexOf(rs.getLong(1));
                    if (c >= 0) {
                        for (int i = 0; i < 4; i++) {
                            figures[c][i] = rs.getLong(2 + i);
                        }
                    }
                    return null;
                }, scope.period().from(), scope.period().to());
        List<List<Cell>> rows = new ArrayList<>();
        long[] all = new long[4];
        for (int c = 0; c <= scope.councils().size(); c++) {
            long[] f = c < scope.councils().size() ? figures[c] : all;
            if (c < scope.councils().size()) {
                for (int i = 0; i < 4; i++) {
                    all[i] += f[i];
                }
            }
            rows.add(List.of(c < scope.councils().size() ? Cell.name(scope.councils().get(c).name())
                    : Cell.label("reports.row.all"), Cell.count(f[0]), Cell.count(f[1]), Cell.pence(f[2]),
                    Cell.pence(f[3])));
        }
        return new ReportTable("fund", List.of(Wording.of("reports.col.council"), Wording.of("reports.fund.applications"),
                Wording.of("reports.fund.approved"), Wording.of("reports.fund.asked"),
                Wording.of("reports.fund.approvedAmount")), rows);
    }

    /** Information events held in the period by the chosen spokes (not cancelled), each spoke's and the total. */
    ReportTable events(ReportScope scope) {
        List<List<Cell>> rows = new ArrayList<>();
        long[] all = new long[6];
        sql.list("""
                SELECT s.name, COUNT(*), SUM(e.capacity),
                  SUM((SELECT COALESCE(SUM(b.attending), 0) FROM event_booking b WHERE b.event_id = e.id AND b.status = 'BOOKED')),
                  SUM((SELECT COALESCE(SUM(b.attending), 0) FROM event_booking b WHERE b.event_id = e.id AND b.status = 'BOOKED'
                       AND b.attendance = 'ATTENDED')),
                  SUM((SELECT COALESCE(SUM(b.attending), 0) FROM event_booking b WHERE b.event_id = e.id AND b.status = 'BOOKED'
                       AND b.attendance = 'DID_NOT_ATTEND')),
                  SUM((SELECT COUNT(*) FROM event_waiting w WHERE w.event_id = e.id))
                FROM info_event e JOIN spoke s ON s.id = e.spoke_id
                WHERE e.cancelled_at IS NULL AND e.starts_at >= ? AND e.starts_at < ? AND e.spoke_id IN """
                + scope.spokesIn() + " GROUP BY s.id, s.name ORDER BY s.name", rs -> {
                    List<Cell> row = new ArrayList<>();
                    row.add(Cell.name(rs.getString(1)));
                    for (int i = 0; i < 6; i++) {
                        all[i] += rs.getLong(2 + i);
                        row.add(Cell.count(rs.getLong(2 + i)));
                    }
                    rows.add(row);
                    return null;
                }, new Params().add(scope.fromUtc(), scope.toUtc()).add(scope.spokeIds().toArray()).array());
        List<Cell> total = new ArrayList<>();
        total.add(Cell.label("reports.row.all"));
        for (long n : all) {
            total.add(Cell.count(n));
        }
        rows.add(total);
        return new ReportTable("events", List.of(Wording.of("reports.col.spoke"), Wording.of("reports.events.held"),
                Wording.of("reports.events.offered"), Wording.of("reports.events.booked"),
                Wording.of("reports.events.attended"), Wording.of("reports.events.noShows"),
                Wording.of("reports.events.waiting")), rows);
    }

    /** The preparation courses whose first session was in the period (two parameters: from, to). */
    private static final String COURSES_STARTED = """
            SELECT c.id FROM training_course c
            WHERE (SELECT MIN(s.starts_at) FROM training_session s WHERE s.course_id = c.id) >= ?
              AND (SELECT MIN(s.starts_at) FROM training_session s WHERE s.course_id = c.id) < ?""";

    /**
     * Preparation courses whose first session was in the period: for the region (courses belong to no spoke), the
     * courses, places offered, people enrolled, and session attendances and no-shows marked; then, for each council
     * selected, the enrolments, attendances and no-shows of the people whose enquiry came from it.
     */
    ReportTable training(ReportScope scope) {
        List<List<Cell>> rows = new ArrayList<>();
        sql.list("""
                SELECT COUNT(*), COALESCE(SUM(c.capacity), 0),
                  COALESCE(SUM((SELECT COUNT(*) FROM training_enrolment n WHERE n.course_id = c.id)), 0),
                  COALESCE(SUM((SELECT COUNT(*) FROM training_attendance a JOIN training_session s ON s.id = a.session_id
                       WHERE s.course_id = c.id AND a.attendance = 'ATTENDED')), 0),
                  COALESCE(SUM((SELECT COUNT(*) FROM training_attendance a JOIN training_session s ON s.id = a.session_id
                       WHERE s.course_id = c.id AND a.attendance = 'DID_NOT_ATTEND')), 0)
                FROM training_course c WHERE c.id IN (""" + COURSES_STARTED + ")", rs -> {
                    rows.add(List.of(Cell.label("reports.row.region"), Cell.count(rs.getLong(1)),
                            Cell.count(rs.getLong(2)), Cell.count(rs.getLong(3)), Cell.count(rs.getLong(4)),
                            Cell.count(rs.getLong(5))));
                    return null;
                }, scope.fromUtc(), scope.toUtc());
        long[][] byCouncil = new long[scope.councils().size()][3]; // enrolled, attended, missed
        sql.list("""
                SELECT p.borough_id, COUNT(DISTINCT n.id), COALESCE(SUM(a.attendance = 'ATTENDED'), 0),
                  COALESCE(SUM(a.attendance = 'DID_NOT_ATTEND'), 0)
                FROM training_enrolment n LEFT JOIN training_attendance a ON a.enrolment_id = n.id
                JOIN adopter_journey j ON j.id = n.journey_id JOIN enquiry_progress p ON p.enquiry_id = j.enquiry_id
                WHERE n.course_id IN (""" + COURSES_STARTED + ") AND p.borough_id IN " + scope.councilsIn()
                + " GROUP BY p.borough_id", rs -> {
                    long[] row = byCouncil[scope.indexOf(rs.getLong(1))];
                    row[0] = rs.getLong(2);
                    row[1] = rs.getLong(3);
                    row[2] = rs.getLong(4);
                    return null;
                }, new Params().add(scope.fromUtc(), scope.toUtc()).add(scope.councilIds()).array());
        for (int c = 0; c < byCouncil.length; c++) {
            rows.add(List.of(Cell.name(scope.councils().get(c).name()), Cell.none(), Cell.none(),
                    Cell.count(byCouncil[c][0]), Cell.count(byCouncil[c][1]), Cell.count(byCouncil[c][2])));
        }
        return new ReportTable("training", List.of(Wording.of("reports.col.area"), Wording.of("reports.training.courses"),
                Wording.of("reports.training.offered"), Wording.of("reports.training.enrolled"),
                Wording.of("reports.training.attended"), Wording.of("reports.training.noShows")), rows);
    }
}
