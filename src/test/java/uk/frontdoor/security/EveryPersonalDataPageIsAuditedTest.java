package uk.frontdoor.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.WebClient;

/**
 * Each staff page that shows personal data writes exactly one audit row naming who looked, every time it is shown, to
 * every person allowed to see it. Driven by the authorization matrix: its rows say who gets {@code 200}, its list
 * after the tables says which staff pages show personal data, and every staff page must be in that list one way or
 * the other, so a new page cannot be forgotten.
 */
@MicronautTest(transactional = false)
class EveryPersonalDataPageIsAuditedTest extends AppTest {
    private static final Set<String> STAFF = Set.of("se-officer", "sw-officer", "support", "social", "manager", "admin",
            "dpo", "performance");

    @Override
    public Map<String, String> getProperties() {
        return Identities.settings(super.getProperties());
    }

    @Inject
    Identities identities;

    @Inject
    Sql sql;

    @Test
    void every_staff_page_is_named_as_showing_personal_data_or_not() {
        var matrix = AuthorizationMatrix.read();
        List<String> unnamed = new ArrayList<>();
        for (AuthorizationMatrix.Row row : matrix.rows()) {
            if (isStaffPage(row) && !matrix.showsPersonalData().containsKey(row.toString())) {
                unnamed.add(row + " (line " + row.line() + ")");
            }
        }
        assertEquals(List.of(), unnamed, "staff pages the matrix's personal data list does not name");
        List<String> unknown = matrix.showsPersonalData().keySet().stream()
                .filter(page -> matrix.rows().stream().noneMatch(r -> r.toString().equals(page) && isStaffPage(r)))
                .toList();
        assertEquals(List.of(), unknown, "pages named in the personal data list that are not staff pages in the matrix");
    }

    @Test
    void each_page_that_shows_personal_data_writes_exactly_one_audit_row_naming_the_viewer() {
        var matrix = AuthorizationMatrix.read();
        identities.make(server.getURI());
        Map<String, WebClient> browsers = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        int shown = 0;
        for (AuthorizationMatrix.Row row : matrix.rows()) {
            if (!matrix.showsPersonalData().getOrDefault(row.toString(), false)) {
                continue;
            }
            for (String who : STAFF) {
                if (!"200".equals(row.expected().get(who))) {
                    continue;
                }
                WebClient browser = browsers.computeIfAbsent(who, w -> identities.browser(w, server.getURI()));
                long staffId = identities.person(who).id();
                long before = lastAuditRow();
                WebClient.Page page = browser.get(identities.path(row.path()));
                assertEquals(200, page.status(), row + " as " + who);
                List<String> actions = sql.list("SELECT action FROM audit_event WHERE id > ? AND actor_type = 'STAFF'"
                        + " AND actor_id = ? ORDER BY id", rs -> rs.getString(1), before, staffId);
                if (actions.size() != 1) {
                    wrong.add(row + " as " + who + ": " + actions.size() + " audit rows " + actions);
                }
                shown++;
            }
        }
        assertTrue(shown > 30, "the walk showed the pages to the people allowed to see them (" + shown + ")");
        assertEquals(List.of(), wrong, "pages that showed personal data without exactly one audit row");
    }

    @Test
    void special_category_data_is_shown_only_to_the_roles_the_matrix_names() throws Exception {
        identities.make(server.getURI());
        List<String> lines;
        try (var in = getClass().getClassLoader().getResourceAsStream("security/authorization-matrix.md")) {
            lines = List.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n"));
        }
        List<String> columns = null;
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        Map<String, WebClient> browsers = new HashMap<>();
        for (String line : lines) {
            if (!line.startsWith("|")) {
                continue;
            }
            List<String> cells = java.util.Arrays.stream(line.substring(1, line.length() - 1).split("\\|"))
                    .map(String::strip).toList();
            if (cells.get(0).equals("data")) {
                columns = cells;
                continue;
            }
            if (columns == null || java.util.Arrays.stream(uk.frontdoor.core.staff.SpecialCategory.values())
                    .noneMatch(c -> c.name().equals(cells.get(0)))) {
                continue;
            }
            for (int i = 3; i < cells.size(); i++) {
                String who = columns.get(i);
                String expected = cells.get(i);
                WebClient browser = browsers.computeIfAbsent(who, w -> identities.browser(w, server.getURI()));
                WebClient.Page page = browser.get(identities.path(cells.get(1)));
                String got = page.status() != 200 ? String.valueOf(page.status())
                        : page.body().contains(cells.get(2)) ? "shown"
                        : page.html().select(".app-withheld").isEmpty() ? "missing without saying so" : "withheld";
                if (!got.equals(expected)) {
                    wrong.add(cells.get(0) + " on " + cells.get(1) + " as " + who + ": expected " + expected + ", got "
                            + got);
                }
                checked++;
            }
        }
        assertTrue(checked >= 14, "every cell of the special category table was checked (" + checked + ")");
        assertEquals(List.of(), wrong);
    }

    private static boolean isStaffPage(AuthorizationMatrix.Row row) {
        return row.method().equals("GET") && row.path().startsWith("/staff")
                && "staff-signin".equals(row.expected().get("anon"))
                && row.expected().entrySet().stream().anyMatch(e -> STAFF.contains(e.getKey()) && e.getValue().equals("200"));
    }

    private long lastAuditRow() {
        return sql.one("SELECT COALESCE(MAX(id), 0) FROM audit_event", rs -> rs.getLong(1)).orElse(0L);
    }
}
