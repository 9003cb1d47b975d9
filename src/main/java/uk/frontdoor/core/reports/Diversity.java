package uk.frontdoor.core.reports;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    private final RegionPopulation population;

    Diversity(Sql sql, RegionPopulation population) {
        this.sql = sql;
        this.population = population;
    }

    /**
     * One read of the period's enquiries ({@link EnquiryProgress}: their answers and whether they registered, one
     * range read of an index), grouped by council, every answer and whether they registered (the benchmark found a
     * query per question and group costing seconds at a million enquiries), then a table per question for enquirers
     * and one for applicants.
     */
    List<ReportTable> tables(ReportScope scope) {
        List<Question> questions = EnquiryStep.EQUALITY.questions();
        // counts[applicants ? 1 : 0][question][answer or "not answered"][council]
        long[][][][] counts = new long[2][questions.size()][][];
        for (int q = 0; q < questions.size(); q++) {
            counts[0][q] = new long[questions.get(q).codes().size() + 1][scope.councils().size()];
            counts[1][q] = new long[questions.get(q).codes().size() + 1][scope.councils().size()];
        }
        if (!scope.councils().isEmpty()) {
            sql.list("SELECT p.borough_id, " + String.join(", ", COLUMNS.stream().map(c -> "p." + c).toList())
                    + ", p.registered, COUNT(*) FROM enquiry_progress p"
                    + " WHERE p.submitted_at >= ? AND p.submitted_at < ? AND p.borough_id IN " + scope.councilsIn()
                    + " GROUP BY p.borough_id, " + String.join(", ", COLUMNS.stream().map(c -> "p." + c).toList())
                    + ", p.registered", rs -> {
                        int c = scope.indexOf(rs.getLong(1));
                        boolean registered = rs.getBoolean(2 + COLUMNS.size());
                        long n = rs.getLong(3 + COLUMNS.size());
                        for (int q = 0; q < questions.size(); q++) {
                            List<String> answers = questions.get(q).codes();
                            String answer = rs.getString(2 + q);
                            int a = answer == null ? -1 : answers.indexOf(answer);
                            int row = a < 0 ? answers.size() : a;
                            counts[0][q][row][c] += n;
                            if (registered) {
                                counts[1][q][row][c] += n;
                            }
                        }
                        return null;
                    }, new Params().add(scope.fromUtc(), scope.toUtc()).add(scope.councilIds()).array());
        }
        List<ReportTable> tables = new ArrayList<>();
        Map<String, RegionPopulation.Figures> entered = population.all();
        for (int q = 0; q < questions.size(); q++) {
            RegionPopulation.Figures figures = entered.get(questions.get(q).name());
            tables.add(table(scope, questions.get(q), counts[0][q], false, figures));
            tables.add(table(scope, questions.get(q), counts[1][q], true, figures));
        }
        return tables;
    }

    private ReportTable table(ReportScope scope, Question question, long[][] counts, boolean applicants,
                              RegionPopulation.Figures figures) {
        List<String> answers = question.codes();
        Suppression.Grid grid = Suppression.apply(counts);
        List<Wording> headings = new ArrayList<>();
        headings.add(Wording.of("reports.col.answer"));
        scope.councils().forEach(c -> headings.add(Wording.of("reports.name", c.name())));
        headings.add(Wording.of("reports.col.total"));
        if (figures != null) {
            headings.add(Wording.of("reports.diversity.answeredShare"));
            headings.add(Wording.of("reports.diversity.population"));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (int r = 0; r < grid.rows(); r++) {
            List<Cell> row = new ArrayList<>();
            row.add(r < answers.size() ? Cell.label("enquiry." + question.name() + "." + answers.get(r))
                    : r == answers.size() ? Cell.label("reports.diversity.notAnswered") : Cell.label("reports.row.all"));
            for (int c = 0; c < grid.columns(); c++) {
                row.add(Cell.count(grid, r, c));
            }
            if (figures != null) {
                boolean compared = r < answers.size() && !answers.get(r).equals(question.alternative());
                row.add(compared ? answeredShare(grid, question, r) : Cell.none());
                row.add(compared ? Cell.percent(figures.share(answers.get(r))) : Cell.none());
            }
            rows.add(row);
        }
        return new ReportTable("diversity-" + question.name() + (applicants ? "-applicants" : "-enquirers"), headings,
                rows);
    }

    /**
     * An answer's share of those who gave one of the answers a population has (all of the selection less "not
     * answered" and "prefer not to say"), to set beside the population's share. Shown only when that denominator can be
     * worked out from counts the table shows (the total, "not answered" and "prefer not to say" all shown), so a share
     * never gives away a hidden count; a hidden count's share is hidden too.
     */
    static Cell answeredShare(Suppression.Grid grid, Question question, int row) {
        int total = grid.columns() - 1;
        int notAnswered = question.codes().size();
        int all = notAnswered + 1;
        int preferNot = question.codes().indexOf(question.alternative());
        if (grid.isHidden(row, total) || grid.isHidden(all, total) || grid.isHidden(notAnswered, total)
                || (preferNot >= 0 && grid.isHidden(preferNot, total))) {
            return Cell.hidden();
        }
        long answered = grid.value(all, total) - grid.value(notAnswered, total)
                - (preferNot >= 0 ? grid.value(preferNot, total) : 0);
        return Cell.share(grid.value(row, total), answered);
    }
}
