package uk.frontdoor.core.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a report covers, in UK dates, both ends included: a calendar quarter ({@code 2026-Q4}, October to
 * December 2026) or a financial year ({@code 2026-27}, April 2026 to March 2027), as the agency's returns are made.
 */
public record ReportPeriod(String code, LocalDate from, LocalDate to) {
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})-(\\d{2})");

    public static Optional<ReportPeriod> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Matcher q = QUARTER.matcher(code);
        if (q.matches()) {
            return Optional.of(quarter(Integer.parseInt(q.group(1)), Integer.parseInt(q.group(2))));
        }
        Matcher y = YEAR.matcher(code);
        if (y.matches() && (Integer.parseInt(y.group(1)) + 1) % 100 == Integer.parseInt(y.group(2))) {
            return Optional.of(financialYear(Integer.parseInt(y.group(1))));
        }
        return Optional.empty();
    }

    public static ReportPeriod quarter(int year, int quarter) {
        LocalDate from = LocalDate.of(year, 3 * quarter - 2, 1);
        return new ReportPeriod(year + "-Q" + quarter, from, from.plusMonths(3).minusDays(1));
    }

    public static ReportPeriod financialYear(int startYear) {
        return new ReportPeriod(startYear + "-" + String.format("%02d", (startYear + 1) % 100),
                LocalDate.of(startYear, 4, 1), LocalDate.of(startYear + 1, 3, 31));
    }

    /** The quarter {@code day} falls in. */
    public static ReportPeriod quarterOf(LocalDate day) {
        return quarter(day.getYear(), (day.getMonthValue() + 2) / 3);
    }

    public boolean isQuarter() {
        return QUARTER.matcher(code).matches();
    }

    /** The periods offered: this quarter and the seven before it, then this financial year and the two before it. */
    public static List<ReportPeriod> offered(LocalDate today) {
        List<ReportPeriod> periods = new ArrayList<>();
        LocalDate q = quarterOf(today).from();
        for (int i = 0; i < 8; i++) {
            periods.add(quarterOf(q.minusMonths(3L * i)));
        }
        int fy = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        for (int i = 0; i < 3; i++) {
            periods.add(financialYear(fy - i));
        }
        return periods;
    }

    /** The months of the period, in order. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** The calendar quarters that make up the period. */
    public List<ReportPeriod> quarters() {
        List<ReportPeriod> quarters = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusMonths(3)) {
            quarters.add(quarterOf(d));
        }
        return quarters;
    }
}
