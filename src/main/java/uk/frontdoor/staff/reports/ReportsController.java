package uk.frontdoor.staff.reports;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.reports.Cell;
import uk.frontdoor.core.reports.ReportPeriod;
import uk.frontdoor.core.reports.ReportTable;
import uk.frontdoor.core.reports.Reports;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.staff.RegisterCsv;
import uk.frontdoor.staff.StaffWords;
import uk.frontdoor.web.access.StaffOnly;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.form.SelectOption;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.view.Page;
import uk.frontdoor.web.view.ResultPages;

/**
 * The management information (issue 13): a GET filter (period, spoke, council), then every table of the report with a
 * chart beside the main ones, and each table as a CSV file. Core decides who may, works out the figures and audits each
 * view and download; this binds the filter and puts the figures into words.
 */
@Controller("/staff/reports")
@StaffOnly({Role.TEAM_MANAGER, Role.ADMINISTRATOR, Role.PERFORMANCE_OFFICER})
public class ReportsController {
    /** The page's sections, in order: each heading's key and which tables it holds. */
    private static final List<Map.Entry<String, Predicate<String>>> SECTIONS = List.of(
            Map.entry("return", k -> k.equals("quarterly-return")),
            Map.entry("funnel", k -> k.startsWith("funnel")),
            Map.entry("timeliness", k -> k.equals("timeliness") || k.equals("overdue") || k.equals("extensions")),
            Map.entry("sources", k -> k.startsWith("sources")),
            Map.entry("diversity", k -> k.startsWith("diversity")),
            Map.entry("queues", k -> k.equals("queues") || k.startsWith("support") || k.equals("fund")),
            Map.entry("events", k -> k.equals("events") || k.equals("training")));

    private final Reports reports;
    private final StaffWords words;

    public ReportsController(Reports reports, StaffWords words) {
        this.reports = reports;
        this.words = words;
    }

    /** A cell as the page shows it: its words, a link if it has one, and whether it heads its row or is a figure. */
    public record CellView(String text, String href, boolean rowHeader, boolean numeric) {
    }

    public record TableView(String key, String caption, List<String> columns, List<List<CellView>> rows, String csvHref,
                            BarChart chart) {
    }

    public record Section(String key, String heading, List<TableView> tables) {
    }

    @Get
    public HttpResponse<?> page(HttpRequest<?> request) {
        Reports.Request asked = asked(request);
        var me = Visitor.of(request).staff();
        if (!(reports.choices(me) instanceof Result.Done<Reports.Choices> choices)) {
            return ResultPages.notFound();
        }
        return ResultPages.answer(reports.view(me, asked),
                report -> filter(choices.value(), asked, report.period().code(), new FormErrors())
                        .with("sections", sections(report, asked)).response(),
                problems -> filter(choices.value(), asked, asked.period(), FormErrors.of(problems))
                        .with("sections", List.of()).response());
    }

    @Get(value = "/csv/{table}", produces = "text/csv")
    public HttpResponse<?> csv(HttpRequest<?> request, @PathVariable String table) {
        return ResultPages.answer(reports.download(Visitor.of(request).staff(), asked(request), table),
                t -> HttpResponse.ok(RegisterCsv.forSpreadsheets(
                                t.columns().stream().map(w -> ReportCells.words(w, words)).toList(),
                                t.rows().stream().map(r -> r.stream().map(c -> ReportCells.csv(c, words)).toList()).toList()))
                        .contentType("text/csv; charset=utf-8")
                        .header("Content-Disposition", "attachment; filename=\"" + table + "-"
                                + (asked(request).period() == null ? "" : asked(request).period()) + ".csv\""),
                problems -> ResultPages.notFound());
    }

    private static Reports.Request asked(HttpRequest<?> request) {
        FormData f = FormData.parse(request.getUri().getRawQuery());
        return new Reports.Request(f.get("period"), f.get("spoke"), f.get("council"));
    }

    private Page filter(Reports.Choices choices, Reports.Request asked, String period, FormErrors errors) {
        List<SelectOption> periods = new ArrayList<>();
        for (ReportPeriod p : choices.periods()) {
            periods.add(new SelectOption(p.code(), words.of(p.isQuarter() ? "reports.period.quarter"
                    : "reports.period.year", p.code(), p.from().getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                    java.util.Locale.UK), p.to().getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                    java.util.Locale.UK), p.from().getYear(), p.to().getYear())));
        }
        List<SelectOption> spokes = new ArrayList<>();
        spokes.add(new SelectOption("", words.of("reports.filter.anySpoke")));
        choices.spokes().forEach(s -> spokes.add(new SelectOption(s.code(), s.name())));
        List<SelectOption> councils = new ArrayList<>();
        councils.add(new SelectOption("", words.of("reports.filter.anyCouncil")));
        choices.councils().stream().sorted(java.util.Comparator.comparing(b -> b.name()))
                .forEach(b -> councils.add(new SelectOption(b.code(), b.name())));
        return Page.of("staff/reports/index").with("errors", errors).with("periods", periods)
                .with("spokes", spokes).with("councils", councils).with("period", period)
                .with("spoke", asked.spoke()).with("council", asked.council()).with("backLink", "/staff");
    }

    private List<Section> sections(Reports.Report report, Reports.Request asked) {
        List<Section> sections = new ArrayList<>();
        for (var section : SECTIONS) {
            List<TableView> tables = report.tables().stream().filter(t -> section.getValue().test(t.key()))
                    .map(t -> view(t, asked, report)).toList();
            sections.add(new Section(section.getKey(), words.of("reports.section." + section.getKey()), tables));
        }
        return sections;
    }

    private TableView view(ReportTable table, Reports.Request asked, Reports.Report report) {
        List<List<CellView>> rows = table.rows().stream().map(r -> {
            List<CellView> cells = new ArrayList<>();
            for (int i = 0; i < r.size(); i++) {
                Cell c = r.get(i);
                cells.add(new CellView(ReportCells.page(c, words), c.href(), i == 0, c.kind() != Cell.Kind.LABEL));
            }
            return cells;
        }).toList();
        return new TableView(table.key(), words.of("reports.table." + table.key()),
                table.columns().stream().map(w -> ReportCells.words(w, words)).toList(), rows,
                href("/staff/reports/csv/" + table.key(), asked, report), chart(table));
    }

    /** The chart drawn beside a table, for the tables that have one. */
    private BarChart chart(ReportTable table) {
        List<BarChart.Figure> figures = new ArrayList<>();
        switch (table.key()) {
            case "funnel" -> {
                List<Cell> all = table.rows().get(table.rows().size() - 1);
                for (int i = 1; i <= 8; i++) {
                    figures.add(figure(ReportCells.words(table.columns().get(i), words), all.get(i)));
                }
            }
            case "timeliness" -> table.rows().stream().filter(r -> r.get(1).label() != null
                            && r.get(1).label().code().equals("reports.row.all"))
                    .forEach(r -> figures.add(figure(ReportCells.page(r.get(0), words), r.get(4))));
            case "sources-by-month" -> table.rows().subList(0, table.rows().size() - 1)
                    .forEach(r -> figures.add(figure(ReportCells.page(r.get(0), words), r.get(r.size() - 1))));
            case "queues" -> table.rows().forEach(r -> figures.add(figure(ReportCells.page(r.get(0), words), r.get(2))));
            default -> {
                return table.key().startsWith("diversity") ? populationChart(table) : null;
            }
        }
        String description = words.of("reports.chart." + table.key() + ".desc") + " " + figures.stream()
                .map(f -> f.label() + ": " + f.written()).collect(Collectors.joining("; ")) + ".";
        return BarChart.of("chart-" + table.key(), words.of("reports.chart." + table.key()), description, figures);
    }

    /**
     * A diversity table's chart, when the region's population is entered for its question (its last two columns):
     * each answer's share of those who gave one, beside its share of the population.
     */
    private BarChart populationChart(ReportTable table) {
        int n = table.columns().size();
        if (n < 2 || !table.columns().get(n - 1).code().equals("reports.diversity.population")) {
            return null;
        }
        String who = words.of(table.key().endsWith("-applicants") ? "reports.chart.diversity.applicants"
                : "reports.chart.diversity.people");
        String population = words.of("reports.chart.diversity.population");
        List<BarChart.Figure> figures = new ArrayList<>();
        table.rows().stream().filter(r -> r.get(n - 1).kind() == Cell.Kind.PERCENT).forEach(r -> {
            String answer = ReportCells.page(r.get(0), words);
            figures.add(figure(answer + ", " + who, r.get(n - 2)));
            figures.add(figure(answer + ", " + population, r.get(n - 1)));
        });
        String caption = words.of("reports.table." + table.key());
        String description = words.of("reports.chart.diversity.desc") + " " + figures.stream()
                .map(f -> f.label() + ": " + f.written()).collect(Collectors.joining("; ")) + ".";
        return BarChart.of("chart-" + table.key(), words.of("reports.chart.diversity.title", caption), description,
                figures);
    }

    private BarChart.Figure figure(String label, Cell cell) {
        double value = cell.kind() == Cell.Kind.COUNT || cell.kind() == Cell.Kind.PERCENT ? cell.value() : 0;
        return new BarChart.Figure(label, value, ReportCells.page(cell, words));
    }

    private static String href(String path, Reports.Request asked, Reports.Report report) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("period", report.period().code());
        p.put("spoke", asked.spoke());
        p.put("council", asked.council());
        return path + "?" + p.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
