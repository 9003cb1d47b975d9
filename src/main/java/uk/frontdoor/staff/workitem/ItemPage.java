package uk.frontdoor.staff.workitem;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.audit.Subject;
import uk.frontdoor.core.calendar.BankHolidays;
import uk.frontdoor.core.enquiry.EnquiryRecords;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.core.region.Team;
import uk.frontdoor.core.staff.StaffAccounts;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.core.support.RequesterInformation;
import uk.frontdoor.core.support.SupportRecords;
import uk.frontdoor.core.support.fund.FundApplication;
import uk.frontdoor.core.support.fund.FundApplications;
import uk.frontdoor.core.support.fund.FundDeadlines;
import uk.frontdoor.core.work.ContactChannel;
import uk.frontdoor.core.work.ContactEntry;
import uk.frontdoor.core.work.Deadline;
import uk.frontdoor.core.work.SupportOutcome;
import uk.frontdoor.core.work.TriageOutcome;
import uk.frontdoor.core.work.WorkItem;
import uk.frontdoor.core.work.WorkItemEvent;
import uk.frontdoor.core.work.WorkQueue;
import uk.frontdoor.platform.time.Times;
import uk.frontdoor.staff.DisplayDates;
import uk.frontdoor.staff.ItemTags;
import uk.frontdoor.staff.StaffWords;
import uk.frontdoor.staff.Tag;
import uk.frontdoor.web.form.Choice;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.form.SelectOption;
import uk.frontdoor.web.view.Page;
import uk.frontdoor.web.view.ResultPages;

/**
 * Puts together a work item's page: the enquiry or support request in full, the clock, assignment, contact log,
 * outcome forms and history. It reads the item through {@link WorkQueue#open}, which audits the view, so every page
 * shown has exactly one view row; new information from a requester stops being new only when the owning team reads
 * it ({@link RequesterInformation#read}).
 */
@Singleton
public class ItemPage {
    private final WorkQueue queue;
    private final EnquiryRecords enquiries;
    private final EnquiryAnswers answers;
    private final SupportRecords supportRequests;
    private final SupportRequestRows supportRows;
    private final RegionDirectory region;
    private final StaffAccounts staff;
    private final BankHolidays holidays;
    private final ItemTags tags;
    private final StaffWords words;
    private final Clock clock;
    private final FundApplications fundApplications;
    private final RequesterInformation requesterInformation;

    ItemPage(WorkQueue queue, EnquiryRecords enquiries, EnquiryAnswers answers, SupportRecords supportRequests,
             SupportRequestRows supportRows, RegionDirectory region, StaffAccounts staff, BankHolidays holidays,
             ItemTags tags, StaffWords words, Clock clock, FundApplications fundApplications,
             RequesterInformation requesterInformation) {
        this.requesterInformation = requesterInformation;
        this.fundApplications = fundApplications;
        this.queue = queue;
        this.enquiries = enquiries;
        this.answers = answers;
        this.supportRequests = supportRequests;
        this.supportRows = supportRows;
        this.region = region;
        this.staff = staff;
        this.holidays = holidays;
        this.tags = tags;
        this.words = words;
        this.clock = clock;
    }

    /** The item's page as it is now, with a banner (or none). */
    MutableHttpResponse<?> show(StaffMember me, long id, Banner banner) {
        return render(me, id, banner, new FormErrors(), ItemAnswers.NONE, emptySupportForm(), HttpStatus.OK);
    }

    /** The page again with what was typed into one of its forms and why it was refused. */
    MutableHttpResponse<?> refused(StaffMember me, long id, List<Problem> problems, ItemAnswers typed) {
        return render(me, id, null, FormErrors.of(problems), typed, emptySupportForm(), HttpStatus.UNPROCESSABLE_ENTITY);
    }

    /** The page again with the support outcome form as typed and why it was refused. */
    MutableHttpResponse<?> refusedSupport(StaffMember me, long id, List<Problem> problems, Map<String, String> typed) {
        return render(me, id, null, FormErrors.of(problems), ItemAnswers.NONE, typed, HttpStatus.UNPROCESSABLE_ENTITY);
    }

    /** The page as it now is, saying why nothing changed ({@code reason}: a {@link WorkQueue} conflict). */
    MutableHttpResponse<?> conflict(StaffMember me, long id, String reason) {
        return render(me, id, null, new FormErrors(), ItemAnswers.NONE, emptySupportForm(), HttpStatus.CONFLICT,
                reason);
    }

    private MutableHttpResponse<?> render(StaffMember me, long id, Banner banner, FormErrors errors, ItemAnswers typed,
                                          Map<String, String> supportTyped, HttpStatus status) {
        return render(me, id, banner, errors, typed, supportTyped, status, null);
    }

    /**
     * Every showing of the page reads the item through {@link WorkQueue#open}, which writes its one view row (a form
     * shown again after a refused or conflicting change included: the change itself writes none).
     */
    private MutableHttpResponse<?> render(StaffMember me, long id, Banner banner, FormErrors errors, ItemAnswers typed,
                                          Map<String, String> supportTyped, HttpStatus status, String conflict) {
        Result<WorkItem> opened = queue.open(me, id);
        if (!(opened instanceof Result.Done<WorkItem> done)) {
            return ResultPages.notFound();
        }
        WorkItem item = done.value();
        if (item.subjectType() == Subject.REGISTRATION) {
            return HttpResponse.seeOther(URI.create("/staff/registrations/" + item.subjectId()));
        }
        Banner shown = conflict == null ? banner : conflictBanner(item, me, conflict);
        return page(item, me, shown, errors, typed).with("supportTyped", supportTyped).status(status).response();
    }

    private Banner conflictBanner(WorkItem item, StaffMember me, String reason) {
        return switch (reason) {
            case WorkQueue.CLAIMED -> claimConflict(item, me);
            case WorkQueue.CHANGED -> changedConflict(item, me);
            default -> new Banner(words.of("staff.item.conflict.closed"), false);
        };
    }

    /** "Sam Jones is already dealing with this item": the claim lost, and who won. */
    private Banner claimConflict(WorkItem item, StaffMember me) {
        if (item.assignedTo() != null && item.assignedTo() == me.id()) {
            return new Banner(words.of("staff.item.conflict.alreadyYours"), false);
        }
        return new Banner(words.of("staff.item.conflict.claimedBy", item.assigneeName()), false);
    }

    /** Someone changed the item after this person opened it: say who, from its latest history or contact. */
    private Banner changedConflict(WorkItem item, StaffMember me) {
        List<WorkItemEvent> history = queue.history(item.id());
        List<ContactEntry> contacts = queue.contacts(item.id());
        String who = history.isEmpty() ? null : history.get(0).staffName();
        if (!contacts.isEmpty() && (history.isEmpty() || !contacts.get(0).at().isBefore(history.get(0).at()))) {
            who = contacts.get(0).staffName();
        }
        if (who == null || who.equals(me.displayName())) {
            return new Banner(words.of("staff.item.conflict.changed"), false);
        }
        return new Banner(words.of("staff.item.conflict.changedBy", who), false);
    }

    private Page page(WorkItem item, StaffMember me, Banner banner, FormErrors errors, ItemAnswers typed) {
        Page page = Page.of("staff/workitem/item")
                .with("item", item)
                .with("open", item.status().isOpen())
                .with("nextAction", uk.frontdoor.core.work.NextAction.of(item).map(uk.frontdoor.core.work.NextAction::messageKey)
                        .orElse(null))
                .with("teamName", region.team(item.teamId()).map(Team::name).orElse(""))
                .with("statusTag", tags.status(item.status()))
                .with("dueTag", tags.due(Deadline.of(item, Times.todayUk(clock), holidays.calendar())))
                .with("dueDate", DisplayDates.day(item.dueDate()))
                .with("received", DisplayDates.moment(item.createdAt()))
                .with("firstResponse", item.firstResponseAt() == null ? null : DisplayDates.moment(item.firstResponseAt()))
                .with("assignee", item.assigneeName())
                .with("mine", item.assignedTo() != null && item.assignedTo() == me.id())
                .with("colleagues", colleagues(item))
                .with("channels", Arrays.stream(ContactChannel.values())
                        .map(c -> Choice.of(c.name(), "staff.channel." + c.name())).toList())
                .with("outcomes", Arrays.stream(TriageOutcome.values())
                        .map(o -> Choice.of(o.name(), "staff.outcome." + o.name())).toList())
                .with("rerouteOptions", rerouteOptions(item))
                .with("triageRevealing", Arrays.stream(TriageOutcome.values())
                        .filter(o -> o.needs() != TriageOutcome.Needs.NOTHING
                                && (o.needs() != TriageOutcome.Needs.OTHER_SPOKE || !rerouteOptions(item).isEmpty()))
                        .map(Enum::name).toList())
                .with("supportRevealing", Arrays.stream(SupportOutcome.values()).map(Enum::name).toList())
                .with("timeline", TimelineEntry.merge(
                        queue.contacts(item.id()).stream().map(this::contactEntry).toList(),
                        queue.history(item.id()).stream().map(this::historyEntry).toList()))
                .with("related", relatedLink(item))
                .with("banner", banner)
                .with("errors", errors)
                .with("typed", typed)
                .with("supportOutcomes", Arrays.stream(SupportOutcome.values())
                        .map(o -> Choice.of(o.name(), "staff.supportOutcome." + o.name())).toList())
                .with("backLink", "/staff/queues/" + item.teamId());
        if (item.subjectType() == Subject.ENQUIRY) {
            enquiries.find(item.subjectId()).ifPresent(e -> page.with("enquiry", answers.rows(e)));
        } else if (item.subjectType() == Subject.SUPPORT_REQUEST) {
            supportRequests.find(item.subjectId())
                    .ifPresent(r -> page.with("support", supportRows.view(r, Times.todayUk(clock))));
            page.with("fundRows", fundRows(item));
            page.with("requesterInformation", requesterInformation.read(me, item).stream()
                    .map(i -> new RequesterNote(DisplayDates.moment(i.addedAt()), i.seenAt() == null, i.text().lines().toList()))
                    .toList());
        }
        return page;
    }

    /** The case's support fund applications, oldest first, each with what it needs soon. */
    private List<FundRow> fundRows(WorkItem item) {
        List<FundRow> rows = new ArrayList<>();
        fundApplications.withAttention(fundApplications.forRequest(item.subjectId())).forEach((a, attention) ->
                rows.add(fundRow(item, a, attention)));
        return rows;
    }

    private FundRow fundRow(WorkItem item, FundApplication a, FundDeadlines.Attention attention) {
        String period = a.endsOn() == null ? words.of("common.notGiven")
                : a.startsOn() == null ? words.of("staff.fund.until", DisplayDates.day(a.endsOn()))
                : words.of("staff.fund.period", DisplayDates.day(a.startsOn()), DisplayDates.day(a.endsOn()));
        String decision = words.of("staff.fund.decision." + a.decision().name())
                + (a.decidedOn() == null ? "" : " " + words.of("staff.fund.decidedOnDay", DisplayDates.day(a.decidedOn())));
        return new FundRow("/staff/items/" + item.id() + "/fund-applications/" + a.id(), DisplayDates.day(a.appliedOn()),
                a.therapyType(), a.provider(), a.amount(), decision, period,
                attention == null ? null : new Tag(words.of("staff.fund.attention." + attention.name()), "orange"));
    }

    private static Map<String, String> emptySupportForm() {
        Map<String, String> empty = new HashMap<>();
        SupportOutcomeForm.FIELDS.forEach(f -> empty.put(f, ""));
        return empty;
    }

    private List<SelectOption> colleagues(WorkItem item) {
        List<SelectOption> options = new ArrayList<>();
        options.add(new SelectOption("", words.of("staff.item.assign.choose")));
        staff.inTeam(item.teamId()).forEach(s -> options.add(new SelectOption(String.valueOf(s.id()), s.displayName())));
        return options;
    }

    /** A choice of team only where there is more than one other spoke to send the item to. */
    private List<SelectOption> rerouteOptions(WorkItem item) {
        List<Team> teams = queue.rerouteTeams(item);
        return teams.size() < 2 ? List.of()
                : teams.stream().map(t -> new SelectOption(String.valueOf(t.id()), t.name())).toList();
    }

    /** Where a re-routed item went, or the enquiry a duplicate repeats. */
    private RelatedLink relatedLink(WorkItem item) {
        if (item.relatedItemId() == null) {
            return null;
        }
        Optional<WorkItem> related = queue.find(item.relatedItemId());
        return related.map(r -> new RelatedLink("/staff/items/" + r.id(), r.reference(),
                region.team(r.teamId()).map(Team::name).orElse(""))).orElse(null);
    }

    public record RelatedLink(String href, String reference, String teamName) {
    }

    private TimelineEntry contactEntry(ContactEntry c) {
        return new TimelineEntry(c.at(), DisplayDates.moment(c.at()), c.staffName(),
                words.of("staff.channel." + c.channel().name()), c.summary().lines().toList(), true);
    }

    private TimelineEntry historyEntry(WorkItemEvent e) {
        HistoryLine line = historyLine(e);
        return new TimelineEntry(e.at(), line.when(), line.who(), line.what(),
                line.detail() == null ? List.of() : List.of(line.detail()), false);
    }

    public HistoryLine historyLine(WorkItemEvent e) {
        String type = e.eventType();
        String what;
        if (type.startsWith("OUTCOME:")) {
            what = words.of("staff.outcomeDone." + type.substring("OUTCOME:".length()));
        } else if (type.equals("STATUS") && e.fromStatus() != null && e.toStatus() != null) {
            what = words.of("staff.history.STATUS", words.of(ItemTags.statusKey(e.fromStatus())),
                    words.of(ItemTags.statusKey(e.toStatus())));
        } else if (type.equals(WorkQueue.RETURNED_TO_QUEUE)) {
            // the entry keeps only the name of the person who had the item; the bundle says what happened
            return new HistoryLine(DisplayDates.moment(e.at()), e.staffName(),
                    words.of("staff.history." + type, e.detail()), null);
        } else {
            what = words.of("staff.history." + type);
        }
        String said = e.wording() == null ? e.detail() : words.of(e.wording().code(), e.wording().args().toArray());
        return new HistoryLine(DisplayDates.moment(e.at()), e.staffName(), what, said);
    }
}
