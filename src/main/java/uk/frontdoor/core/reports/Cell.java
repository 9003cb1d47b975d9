package uk.frontdoor.core.reports;

import uk.frontdoor.core.action.Wording;

/**
 * One cell of a report table: a label (words from the bundles, or a name as it is held), a count, a share, a number of
 * days, a count hidden to protect people ({@link Suppression}), nothing to show (a share of nothing), or a link to a
 * case for those who may open it. The page and the CSV put these into words; core never formats for people.
 */
public record Cell(Kind kind, Wording label, double value, String href) {
    public enum Kind { LABEL, COUNT, PERCENT, DAYS, PENCE, HIDDEN, NONE }

    public static Cell label(String code, String... args) {
        return new Cell(Kind.LABEL, Wording.of(code, args), 0, null);
    }

    /** A name held as data (a council's, a team's), shown as it is. */
    public static Cell name(String name) {
        return label("reports.name", name);
    }

    public static Cell link(Wording label, String href) {
        return new Cell(Kind.LABEL, label, 0, href);
    }

    public static Cell count(long n) {
        return new Cell(Kind.COUNT, null, n, null);
    }

    /** {@code part} of {@code whole} as a percentage, or nothing when the whole is nothing. */
    public static Cell share(long part, long whole) {
        return whole == 0 ? none() : new Cell(Kind.PERCENT, null, 100.0 * part / whole, null);
    }

    /** A percentage worked out elsewhere (a population's share). */
    public static Cell percent(double percent) {
        return new Cell(Kind.PERCENT, null, percent, null);
    }

    public static Cell days(Double days) {
        return days == null ? none() : new Cell(Kind.DAYS, null, days, null);
    }

    public static Cell pence(long pence) {
        return new Cell(Kind.PENCE, null, pence, null);
    }

    public static Cell hidden() {
        return new Cell(Kind.HIDDEN, null, 0, null);
    }

    public static Cell none() {
        return new Cell(Kind.NONE, null, 0, null);
    }

    /** The count, unless it must be hidden. */
    public static Cell count(Suppression.Grid grid, int row, int column) {
        return grid.isHidden(row, column) ? hidden() : count(grid.value(row, column));
    }
}
