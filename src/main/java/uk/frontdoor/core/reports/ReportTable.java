package uk.frontdoor.core.reports;

import java.util.List;
import uk.frontdoor.core.action.Wording;

/**
 * A table of the report: its name ({@code key}, also the name of its CSV file and its words' start), its column headings
 * and its rows. Every figure of the page is in one of these; each chart draws from one.
 */
public record ReportTable(String key, List<Wording> columns, List<List<Cell>> rows) {
    public ReportTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
