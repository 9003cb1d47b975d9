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

    public QueueController(WorkQueue queue, BankHolidays holidays,
                           ItemTags tags, StaffWords words, Clock clock, FundApplications funds,
                           RequesterInformation requesterInformation, EmergencyNumbers emergencyNumbers) {
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
                                 @Nullable @QueryValue String afterDue, @Nullable @QueryValue String afterId,
                                 @Nullable @QueryValue String reference) {
        StaffMember me = Visitor.of(request).staff();
        QueueQuery query = QueueQuery.from(assigned, status, afterDue, afterId, reference);
        return ResultPages.answer(queue.queue(me, teamId, query.filter(QueuePage.rowsToRead(QueuePage.SIZE))),
                found -> page(request, found, query), problems -> ResultPages.notFound());
    }

    private HttpResponse<?> page(HttpRequest<?> request, TeamQueue found, QueueQuery query) {
        Team team = found.team();
        long teamId = team.id();
        QueuePage page = QueuePage.of(found.items(), QueuePage.SIZE);

        LocalDate today = Times.todayUk(clock);
        WorkingDays calendar = holidays.calendar();
        java.util.Set<Long> fundDeadlines = team.function() == TeamFunction.SUPPORT
                ? funds.itemsNeedingAttention(teamId) : java.util.Set.of();
        java.util.Set<Long> newInformation = team.function() == TeamFunction.SUPPORT
                ? requesterInformation.itemsWithNewInformation(teamId) : java.util.Set.of();
        Tag fundTag = new Tag(words.of("staff.queue.fundDeadline"), "orange");
        Tag newInformationTag = new Tag(words.of("staff.queue.newInformation"), "pink");
        List<QueueRow> rows = page.items().stream()
                .map(item -> row(item, today, calendar, fundDeadlines.contains(item.id()) ? fundTag : null,
                        newInformation.contains(item.id()) ? newInformationTag : null)).toList();
        boolean fragmentOnly = request.getHeaders().contains("HX-Request")
                && !request.getHeaders().contains("HX-History-Restore-Request");
        return Page.of(fragmentOnly ? "staff/queue/queue :: results" : "staff/queue/queue")
                .with("team", team)
                .with("rows", rows)
                .with("query", query)
                .with("assignedOptions", assignedOptions())
                .with("statusOptions", statusOptions())
                .with("nextHref", page.next().map(c -> query.href(teamId, Optional.of(c))).orElse(null))
                .with("firstHref", query.isFirstPage() ? null : query.href(teamId, Optional.empty()))
                .with("backLink", "/staff")
                .response();
    }

    private QueueRow row(WorkItem item, LocalDate today, WorkingDays calendar, Tag fund, Tag newInformation) {
        return new QueueRow(item.id(), item.reference(), item.title(), DisplayDates.dayOf(item.createdAt()),
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
