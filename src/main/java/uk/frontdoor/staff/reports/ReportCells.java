package uk.frontdoor.staff.reports;

import java.util.Locale;
import uk.frontdoor.core.action.Wording;
import uk.frontdoor.core.reports.Cell;
import uk.frontdoor.staff.StaffWords;

/**
 * A report cell in words: for the page (grouped thousands, "45.5%", "£1,250.00") and for a spreadsheet (plain numbers
 * a spreadsheet reads as numbers). A hidden count is "[c]" and a share of nothing "[x]", as official statistics write
 * them, in both.
 */
final class ReportCells {
    private ReportCells() {
    }

    static String page(Cell cell, StaffWords words) {
        return switch (cell.kind()) {
            case LABEL -> words(cell.label(), words);
            case COUNT -> String.format(Locale.UK, "%,d", (long) cell.value());
            case PERCENT -> String.format(Locale.UK, "%.1f%%", cell.value());
            case DAYS -> number(cell.value());
            case PENCE -> String.format(Locale.UK, "£%,.2f", cell.value() / 100);
            case HIDDEN -> "[c]";
            case NONE -> "[x]";
        };
    }

    static String csv(Cell cell, StaffWords words) {
        return switch (cell.kind()) {
            case COUNT -> String.valueOf((long) cell.value());
            case PERCENT -> String.format(Locale.UK, "%.1f", cell.value());
            case PENCE -> String.format(Locale.UK, "%.2f", cell.value() / 100);
            default -> page(cell, words);
        };
    }

    static String words(Wording wording, StaffWords words) {
        return words.of(wording.code(), wording.args().toArray());
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.UK, "%.1f", value);
    }
}
