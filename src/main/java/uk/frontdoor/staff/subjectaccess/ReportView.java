package uk.frontdoor.staff.subjectaccess;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.frontdoor.core.action.Wording;
import uk.frontdoor.core.subjectaccess.Report;
import uk.frontdoor.platform.time.Times;
import uk.frontdoor.staff.DisplayDates;
import uk.frontdoor.staff.StaffWords;

/**
 * A subject access report in its two forms, with the same content: the page's words (labels from the bundles, UK
 * dates) and the file's data (stable names, ISO dates and UTC instants).
 */
final class ReportView {
    private ReportView() {
    }

    record Row(String label, String value) {
    }

    record Part(String heading, List<Row> rows) {
    }

    record Table(String caption, List<String> headers, List<List<String>> rows) {
    }

    record Item(String title, List<Row> rows, List<Part> parts, List<Table> tables) {
    }

    record Section(String name, String heading, List<Item> items) {
    }

    static List<Section> page(Report report, StaffWords words) {
        List<Section> sections = new ArrayList<>();
        for (Report.Section s : report.sections()) {
            List<Item> items = new ArrayList<>();
            for (Report.Item i : s.items()) {
                items.add(new Item(say(words, i.title()), rows(i.entries(), words),
                        i.parts().stream().map(p -> new Part(say(words, p.heading()), rows(p.entries(), words))).toList(),
                        i.tables().stream().map(t -> table(t, words)).toList()));
            }
            sections.add(new Section(s.name(), words.of("staff.subjectAccess.section." + s.name()), items));
        }
        return sections;
    }

    private static String say(StaffWords words, Wording w) {
        return words.of(w.code(), w.args().toArray());
    }

    private static List<Row> rows(List<Report.Entry> entries, StaffWords words) {
        return entries.stream().map(e -> new Row(words.of(e.labelKey()), shown(e.value(), words))).toList();
    }

    private static Table table(Report.Table t, StaffWords words) {
        List<String> names = new ArrayList<>(t.rows().get(0).keySet());
        return new Table(words.of("staff.subjectAccess.table." + t.name()),
                names.stream().map(n -> words.of("staff.subjectAccess.field." + n)).toList(),
                t.rows().stream().map(r -> names.stream().map(n -> shown(r.get(n), words)).toList()).toList());
    }

    private static String shown(Object value, StaffWords words) {
        if (value == null) {
            return words.of("common.notGiven");
        }
        if (value instanceof LocalDateTime utc) {
            return DisplayDates.moment(utc);
        }
        if (value instanceof LocalDate day) {
            return DisplayDates.day(day);
        }
        if (value instanceof Boolean yes) {
            return words.of(yes ? "common.yes" : "common.no");
        }
        return value.toString();
    }

    /** The file: the person, when and by whom it was produced, and each section's records by their stable names. */
    static Map<String, Object> file(Report report) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("email", report.email());
        out.put("producedAt", data(report.producedAt()));
        out.put("producedBy", report.producedBy());
        Map<String, Object> sections = new LinkedHashMap<>();
        for (Report.Section s : report.sections()) {
            List<Object> items = new ArrayList<>();
            for (Report.Item i : s.items()) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("id", i.id());
                item.putAll(values(i.entries()));
                if (!i.parts().isEmpty()) {
                    Map<String, Object> parts = new LinkedHashMap<>();
                    i.parts().forEach(p -> parts.put(p.name(), values(p.entries())));
                    item.put("parts", parts);
                }
                if (!i.tables().isEmpty()) {
                    Map<String, Object> tables = new LinkedHashMap<>();
                    i.tables().forEach(t -> tables.put(t.name(), t.rows().stream().map(ReportView::dataRow).toList()));
                    item.put("tables", tables);
                }
                items.add(item);
            }
            sections.put(s.name(), items);
        }
        out.put("sections", sections);
        return out;
    }

    private static Map<String, Object> values(List<Report.Entry> entries) {
        Map<String, Object> values = new LinkedHashMap<>();
        entries.forEach(e -> values.put(e.name(), data(e.value())));
        return values;
    }

    private static Map<String, Object> dataRow(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        row.forEach((k, v) -> out.put(k, data(v)));
        return out;
    }

    private static Object data(Object value) {
        if (value instanceof LocalDateTime utc) {
            return Times.toInstant(utc).toString();
        }
        if (value instanceof LocalDate day) {
            return day.toString();
        }
        return value;
    }
}
