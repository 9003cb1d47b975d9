package uk.frontdoor.staff.queue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.frontdoor.core.calendar.BankHolidays;
import uk.frontdoor.core.calendar.WorkingDays;
import uk.frontdoor.core.region.Team;
import uk.frontdoor.core.region.TeamFunction;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.core.support.EmergencyNumbers;
import uk.frontdoor.core.support.RequesterInformation;
import uk.frontdoor.core.support.fund.FundApplications;
import uk.frontdoor.staff.Tag;
import uk.frontdoor.core.work.Deadline;
import uk.frontdoor.core.work.QueuePage;
import uk.frontdoor.core.work.QueueSummary;
import uk.frontdoor.core.work.WorkItem;
import uk.frontdoor.core.work.WorkItemStatus;
import uk.frontdoor.core.work.WorkQueue;
import uk.frontdoor.core.work.WorkQueue.TeamQueue;
import uk.frontdoor.platform.time.Times;
import uk.frontdoor.staff.DisplayDates;
import uk.frontdoor.staff.ItemTags;
import uk.frontdoor.staff.StaffWords;
import uk.frontdoor.web.access.StaffOnly;
import uk.frontdoor.web.form.SelectOption;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.view.Page;
import uk.frontdoor.web.view.ResultPages;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.reference.ReferenceNumbers;
import uk.frontdoor.core.staff.StaffAccounts;
import uk.frontdoor.core.work.QueueSort;
import uk.frontdoor.staff.RegisterCsv;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Post;
import java.net.URI;

/**
 * The staff home page (the queues this person may see) and each team's queue (read through {@link WorkQueue#queue},
 * which audits it; another team's queue is not found).
 */
@Controller("/staff")
@StaffOnly
public class QueueController {
    private final WorkQueue queue;
    private final BankHolidays holidays;
    private final ItemTags tags;
    private final StaffWords words;
    private final Clock clock;
    private final FundApplications funds;
    private final RequesterInformation requesterInformation;
    private final EmergencyNumbers emergencyNumbers;
    private final StaffAccounts staff;

    public QueueController(WorkQueue queue, BankHolidays holidays,
                           ItemTags tags, StaffWords words, Clock clock, FundApplications funds,
                           RequesterInformation requesterInformation, EmergencyNumbers emergencyNumbers,
                           StaffAccounts staff) {
        this.staff = staff;
        this.emergencyNumbers = emergencyNumbers;
        this.requesterInformation = requesterInformation;
        this.funds = funds;
        this.queue = queue;
        this.holidays = holidays;
        this.tags = tags;
        this.words = words;
        this.clock = clock;
    }

    @Get
    public HttpResponse<?> home(HttpRequest<?> request) {
        StaffMember me = Visitor.of(request).staff();
        List<QueueCard> cards = queue.summaries(me).stream().map(this::card).toList();
        return Page.of("staff/queue/home").with("cards", cards).with("me", me)
                .with("placeholderNumbers", emergencyNumbers.notYetVerified().size())
                .with("holidaysUntil", holidays.shortOfAYear(java.time.LocalDate.now(clock))
                        .map(uk.frontdoor.staff.DisplayDates::day).orElse(null))
                .response();
    }

    @Get("/queues/{teamId}")
    public HttpResponse<?> queue(HttpRequest<?> request, @PathVariable long teamId,
                                 @Nullable @QueryValue String assigned, @Nullable @QueryValue String status,
                                 @Nullable @QueryValue String after, @Nullable @QueryValue String afterDue,
                                 @Nullable @QueryValue String afterId, @Nullable @QueryValue String reference,
                                 @Nullable @QueryValue String sort, @Nullable @QueryValue String order,
                                 @Nullable @QueryValue String moved, @Nullable @QueryValue String skipped) {
        StaffMember me = Visitor.of(request).staff();
        QueueQuery query = QueueQuery.from(assigned, status, after != null ? after : afterDue, afterId, reference,
                sort, order);
        return ResultPages.answer(queue.queue(me, teamId, query.filter(QueuePage.rowsToRead(QueuePage.SIZE))),
                found -> page(request, found, query, null).with("moved", movedBanner(moved, skipped)).response(),
                problems -> ResultPages.notFound());
    }

    /** Exactly the page the same address shows, as a spreadsheet (UTF-8 with a byte order mark, formula-safe). */
    @Get(value = "/queues/{teamId}/queue.csv", produces = "text/csv")
    public HttpResponse<?> csv(HttpRequest<?> request, @PathVariable long teamId,
                               @Nullable @QueryValue String assigned, @Nullable @QueryValue String status,
                               @Nullable @QueryValue String after, @Nullable @QueryValue String afterId,
                               @Nullable @QueryValue String reference, @Nullable @QueryValue String sort,
                               @Nullable @QueryValue String order) {
        StaffMember me = Visitor.of(request).staff();
        QueueQuery query = QueueQuery.from(assigned, status, after, afterId, reference, sort, order);
        return ResultPages.answer(queue.export(me, teamId, query.filter(QueuePage.rowsToRead(QueuePage.SIZE))),
                found -> {
                    List<QueueRow> rows = rows(found, query);
                    List<String> header = QueueRow.COLUMNS.stream().map(words::of).toList();
                    return HttpResponse.ok(RegisterCsv.forSpreadsheets(header,
                                    rows.stream().map(QueueRow::cells).toList()))
                            .contentType("text/csv; charset=utf-8")
                            .header("Content-Disposition", "attachment; filename=\"queue-" + teamId + ".csv\"");
                });
    }

    /**
     * Ticked items assigned to a colleague ({@code action=assign}) or returned to the queue ({@code action=return}):
     * back to the same view of the queue saying what moved and naming what was skipped; refused, the queue again with
     * the problem (422).
     */
    @Post(value = "/queues/{teamId}/move", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> move(HttpRequest<?> request, @PathVariable long teamId, FormData body) {
        StaffMember me = Visitor.of(request).staff();
        MoveForm form = MoveForm.from(body);
        QueueQuery query = form.query();
        return ResultPages.answer(queue.move(me, teamId, form.ticked(), form.move()),
                moved -> HttpResponse.seeOther(URI.create(query.href(teamId, query.after())
                        + "&moved=" + moved.moved().size()
                        + (moved.skipped().isEmpty() ? "" : "&skipped=" + String.join(",", moved.skipped())))),
                problems -> queueAgain(request, me, teamId, query, FormErrors.of(problems)));
    }

    /** The queue shown again with what was wrong (read again through the audited core read). */
    private MutableHttpResponse<?> queueAgain(HttpRequest<?> request, StaffMember me, long teamId, QueueQuery query,
                                              FormErrors errors) {
        Result<TeamQueue> again = queue.queue(me, teamId, query.filter(QueuePage.rowsToRead(QueuePage.SIZE)));
        return again instanceof Result.Done<TeamQueue> found ? page(request, found.value(), query, errors).response()
                : ResultPages.notFound();
    }

    /** What moved, said once after a move: how many, and which were skipped because someone changed them first. */
    private MovedBanner movedBanner(String moved, String skipped) {
        if (moved == null || !moved.matches("\\d{1,3}")) {
            return null;
        }
        List<String> names = skipped == null || skipped.isBlank() ? List.of()
                : java.util.Arrays.stream(skipped.split(",")).map(ReferenceNumbers::typed)
                .flatMap(Optional::stream).toList();
        int count = Integer.parseInt(moved);
        return new MovedBanner(count == 1 ? words.of("staff.queue.bulk.moved.one")
                : words.of("staff.queue.bulk.moved.many", count),
                names.isEmpty() ? null : words.of("staff.queue.bulk.skipped", String.join(", ", names)));
    }

    private List<QueueRow> rows(TeamQueue found, QueueQuery query) {
        Team team = found.team();
        QueuePage page = QueuePage.of(found.items(), QueuePage.SIZE, query.sort());
        LocalDate today = Times.todayUk(clock);
        WorkingDays calendar = holidays.calendar();
        java.util.Set<Long> fundDeadlines = team.function() == TeamFunction.SUPPORT
                ? funds.itemsNeedingAttention(team.id()) : java.util.Set.of();
        java.util.Set<Long> newInformation = team.function() == TeamFunction.SUPPORT
                ? requesterInformation.itemsWithNewInformation(team.id()) : java.util.Set.of();
        Tag fundTag = new Tag(words.of("staff.queue.fundDeadline"), "orange");
        Tag newInformationTag = new Tag(words.of("staff.queue.newInformation"), "pink");
        return page.items().stream()
                .map(item -> row(item, today, calendar, fundDeadlines.contains(item.id()) ? fundTag : null,
                        newInformation.contains(item.id()) ? newInformationTag : null)).toList();
    }

    private Page page(HttpRequest<?> request, TeamQueue found, QueueQuery query, FormErrors errors) {
        Team team = found.team();
        long teamId = team.id();
        QueuePage page = QueuePage.of(found.items(), QueuePage.SIZE, query.sort());
        boolean fragmentOnly = request.getHeaders().contains("HX-Request")
                && !request.getHeaders().contains("HX-History-Restore-Request");
        List<SelectOption> colleagues = new ArrayList<>();
        colleagues.add(new SelectOption("", words.of("staff.item.assign.choose")));
        staff.inTeam(teamId).forEach(s -> colleagues.add(new SelectOption(String.valueOf(s.id()), s.displayName())));
        return Page.of(fragmentOnly ? "staff/queue/queue :: results" : "staff/queue/queue")
                .with("team", team)
                .with("rows", rows(found, query))
                .with("query", query)
                .with("headers", headers(teamId, query))
                .with("colleagues", colleagues)
                .with("errors", errors)
                .with("csvHref", query.csvHref(teamId))
                .with("assignedOptions", assignedOptions())
                .with("statusOptions", statusOptions())
                .with("nextHref", page.next().map(c -> query.href(teamId, Optional.of(c))).orElse(null))
                .with("firstHref", query.isFirstPage() ? null : query.href(teamId, Optional.empty()))
                .with("backLink", "/staff");
    }

    /** The sortable columns' headings: each a link, the sorted one saying which way (aria-sort). */
    private java.util.Map<String, SortHeader> headers(long teamId, QueueQuery query) {
        java.util.Map<String, SortHeader> headers = new java.util.LinkedHashMap<>();
        for (QueueSort column : QueueSort.values()) {
            headers.put(column.code(), new SortHeader(words.of("staff.queue.col." + column.code()),
                    query.sortHref(teamId, column), column == query.sort() ? query.orderValue() : null));
        }
        return headers;
    }

    private QueueRow row(WorkItem item, LocalDate today, WorkingDays calendar, Tag fund, Tag newInformation) {
        return new QueueRow(item.id(), item.version(), item.reference(), item.title(), DisplayDates.dayOf(item.createdAt()),
                DisplayDates.day(item.dueDate()), tags.due(Deadline.of(item, today, calendar)),
                tags.status(item.status()),
                item.assigneeName() == null ? words.of("staff.queue.unassigned") : item.assigneeName(), fund,
                newInformation);
    }

    private QueueCard card(QueueSummary s) {
        return new QueueCard(s.team().id(), s.team().name(), s.open(), s.overdue(), s.unassigned(),
                s.oldestOpenSince() == null ? null : DisplayDates.day(s.oldestOpenSince()),
                s.team().function() == TeamFunction.SUPPORT ? (long) funds.itemsNeedingAttention(s.team().id()).size() : null);
    }

    private List<SelectOption> assignedOptions() {
        return List.of(new SelectOption("anyone", words.of("staff.queue.filter.anyone")),
                new SelectOption("me", words.of("staff.queue.filter.me")),
                new SelectOption("unassigned", words.of("staff.queue.filter.unassigned")));
    }

    private List<SelectOption> statusOptions() {
        List<SelectOption> options = new ArrayList<>();
        options.add(new SelectOption("", words.of("staff.queue.filter.allOpen")));
        for (WorkItemStatus s : WorkItemStatus.values()) {
            options.add(new SelectOption(s.name(), words.of(ItemTags.statusKey(s))
                    + (s.isOpen() ? "" : " " + words.of("staff.queue.filter.closedSuffix"))));
        }
        return options;
    }
}
