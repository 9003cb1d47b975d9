package uk.frontdoor.core.reports;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.frontdoor.core.action.Wording;
import uk.frontdoor.core.enquiry.EnquiryMethod;
import uk.frontdoor.core.enquiry.EnquiryStep;
import uk.frontdoor.platform.db.Sql;

/**
 * The funnel and the sources of enquiries: the enquiries made in the period (a cohort), and how many of them have
 * reached each step of the journey by now (docs/reports.md). One query over their {@link EnquiryProgress} rows, grouped
 * by council, source and month (one range read of an index), gives every figure; the tables add it up in their own
 * ways.
 */
@Singleton
class Funnel {
    /** The steps, in order; each after the first is "the enquiry's journey has had one of these events". */
    enum Step {
        ENQUIRY(null, ""),
        EVENT_ATTENDED("attended", ""),
        REGISTERED("registered", "'SUBMIT_REGISTRATION'"),
        STAGE_ONE_STARTED("stage_one_started", "'ACCEPT_REGISTRATION'"),
        STAGE_ONE_COMPLETED("stage_one_completed", "'COMPLETE_STAGE_ONE'"),
        STAGE_TWO_STARTED("stage_two_started", "'START_STAGE_TWO', 'FAST_TRACK'"),
        PANEL("panel", "'SUBMIT_TO_PANEL'"),
        APPROVED("approved", "'APPROVE'");

        /** Its column in {@code enquiry_progress} (none for the enquiry itself). */
        final String column;
        final String events;

        Step(String column, String events) {
            this.column = column;
            this.events = events;
        }
    }

    /**
     * The step a step's conversion is counted from: the one before it, except that a registration is counted from the
     * enquiry (going to an information event is not a step everyone takes).
     */
    static Step before(Step step) {
        return step == Step.REGISTERED ? Step.ENQUIRY : Step.values()[step.ordinal() - 1];
    }

    static final List<String> SOURCES = EnquiryStep.HOW_YOU_HEARD.questions().get(0).codes();
    /** How people enquired ({@code enquiry.method}, carried into {@code enquiry_progress} by V59). */
    static final List<String> METHODS = Arrays.stream(EnquiryMethod.values()).map(Enum::name).toList();

    /**
     * The two ways the sources tables split the enquiries: where they heard about us and how they enquired; each
     * with its table keys and the start of its words.
     */
    enum By {
        SOURCE("sources", "reports.col.source", "enquiry.heardAbout."),
        METHOD("sources-method", "reports.col.method", "enquiry.method.");

        final String key;
        final String heading;
        final String words;

        By(String key, String heading, String words) {
            this.key = key;
            this.heading = heading;
            this.words = words;
        }

        List<String> codes() {
            return this == SOURCE ? SOURCES : METHODS;
        }
    }

    private final Sql sql;

    Funnel(Sql sql) {
        this.sql = sql;
    }

    /** counts[council][source][method][month][step] of the enquiries made in the period. */
    record Counts(ReportScope scope, long[][][][][] counts) {
        /** The count of a step over the enquiries matching each of council, source, method and month not null. */
        long sum(Integer council, Integer source, Integer method, Integer month, Step step) {
            long total = 0;
            for (int c = 0; c < counts.length; c++) {
                for (int s = 0; s < SOURCES.size(); s++) {
                    for (int h = 0; h < METHODS.size(); h++) {
                        for (int m = 0; m < counts[c][s][h].length; m++) {
                            if ((council == null || council == c) && (source == null || source == s)
                                    && (method == null || method == h) && (month == null || month == m)) {
                                total += counts[c][s][h][m][step.ordinal()];
                            }
                        }
                    }
                }
            }
            return total;
        }

        long sum(Integer council, Integer month, Step step) {
            return sum(council, null, null, month, step);
        }

        /** The count of a step over the enquiries with this source or method ({@code by}), council and month. */
        long sum(By by, int code, Integer council, Integer month, Step step) {
            return by == By.SOURCE ? sum(council, code, null, month, step) : sum(council, null, code, month, step);
        }
    }

    Counts count(ReportScope scope) {
        int months = scope.period().months().size();
        long[][][][][] counts = new long[scope.councils().size()][SOURCES.size()][METHODS.size()][months]
                [Step.values().length];
        if (scope.councils().isEmpty()) {
            return new Counts(scope, counts);
        }
        List<Object> params = new ArrayList<>();
        String month = scope.monthOf("p.submitted_at", params);
        StringBuilder select = new StringBuilder("SELECT p.borough_id, p.heard_about, p.method, " + month
                + " AS m, COUNT(*)");
        for (Step step : Step.values()) {
            if (step.column != null) {
                select.append(", SUM(p.").append(step.column).append(")");
            }
        }
        select.append(" FROM enquiry_progress p WHERE p.submitted_at >= ? AND p.submitted_at < ? AND p.borough_id IN ")
                .append(scope.councilsIn()).append(" GROUP BY p.borough_id, p.heard_about, p.method, m");
        params.add(scope.fromUtc());
        params.add(scope.toUtc());
        params.addAll(List.of(scope.councilIds()));
        sql.list(select.toString(), rs -> {
            int c = scope.indexOf(rs.getLong(1));
            int s = SOURCES.indexOf(rs.getString(2));
            int h = METHODS.indexOf(rs.getString(3));
            int m = rs.getInt(4);
            if (c >= 0 && s >= 0 && h >= 0) {
                for (Step step : Step.values()) {
                    counts[c][s][h][m][step.ordinal()] += rs.getLong(5 + step.ordinal());
                }
            }
            return null;
        }, params.toArray());
        return new Counts(scope, counts);
    }

    /** Each council, then the whole selection: every step's count, then each step's conversion and the overall one. */
    ReportTable funnel(Counts counts) {
        List<Wording> columns = new ArrayList<>();
        columns.add(Wording.of("reports.col.council"));
        for (Step step : Step.values()) {
            columns.add(Wording.of("reports.funnel.step." + step.name()));
        }
        for (int i = 1; i < Step.values().length; i++) {
            columns.add(Wording.of("reports.funnel.conversion." + Step.values()[i].name()));
        }
        columns.add(Wording.of("reports.funnel.overall"));
        List<List<Cell>> rows = new ArrayList<>();
        ReportScope scope = counts.scope();
        for (int c = 0; c <= scope.councils().size(); c++) {
            Integer council = c < scope.councils().size() ? c : null;
            Cell name = council == null ? Cell.label("reports.row.all") : Cell.name(scope.councils().get(c).name());
            rows.add(funnelRow(name, step -> counts.sum(council, null, step)));
        }
        return new ReportTable("funnel", columns, rows);
    }

    /** The whole selection's funnel for the enquiries of each quarter of the period. */
    ReportTable byQuarter(Counts counts) {
        List<Wording> columns = new ArrayList<>(funnel(counts).columns());
        columns.set(0, Wording.of("reports.col.quarter"));
        List<List<Cell>> rows = new ArrayList<>();
        var months = counts.scope().period().months();
        for (ReportPeriod quarter : counts.scope().period().quarters()) {
            List<Integer> in = new ArrayList<>();
            for (int m = 0; m < months.size(); m++) {
                if (!months.get(m).atDay(1).isBefore(quarter.from()) && !months.get(m).atDay(1).isAfter(quarter.to())) {
                    in.add(m);
                }
            }
            rows.add(funnelRow(Cell.label("reports.quarter", quarter.code()),
                    step -> in.stream().mapToLong(m -> counts.sum(null, m, step)).sum()));
        }
        return new ReportTable("funnel-by-quarter", columns, rows);
    }

    private static List<Cell> funnelRow(Cell name, java.util.function.ToLongFunction<Step> count) {
        List<Cell> row = new ArrayList<>();
        row.add(name);
        Step[] steps = Step.values();
        for (Step step : steps) {
            row.add(Cell.count(count.applyAsLong(step)));
        }
        for (int i = 1; i < steps.length; i++) {
            row.add(Cell.share(count.applyAsLong(steps[i]), count.applyAsLong(before(steps[i]))));
        }
        row.add(Cell.share(count.applyAsLong(Step.APPROVED), count.applyAsLong(Step.ENQUIRY)));
        return row;
    }

    /** Enquiries by source (or method) and month of the whole selection, with the total. */
    ReportTable byMonth(Counts counts, By by) {
        List<Wording> columns = new ArrayList<>();
        columns.add(Wording.of(by.heading));
        counts.scope().period().months().forEach(m -> columns.add(Wording.of("reports.month." + m.getMonthValue(), String.valueOf(m.getYear()))));
        columns.add(Wording.of("reports.col.total"));
        List<List<Cell>> rows = new ArrayList<>();
        List<String> codes = by.codes();
        for (int s = 0; s <= codes.size(); s++) {
            List<Cell> row = new ArrayList<>();
            row.add(s == codes.size() ? Cell.label("reports.row.all") : Cell.label(by.words + codes.get(s)));
            for (int m = 0; m <= counts.scope().period().months().size(); m++) {
                Integer month = m < counts.scope().period().months().size() ? m : null;
                row.add(Cell.count(s == codes.size() ? counts.sum(null, month, Step.ENQUIRY)
                        : counts.sum(by, s, null, month, Step.ENQUIRY)));
            }
            rows.add(row);
        }
        return new ReportTable(by.key + "-by-month", columns, rows);
    }

    /**
     * Each council's enquiries by source (or method), and how many of them have registered and been approved so far.
     */
    ReportTable conversion(Counts counts, By by) {
        List<Wording> columns = List.of(Wording.of("reports.col.council"), Wording.of(by.heading),
                Wording.of("reports.funnel.step.ENQUIRY"), Wording.of("reports.funnel.step.REGISTERED"),
                Wording.of("reports.sources.toRegistration"), Wording.of("reports.funnel.step.APPROVED"),
                Wording.of("reports.sources.toApproval"));
        List<List<Cell>> rows = new ArrayList<>();
        ReportScope scope = counts.scope();
        for (int c = 0; c <= scope.councils().size(); c++) {
            Integer council = c < scope.councils().size() ? c : null;
            Cell name = council == null ? Cell.label("reports.row.all") : Cell.name(scope.councils().get(c).name());
            for (int s = 0; s < by.codes().size(); s++) {
                long enquiries = counts.sum(by, s, council, null, Step.ENQUIRY);
                long registered = counts.sum(by, s, council, null, Step.REGISTERED);
                long approved = counts.sum(by, s, council, null, Step.APPROVED);
                rows.add(List.of(name, Cell.label(by.words + by.codes().get(s)), Cell.count(enquiries),
                        Cell.count(registered), Cell.share(registered, enquiries), Cell.count(approved),
                        Cell.share(approved, enquiries)));
            }
        }
        return new ReportTable(by.key + "-conversion", columns, rows);
    }
}
