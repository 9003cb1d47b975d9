package uk.frontdoor.staff.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.reports.ReportData;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.WebClient;

/**
 * A performance officer and a team manager read the management information over HTTP: the page with its charts and
 * tables, each table's CSV file as Excel wants it, what is audited, and the filter's refusal.
 */
@MicronautTest(transactional = false)
class ReadingTheManagementInformationTest extends AppTest {
    @Inject
    ReportData data;

    @Inject
    StaffFixture staff;

    @Inject
    Sql sql;

    ReportData.Made made;
    StaffFixture.Person officer;

    @BeforeEach
    void known_data() {
        clock.set(Instant.parse("2025-07-15T09:00:00Z"));
        officer = staff.person("Perry Performance", Role.PERFORMANCE_OFFICER);
        made = data.make(officer.id());
    }

    @AfterEach
    void back_to_now() {
        data.remove(made);
        clock.reset();
    }

    private String query() {
        return "?period=2025-Q2&spoke=" + made.spoke();
    }

    @Test
    void the_page_shows_each_figure_in_a_table_beside_its_chart_and_is_audited_once() {
        WebClient browser = staff.signIn(client(), officer);
        long before = lastAudit();
        var page = browser.get("/staff/reports" + query());
        assertEquals(200, page.status());
        assertEquals(List.of("VIEW_REPORTS period=2025-Q2 spoke=" + made.spoke()), auditSince(before, officer.id()));
        var funnel = page.html().selectFirst("#table-funnel table");
        assertEquals("The funnel by council", funnel.selectFirst("caption").text());
        assertEquals(made.northName() + " 3 1 2 2 1 1 0 0 33.3% 66.7% 100.0% 50.0% 100.0% 0.0% [x] 0.0%",
                funnel.select("tbody tr").get(0).text());
        var chart = page.html().selectFirst("#chart-funnel");
        assertEquals("img", chart.attr("role"));
        assertEquals("Chart: the funnel for all chosen councils", chart.selectFirst("title").text());
        assertTrue(chart.selectFirst("desc").text().contains("Enquiries: 5; Attended an information event: 1;"
                + " Registrations of interest: 3"), chart.selectFirst("desc").text());
        assertEquals(8, chart.select("rect[fill^=url(#chart-funnel-p]").size(), "a bar per step, each with a pattern");
        // hidden counts say so, and the overdue list links to no case for someone who opens none
        assertEquals("[c]", page.html().selectFirst("#table-diversity-ethnicity-enquirers tbody tr td").nextElementSibling().text());
        assertEquals(0, page.html().select("#table-overdue a[href^=/staff/journeys]").size());
        assertEquals(2, page.html().select("#table-overdue tbody tr").size());
    }

    @Test
    void a_team_manager_can_open_each_overdue_case_from_the_list() {
        var manager = staff.person("Maya Manager", Role.TEAM_MANAGER);
        var page = staff.signIn(client(), manager).get("/staff/reports" + query());
        assertEquals(List.of("/staff/journeys/" + made.j3(), "/staff/items/" + made.e4Item()),
                page.html().select("#table-overdue tbody a").eachAttr("href"));
    }

    @Test
    void each_table_downloads_as_csv_for_excel_and_each_download_is_audited() {
        WebClient browser = staff.signIn(client(), officer);
        long before = lastAudit();
        var csv = browser.get("/staff/reports/csv/funnel" + query());
        assertEquals(200, csv.status());
        assertEquals("text/csv; charset=utf-8", csv.header("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"funnel-2025-Q2.csv\"", csv.header("Content-Disposition").orElseThrow());
        String[] lines = csv.body().split("\r\n");
        assertEquals('\uFEFF', lines[0].charAt(0), "a byte order mark, so Excel reads UTF-8");
        assertTrue(lines[0].startsWith("\uFEFF\"Council\",\"Enquiries\",\"Attended an information event\","), lines[0]);
        assertEquals("\"" + made.northName() + "\",\"3\",\"1\",\"2\",\"2\",\"1\",\"1\",\"0\",\"0\",\"33.3\",\"66.7\","
                + "\"100.0\",\"50.0\",\"100.0\",\"0.0\",\"[x]\",\"0.0\"", lines[1]);
        assertEquals(4, lines.length, "a header, two councils and all of them");
        assertEquals(List.of("DOWNLOAD_REPORT period=2025-Q2 spoke=" + made.spoke() + " table=funnel"),
                auditSince(before, officer.id()));
        assertEquals(404, browser.get("/staff/reports/csv/no-such-table" + query()).status());
    }

    @Test
    void a_name_a_spreadsheet_would_run_as_a_formula_is_written_as_text() {
        sql.update("UPDATE borough SET name = ? WHERE code = ?", "=HYPERLINK(\"http://x\")", made.north());
        var csv = staff.signIn(client(), officer).get("/staff/reports/csv/quarterly-return" + query());
        assertTrue(csv.body().contains("\"'=HYPERLINK(\"\"http://x\"\")\""), csv.body());
    }

    @Test
    void an_administrator_enters_the_regions_population_and_the_diversity_tables_set_it_beside_the_enquirers() {
        var ada = staff.person("Ada Admin", Role.ADMINISTRATOR);
        WebClient admin = staff.signIn(client(), ada);
        assertEquals(1, admin.get("/staff/admin").html().select("a[href=/staff/admin/population]").size());
        assertEquals(200, admin.get("/staff/admin/population").status());
        try {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("population-ethnicity-basis", "percent");
            form.put("population-ethnicity-asian", "20");
            form.put("population-ethnicity-black", "ten");
            form.put("population-ethnicity-mixed", "5");
            form.put("population-ethnicity-white", "60");
            form.put("population-ethnicity-other", "");
            form.put("population-disability-yes", "1,200");
            var refused = admin.post("/staff/admin/population", form);
            assertEquals(422, refused.status());
            assertEquals(List.of("Enter the ethnic group figure for ‘Black, Black British, Caribbean or African’ as a"
                            + " number, like 12.5 (a percentage is 100 or less)",
                    "Enter the ethnic group figure for ‘Another ethnic group’, or leave every ethnic group figure blank",
                    "Select whether the disability figures are percentages or numbers of people",
                    "Enter the disability figure for ‘No’, or leave every disability figure blank"),
                    refused.errorSummary());
            assertEquals("ten", refused.html().getElementById("population-ethnicity-black").val());
            form.put("population-ethnicity-black", "10");
            form.put("population-ethnicity-other", "4");
            form.put("population-disability-yes", "");
            assertEquals(List.of("The ethnic group percentages add up to 99: they must add up to 100"),
                    admin.post("/staff/admin/population", form).errorSummary());
            long before = sql.one("SELECT COALESCE(MAX(id), 0) FROM audit_event", rs -> rs.getLong(1)).orElseThrow();
            form.put("population-ethnicity-other", "5");
            form.put("population-source", "Census 2021");
            assertEquals(303, admin.post("/staff/admin/population", form).status());
            assertEquals(List.of("POPULATION_CHANGED ethnicity: none -> PERCENT asian=20, black=10, mixed=5, white=60,"
                    + " other=5 (Census 2021)"), sql.list("SELECT action, detail FROM audit_event WHERE id > ?"
                    + " AND actor_id = ? ORDER BY id", rs -> rs.getString(1) + " " + rs.getString(2), before, ada.id()));

            var page = staff.signIn(client(), officer).get("/staff/reports" + query());
            var table = page.html().selectFirst("#table-diversity-ethnicity-enquirers table");
            assertEquals("Share of those who gave an answer (%)", table.select("thead th").get(4).text());
            assertEquals("The region’s population (%)", table.select("thead th").get(5).text());
            // Asian: 1 (hidden), so its share is hidden too; the population's share is shown
            assertEquals("Asian or Asian British 0 [c] [c] [c] 20.0%", table.select("tbody tr").get(0).text());
            assertEquals(1, page.html().select("#chart-diversity-ethnicity-enquirers").size(),
                    "a chart of the shares beside the population's");
            assertEquals(0, page.html().select("#chart-diversity-religion-enquirers").size(),
                    "no figures entered for religion: no comparison");
        } finally {
            sql.update("DELETE FROM region_population");
        }
    }

    @Test
    void a_period_not_offered_is_refused_with_the_error_on_the_page() {
        WebClient browser = staff.signIn(client(), officer);
        long before = lastAudit();
        var page = browser.get("/staff/reports?period=2025-Q9");
        assertEquals(422, page.status());
        assertEquals(List.of("Select a period from the list"), page.errorSummary());
        assertEquals(List.of(), auditSince(before, officer.id()), "nothing was shown");
    }

    private long lastAudit() {
        return sql.one("SELECT COALESCE(MAX(id), 0) FROM audit_event", rs -> rs.getLong(1)).orElse(0L);
    }

    private List<String> auditSince(long before, long staffId) {
        return sql.list("SELECT action, detail FROM audit_event WHERE id > ? AND actor_type = 'STAFF' AND actor_id = ?"
                + " AND subject_type = 'REPORT' ORDER BY id", rs -> rs.getString(1) + " " + rs.getString(2), before, staffId);
    }
}
