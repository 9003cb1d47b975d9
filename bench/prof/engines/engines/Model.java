package engines;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The staff queue page's model as the portal builds it (the same accessor names as QueueController's view types, so
 * the real Thymeleaf templates read it unchanged), filled for a 25-row page, and the portal's message bundles.
 */
public final class Model {
    public record Team(long id, String name) { }
    public record Sort(String code, String name) { }
    public record After(String key, long afterId) { }
    public record Query(String assignedValue, String referenceValue, String statusValue, Sort sort, String orderValue,
                        Optional<After> after, boolean descending) { }
    public record Header(String text, String href, String ariaSort) { }
    public record Tag(String text, String colour) {
        public String classes() {
            return "govuk-tag govuk-tag--" + colour;
        }
    }
    public record Row(long id, int version, String reference, String title, String received, String dueDate, Tag due,
                      Tag status, String assignee, Tag fund, Tag newInformation) {
        public String href() {
            return "/staff/items/" + id;
        }

        public String ticked() {
            return id + ":" + version;
        }
    }
    public record Option(String value, String text) { }
    public record Staff(String displayName) { }
    public record Visitor(Staff staff, String csrfToken) {
        public boolean isStaff() {
            return true;
        }
    }
    public record Area(String href, String messageKey, boolean current) { }

    /** The portal's bundles (src/main/resources/i18n), formatted as its message source does. */
    public static final class Messages {
        private final Map<String, String> texts = new HashMap<>();

        public Messages(String directory) throws java.io.IOException {
            try (var files = java.nio.file.Files.list(java.nio.file.Path.of(directory))) {
                for (var file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                    Properties p = new Properties();
                    try (var in = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
                        p.load(in);
                    }
                    p.forEach((k, v) -> texts.put((String) k, (String) v));
                }
            }
        }

        public String orNull(String key, Object... values) {
            String pattern = texts.get(key);
            if (pattern == null) {
                return null;
            }
            return values.length == 0 ? pattern : new MessageFormat(pattern, Locale.UK).format(values);
        }

        public String msg(String key, Object... values) {
            String text = orNull(key, values);
            return text != null ? text : "??" + key + "??";
        }
    }

    /** The variables the queue page is rendered with: a support team's first page of 25 items. */
    public static Map<String, Object> queuePage(Messages m) {
        Map<String, Object> v = new LinkedHashMap<>();
        Team team = new Team(7, "Adoption support (South)");
        Query query = new Query("anyone", "", "", new Sort("due", "DUE"), "ascending", Optional.empty(), false);
        Map<String, Header> headers = new LinkedHashMap<>();
        for (String code : List.of("received", "due", "status", "assignee")) {
            headers.put(code, new Header(m.msg("staff.queue.col." + code), "/staff/queues/7?sort=" + code
                    + "&order=ascending", code.equals("due") ? "ascending" : null));
        }
        List<Row> rows = new ArrayList<>();
        String[] statuses = {"New", "Assigned", "In progress", "Waiting"};
        String[] colours = {"blue", "light-blue", "turquoise", "grey"};
        for (int i = 0; i < 25; i++) {
            rows.add(new Row(100_000 + i, 3, "SUP-2026-" + (10_000 + i), "Support request: therapy and life story work "
                    + i, (1 + i % 28) + " October 2026", (1 + i % 28) + " December 2026",
                    i % 5 == 0 ? new Tag("Overdue", "red") : i % 3 == 0 ? new Tag("Due in 2 working days", "yellow") : null,
                    new Tag(statuses[i % 4], colours[i % 4]), i % 2 == 0 ? "Unassigned" : "Sam Patel",
                    i % 7 == 0 ? new Tag("Fund deadline", "orange") : null,
                    i % 9 == 0 ? new Tag("New information", "pink") : null));
        }
        List<Option> colleagues = new ArrayList<>(List.of(new Option("", m.msg("staff.item.assign.choose"))));
        for (int i = 0; i < 8; i++) {
            colleagues.add(new Option(String.valueOf(i + 1), "Colleague " + i));
        }
        List<Option> statusOptions = new ArrayList<>(List.of(new Option("", m.msg("staff.queue.filter.allOpen"))));
        for (String s : List.of("NEW", "ASSIGNED", "IN_PROGRESS", "WAITING", "CLOSED", "WITHDRAWN")) {
            statusOptions.add(new Option(s, s.toLowerCase(Locale.UK)));
        }
        v.put("team", team);
        v.put("rows", rows);
        v.put("query", query);
        v.put("headers", headers);
        v.put("colleagues", colleagues);
        v.put("errors", null);
        v.put("moved", null);
        v.put("csvHref", "/staff/queues/7/queue.csv?assigned=anyone&sort=due&order=ascending");
        v.put("assignedOptions", List.of(new Option("anyone", m.msg("staff.queue.filter.anyone")),
                new Option("me", m.msg("staff.queue.filter.me")),
                new Option("unassigned", m.msg("staff.queue.filter.unassigned"))));
        v.put("statusOptions", statusOptions);
        v.put("nextHref", "/staff/queues/7?assigned=anyone&sort=due&order=ascending&after=2026-12-01&afterId=100024");
        v.put("firstHref", null);
        v.put("backLink", "/staff");
        v.put("visitor", new Visitor(new Staff("Sam Patel"), "kY3x9QfT2mWc8rLzP0aVbN7eHs4uJd6g"));
        v.put("staffAreas", List.of(new Area("/staff", "staff.area.QUEUES", true),
                new Area("/staff/search", "staff.area.SEARCH", false), new Area("/staff/events", "staff.area.EVENTS", false),
                new Area("/staff/training", "staff.area.TRAINING", false), new Area("/staff/reports", "staff.area.REPORTS", false)));
        v.put("path", "/staff/queues/7");
        v.put("serviceName", "Adopt South Region");
        v.put("fullWidth", true);
        v.put("staffSearch", true);
        v.put("view", "staff/queue/queue");
        v.put("exitThisPage", false);
        v.put("typed", null);
        return v;
    }

    private Model() {
    }
}
