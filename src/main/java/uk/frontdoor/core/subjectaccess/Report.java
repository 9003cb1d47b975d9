package uk.frontdoor.core.subjectaccess;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import uk.frontdoor.core.action.Wording;

/**
 * Everything held about one person (everyone whose records carry one canonical email address), as data a page and a
 * file both render: sections of records, each record a list of named values, with its lists (history, attendance,
 * emails) as tables. Names are stable (column names in camel case, or the registration's own input names), so the
 * file can be read by a program; the page words each name through the bundles.
 */
public record Report(String email, LocalDateTime producedAt, String producedBy, List<Section> sections) {

    public Report {
        sections = List.copyOf(sections);
    }

    /** A kind of record ({@code enquiries}, {@code bookings}, …) and the person's records of that kind. */
    public record Section(String name, List<Item> items) {
        public Section {
            items = List.copyOf(items);
        }
    }

    /**
     * One record: {@code id} names it in the file (a reference where it has one), {@code title} on the page; its values,
     * its groups of values (a registration's answers, a journey's Stage Two), and its tables.
     */
    public record Item(String id, Wording title, List<Entry> entries, List<Part> parts, List<Table> tables) {
        public Item {
            entries = List.copyOf(entries);
            parts = List.copyOf(parts);
            tables = List.copyOf(tables);
        }
    }

    /** One value; {@code labelKey} is the bundle key the page words it with. */
    public record Entry(String name, String labelKey, Object value) {
    }

    /** A group of values within a record, under its own heading. */
    public record Part(String name, Wording heading, List<Entry> entries) {
        public Part {
            entries = List.copyOf(entries);
        }
    }

    /** A list within a record: rows of named values, every row with the same names in the same order. */
    public record Table(String name, List<Map<String, Object>> rows) {
        public Table {
            rows = List.copyOf(rows);
        }
    }
}
