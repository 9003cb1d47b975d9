package uk.frontdoor.core.reports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import uk.frontdoor.core.region.Borough;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.platform.time.Times;

/**
 * What one report is over: the period, the councils chosen (the whole region, a spoke's or one), the spokes they
 * belong to, today (for "overdue now" and ages) and who is reading (for links to cases).
 */
record ReportScope(ReportPeriod period, List<Borough> councils, List<Long> spokeIds, LocalDate today, StaffMember me,
                   boolean wholeRegion) {

    /** The period's first instant, in the stored UTC times. */
    LocalDateTime fromUtc() {
        return utc(period.from());
    }

    /** The instant after the period, in the stored UTC times. */
    LocalDateTime toUtc() {
        return utc(period.to().plusDays(1));
    }

    static LocalDateTime utc(LocalDate ukDay) {
        return Times.fromUk(ukDay.atStartOfDay());
    }

    /** {@code (?, ?, ...)} for the councils' ids. */
    String councilsIn() {
        return in(councils.size());
    }

    Object[] councilIds() {
        return councils.stream().map(Borough::id).toArray();
    }

    String spokesIn() {
        return in(spokeIds.size());
    }

    /** The row of a council in the per-council lists, or -1. */
    int indexOf(long councilId) {
        // a plain loop: called for every clock of the period (65,000 in the region's year), where a stream cost 6%
        for (int i = 0; i < councils.size(); i++) {
            if (councils.get(i).id() == councilId) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A SQL expression giving the month of the period (0, 1, ...) a stored UTC time {@code column} falls in, by the UK
     * calendar (a time late on the last day of a month in summer is in the next month in UTC only).
     */
    String monthOf(String column, List<Object> params) {
        List<YearMonth> months = period.months();
        StringBuilder out = new StringBuilder("CASE");
        for (int i = 1; i < months.size(); i++) {
            out.append(" WHEN ").append(column).append(" < ? THEN ").append(i - 1);
            params.add(utc(months.get(i).atDay(1)));
        }
        return out.append(" ELSE ").append(months.size() - 1).append(" END").toString();
    }

    static String in(int n) {
        return n == 0 ? "(NULL)" : "(" + String.join(", ", Collections.nCopies(n, "?")) + ")";
    }
}
