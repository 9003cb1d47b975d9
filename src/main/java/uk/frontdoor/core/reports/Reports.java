package uk.frontdoor.core.reports;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.action.Wording;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.audit.Subject;
import uk.frontdoor.core.region.Borough;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.core.region.Spoke;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.platform.time.Times;

/**
 * Management information (issue 13, docs/reports.md): the figures of a period, for the region, a spoke or one council,
 * each also per council, worked out from the raw records at every request (ADR 44). Team managers, administrators and
 * performance officers may read them; every report shown and every table downloaded is one audit row.
 */
@Singleton
public class Reports {
    private final RegionDirectory region;
    private final Funnel funnel;
    private final Timeliness timeliness;
    private final Diversity diversity;
    private final Workload workload;
    private final AuditLog audit;
    private final Clock clock;

    Reports(RegionDirectory region, Funnel funnel, Timeliness timeliness, Diversity diversity, Workload workload,
            AuditLog audit, Clock clock) {
        this.region = region;
        this.funnel = funnel;
        this.timeliness = timeliness;
        this.diversity = diversity;
        this.workload = workload;
        this.audit = audit;
        this.clock = clock;
    }

    /** What was asked for, as typed: a period, a spoke and a council, each by its code; blank or null for any. */
    public record Request(String period, String spoke, String council) {
    }

    /** What may be chosen in the filter, and what is chosen. */
    public record Choices(List<ReportPeriod> periods, List<Spoke> spokes, List<Borough> councils, ReportPeriod period) {
    }

    /** A report: what it is over, and its tables in the order the page shows them. */
    public record Report(ReportPeriod period, Optional<Spoke> spoke, Optional<Borough> council, LocalDate today,
                         List<ReportTable> tables) {
        public ReportTable table(String key) {
            return tables.stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
        }
    }

    public static boolean mayRead(StaffMember me) {
        return me.readsReports();
    }

    /** The filter's choices; the period chosen when none is asked for is this quarter. */
    public Result<Choices> choices(StaffMember me) {
        if (!mayRead(me)) {
            return Result.notFound();
        }
        LocalDate today = Times.todayUk(clock);
        return Result.done(new Choices(ReportPeriod.offered(today), region.spokes(), region.boroughs(),
                ReportPeriod.quarterOf(today)));
    }

    /** The report asked for, shown on the page: audited. */
    @Transactional
    public Result<Report> view(StaffMember me, Request request) {
        return report(me, request, "VIEW_REPORTS", null);
    }

    /** One table of the report as a file: audited, naming the table. */
    @Transactional
    public Result<ReportTable> download(StaffMember me, Request request, String table) {
        Result<Report> report = report(me, request, "DOWNLOAD_REPORT", table);
        if (report instanceof Result.Done<Report> done) {
            return done.value().tables().stream().filter(t -> t.key().equals(table)).findFirst()
                    .<Result<ReportTable>>map(Result::done).orElseGet(Result::notFound);
        }
        return report instanceof Result.Refused<Report> refused ? Result.refused(refused.problems()) : Result.notFound();
    }

    private Result<Report> report(StaffMember me, Request request, String action, String table) {
        if (!mayRead(me)) {
            return Result.notFound();
        }
        LocalDate today = Times.todayUk(clock);
        Optional<ReportPeriod> period = request.period() == null || request.period().isBlank()
                ? Optional.of(ReportPeriod.quarterOf(today)) : ReportPeriod.parse(request.period());
        if (period.isEmpty()) {
            return Result.refused("period", "reports.error.period");
        }
        Optional<Spoke> spoke = Optional.empty();
        if (request.spoke() != null && !request.spoke().isBlank()) {
            spoke = region.spokes().stream().filter(s -> s.code().equals(request.spoke())).findFirst();
            if (spoke.isEmpty()) {
                return Result.refused("spoke", "reports.error.spoke");
            }
        }
        List<Borough> councils = new ArrayList<>(region.boroughs());
        Optional<Borough> council = Optional.empty();
        if (request.council() != null && !request.council().isBlank()) {
            council = councils.stream().filter(b -> b.code().equals(request.council())).findFirst();
            if (council.isEmpty()) {
                return Result.refused("council", "reports.error.council");
            }
            if (spoke.isPresent() && council.get().spokeId() != spoke.get().id()) {
                return Result.refused("council", "reports.error.councilNotInSpoke");
            }
        }
        Optional<Spoke> chosenSpoke = spoke;
        Optional<Borough> chosenCouncil = council;
        councils.removeIf(b -> chosenCouncil.map(c -> c.id() != b.id()).orElse(false)
                || chosenSpoke.map(s -> s.id() != b.spokeId()).orElse(false));
        councils.sort(java.util.Comparator.comparing(Borough::name));
        List<Long> spokeIds = region.spokes().stream().map(Spoke::id)
                .filter(id -> councils.stream().anyMatch(b -> b.spokeId() == id)).toList();
        ReportScope scope = new ReportScope(period.get(), councils, spokeIds, today, me,
                spoke.isEmpty() && council.isEmpty());
        Report report = new Report(period.get(), spoke, council, today, tables(scope));
        audit.staff(me.id(), action, Subject.REPORT, null, "period=" + period.get().code()
                + spoke.map(s -> " spoke=" + s.code()).orElse("") + council.map(c -> " council=" + c.code()).orElse("")
                + (table == null ? "" : " table=" + table));
        return Result.done(report);
    }

    private List<ReportTable> tables(ReportScope scope) {
        Funnel.Counts counts = funnel.count(scope);
        List<Timeliness.Run> ended = timeliness.ended(scope);
        List<Timeliness.Overdue> overdue = timeliness.overdue(scope);
        Timeliness.Tally[][] tallies = timeliness.tally(scope, ended, overdue);
        List<ReportTable> tables = new ArrayList<>();
        tables.add(quarterlyReturn(scope, counts, tallies));
        tables.add(funnel.funnel(counts));
        tables.add(funnel.byQuarter(counts));
        tables.add(timeliness.table(scope, tallies));
        tables.add(timeliness.overdueTable(scope, overdue));
        tables.add(timeliness.extensions(scope));
        for (Funnel.By by : Funnel.By.values()) {
            tables.add(funnel.byMonth(counts, by));
            tables.add(funnel.conversion(counts, by));
        }
        tables.addAll(diversity.tables(scope));
        tables.add(workload.queues(scope));
        tables.addAll(workload.support(scope));
        tables.add(workload.fund(scope));
        tables.add(workload.events(scope));
        tables.add(workload.training(scope));
        return tables;
    }

    /**
     * The quarterly return (docs/reports.md defines each column): a row per council and one for the selection, with
     * the funnel of the period's enquiries and the share of each statutory clock that ended in time.
     */
    private ReportTable quarterlyReturn(ReportScope scope, Funnel.Counts counts, Timeliness.Tally[][] tallies) {
        List<Wording> columns = new ArrayList<>(List.of(Wording.of("reports.col.period"),
                Wording.of("reports.col.council")));
        List<Funnel.Step> steps = List.of(Funnel.Step.ENQUIRY, Funnel.Step.REGISTERED, Funnel.Step.STAGE_ONE_STARTED,
                Funnel.Step.STAGE_ONE_COMPLETED, Funnel.Step.STAGE_TWO_STARTED, Funnel.Step.APPROVED);
        steps.forEach(s -> columns.add(Wording.of("reports.funnel.step." + s.name())));
        columns.add(Wording.of("reports.funnel.overall"));
        for (Timeliness.Clock c : Timeliness.Clock.values()) {
            columns.add(Wording.of("reports.return.inTime." + c.name()));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (int c = 0; c <= scope.councils().size(); c++) {
            Integer council = c < scope.councils().size() ? c : null;
            List<Cell> row = new ArrayList<>();
            row.add(Cell.label("reports.quarter", scope.period().code()));
            row.add(council == null ? Cell.label("reports.row.all") : Cell.name(scope.councils().get(c).name()));
            steps.forEach(s -> row.add(Cell.count(counts.sum(council, null, s))));
            row.add(Cell.share(counts.sum(council, null, Funnel.Step.APPROVED),
                    counts.sum(council, null, Funnel.Step.ENQUIRY)));
            for (Timeliness.Clock clock : Timeliness.Clock.values()) {
                Timeliness.Tally t = tallies[clock.ordinal()][c];
                row.add(Cell.share(t.inTime(), t.ended()));
            }
            rows.add(row);
        }
        return new ReportTable("quarterly-return", columns, rows);
    }
}
