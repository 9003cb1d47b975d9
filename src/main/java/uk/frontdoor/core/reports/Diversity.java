package uk.frontdoor.core.reports;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import uk.frontdoor.core.action.Wording;
import uk.frontdoor.core.enquiry.EnquiryStep;
import uk.frontdoor.core.questions.Question;
import uk.frontdoor.platform.db.Sql;

/**
 * The optional equality answers of the enquiries made in the period, as counts only: one table per question, a row per
 * answer (and "not answered"), a column per council and the totals, with every small count hidden and the counts that
 * would give it away hidden too ({@link Suppression}). Applicants are the enquirers whose journey reached a sent
 * Registration of Interest.
 */
@Singleton
class Diversity {
    /** The stored column of each equality question. */
    private static final List<String> COLUMNS = List.of("ethnicity", "religion", "sexual_orientation", "disability");

    private final Sql sql;

    Diversity(Sql sql) {
        this.sql = sql;
    }

    List<ReportTable> tables(ReportScope scope) {
        List<ReportTable> tables = new ArrayList<>();
        List<Question> questions = EnquiryStep.EQUALITY.questions();
        for (int q = 0; q < questions.size(); q++) {
            tables.add(table(scope, questions.get(q), COLUMNS.get(q), false));
            tables.add(table(scope, questions.get(q), COLUMNS.get(q), true));
        }
        return tables;
    }

    private ReportTable table(ReportScope scope, Question question, String column, boolean applicants) {
        List<String> answers = question.codes();
        long[][] counts = new long[answers.size() + 1][scope.councils().size()];
        if (!scope.councils().isEmpty()) {
            String registered = applicants ? " AND EXISTS(SELECT 1 FROM adopter_journey j JOIN journey_event v"
                    + " ON v.journey_id = j.id WHERE j.enquiry_id = e.id AND v.event = 'SUBMIT_REGISTRATION')" : "";
            sql.list("SELECT e.borough_id, q." + column + ", COUNT(*) FROM enquiry e"
                    + " LEFT JOIN enquiry_equality q ON q.enquiry_id = e.id"
                    + " WHERE e.submitted_at >= ? AND e.submitted_at < ? AND e.borough_id IN " + scope.councilsIn()
                    + registered + " GROUP BY e.borough_id, q." + column, rs -> {
                        int c = scope.indexOf(rs.getLong(1));
                        String answer = rs.getString(2);
                        int a = answer == null ? -1 : answers.indexOf(answer);
                        counts[a < 0 ? answers.size() : a][c] += rs.getLong(3);
                        return null;
                    }, new Params().add(scope.fromUtc(), scope.toUtc()).add(scope.councilIds()).array());
        }
        Suppression.Grid grid = Suppression.apply(counts);
        List<Wording> headings = new ArrayList<>();
        headings.add(Wording.of("reports.col.answer"));
        scope.councils().forEach(c -> headings.add(Wording.of("reports.name", c.name())));
        headings.add(Wording.of("reports.col.total"));
        List<List<Cell>> rows = new ArrayList<>();
        for (int r = 0; r < grid.rows(); r++) {
            List<Cell> row = new ArrayList<>();
            row.add(r < answers.size() ? Cell.label("enquiry." + question.name() + "." + answers.get(r))
                    : r == answers.size() ? Cell.label("reports.diversity.notAnswered") : Cell.label("reports.row.all"));
            for (int c = 0; c < grid.columns(); c++) {
                row.add(Cell.count(grid, r, c));
            }
            rows.add(row);
        }
        return new ReportTable("diversity-" + question.name() + (applicants ? "-applicants" : "-enquirers"), headings,
                rows);
    }
}
