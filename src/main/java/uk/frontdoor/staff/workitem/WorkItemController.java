package uk.frontdoor.staff.workitem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import uk.frontdoor.core.region.Team;
import uk.frontdoor.core.staff.StaffAccounts;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.core.work.ContactEntry;
import uk.frontdoor.core.journey.AdopterJourney;
import uk.frontdoor.core.journey.JourneyActor;
import uk.frontdoor.core.journey.JourneyEvent;
import uk.frontdoor.core.journey.JourneyState;
import uk.frontdoor.core.work.TriageOutcome;
import uk.frontdoor.core.work.WorkItem;
import uk.frontdoor.core.work.WorkItemEvent;
import uk.frontdoor.core.work.WorkKind;
import uk.frontdoor.core.work.WorkQueue;
import uk.frontdoor.core.work.WorkQueue.Change;
import uk.frontdoor.staff.StaffWords;
import uk.frontdoor.web.access.StaffOnly;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.view.Page;

/**
 * A work item: see it, take it ("Assign to me"), give it to a colleague, log a contact and record the
 * triage outcome. Only staff who may see the item's team get in. When someone else changed the item
 * first, the page is shown again, as it now is, saying who.
 */
@Controller("/staff/items/{id}")
@StaffOnly
public class WorkItemController {
    private static final Set<String> DONE = Set.of("claimed", "assigned", "contact", "outcome", "fund");
    private final java.time.Clock clock;

    private final WorkQueue queue;
    private final ItemPage page;
    private final StaffAccounts accounts;
    private final StaffWords words;

    public WorkItemController(WorkQueue queue, ItemPage page, StaffAccounts accounts, StaffWords words,
                              java.time.Clock clock) {
        this.clock = clock;
        this.queue = queue;
        this.page = page;
        this.accounts = accounts;
        this.words = words;
    }

    @Get
    public HttpResponse<?> show(HttpRequest<?> request, @PathVariable long id, @Nullable @QueryValue String done) {
        return withItem(request, id, (item, me) -> "REGISTRATION".equals(item.subjectType())
                ? HttpResponse.seeOther(URI.create("/staff/registrations/" + item.subjectId()))
                : page.show(item, me,
                done != null && DONE.contains(done) ? new Banner(words.of("staff.item.done." + done), true) : null));
    }

    @Post("/claim")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> claim(HttpRequest<?> request, @PathVariable long id) {
        return withItem(request, id, (item, me) -> after(queue.claim(id, me), me, "claimed", true));
    }

    @Post("/assign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> assign(HttpRequest<?> request, @PathVariable long id, FormData form) {
        return withItem(request, id, (item, me) -> {
            long assignee = ItemForms.id(form.get("assignee"));
            if (accounts.inTeam(item.teamId()).stream().noneMatch(s -> s.id() == assignee)) {
                return page.refused(item, me, new FormErrors().add("assignee", "staff.item.assign.error.choose"),
                        new ItemAnswers(form.get("assignee"), "", "", "", "", "", "", ""));
            }
            return after(queue.assign(id, ItemForms.version(form), assignee, me), me, "assigned", false);
        });
    }

    @Post("/contacts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> logContact(HttpRequest<?> request, @PathVariable long id, FormData form) {
        return withItem(request, id, (item, me) -> {
            if (!item.status().isOpen()) {
                return page.conflict(item, me, closedBanner());
            }
            ContactForm contact = ContactForm.read(form);
            FormErrors errors = contact.check(new FormErrors());
            if (!errors.isEmpty()) {
                return page.refused(item, me, errors, contact.answers());
            }
            return after(queue.logContact(id, me, contact.channel().orElseThrow(), contact.summary()), me, "contact",
                    false);
        });
    }

    @Post("/support-outcome")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> recordSupportOutcome(HttpRequest<?> request, @PathVariable long id, FormData form) {
        return withItem(request, id, (item, me) -> {
            if (item.kind() != WorkKind.SUPPORT_REQUEST) {
                return Page.of("errors/not-found").status(HttpStatus.NOT_FOUND).response();
            }
            SupportOutcomeForm outcome = SupportOutcomeForm.read(form);
            List<StaffSummaryLike> team = accounts.inTeam(item.teamId()).stream()
                    .map(s -> new StaffSummaryLike(s.id(), s.displayName())).toList();
            FormErrors errors = outcome.check(uk.frontdoor.platform.time.Times.todayUk(clock),
                    team.stream().map(StaffSummaryLike::id).toList(), new FormErrors());
            if (!errors.isEmpty()) {
                return page.refusedSupport(item, me, errors, outcome.typed());
            }
            Long worker = outcome.worker();
            String workerName = team.stream().filter(s -> worker != null && s.id() == worker)
                    .map(StaffSummaryLike::name).findFirst().orElse("");
            return after(queue.recordSupportOutcome(id, outcome.version(), me, outcome.outcome().orElseThrow(),
                    outcome.detail(workerName), worker), me, "outcome", false);
        });
    }

    private record StaffSummaryLike(long id, String name) {
    }

    @Post("/outcome")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> recordOutcome(HttpRequest<?> request, @PathVariable long id, FormData form) {
        return withItem(request, id, (item, me) -> {
            if (item.kind() == WorkKind.SUPPORT_REQUEST) {
                return Page.of("errors/not-found").status(HttpStatus.NOT_FOUND).response();
            }
            OutcomeForm outcome = OutcomeForm.read(form);
            FormErrors errors = outcome.check(item.reference(), new FormErrors());
            Long related = null;
            Team rerouteTo = null;
            if (errors.isEmpty() && outcome.outcome().orElseThrow() == TriageOutcome.INVITE_TO_REGISTER
                    && !AdopterJourney.allows(JourneyState.ENQUIRY, JourneyEvent.INVITE_TO_REGISTER, JourneyActor.of(me))) {
                errors.add("outcome", "staff.outcome.error.mayNotInvite");
            }
            if (errors.isEmpty() && outcome.outcome().orElseThrow() == TriageOutcome.DUPLICATE) {
                Optional<WorkItem> other = queue.findByReference(outcome.otherReference(), item.kind());
                if (other.isEmpty()) {
                    errors.add("otherReference", "staff.outcome.error.referenceUnknown");
                } else {
                    related = other.get().id();
                }
            }
            if (errors.isEmpty() && outcome.outcome().orElseThrow() == TriageOutcome.REROUTE) {
                List<Team> teams = page.rerouteTeams(item);
                if (teams.isEmpty()) {
                    errors.add("outcome", "staff.outcome.error.noOtherSpoke");
                } else if (teams.size() == 1) {
                    rerouteTo = teams.get(0);
                } else {
                    long chosen = ItemForms.id(outcome.rerouteTeam());
                    rerouteTo = teams.stream().filter(t -> t.id() == chosen).findFirst().orElse(null);
                    if (rerouteTo == null) {
                        errors.add("rerouteTeam", "staff.outcome.error.rerouteTeamMissing");
                    }
                }
            }
            if (!errors.isEmpty()) {
                return page.refused(item, me, errors, outcome.answers());
            }
            return after(queue.recordOutcome(id, outcome.version(), me, outcome.outcome().orElseThrow(),
                    outcome.detail(), related, rerouteTo), me, "outcome", false);
        });
    }

    /** Finds the item and lets the action run only for staff who may see its team. */
    private HttpResponse<?> withItem(HttpRequest<?> request, long id,
                                     BiFunction<WorkItem, StaffMember, HttpResponse<?>> action) {
        StaffMember me = Visitor.of(request).staff();
        Optional<WorkItem> item = queue.find(id);
        if (item.isEmpty()) {
            return Page.of("errors/not-found").status(HttpStatus.NOT_FOUND).response();
        }
        if (!me.canSeeTeam(item.get().teamId())) {
            return Page.of("errors/forbidden").status(HttpStatus.FORBIDDEN).response();
        }
        return action.apply(item.get(), me);
    }

    private HttpResponse<?> after(Change change, StaffMember me, String done, boolean claiming) {
        if (change instanceof Change.Done d) {
            return HttpResponse.seeOther(URI.create("/staff/items/" + d.item().id() + "?done=" + done));
        }
        if (change instanceof Change.Conflict c) {
            return page.conflict(c.item(), me, claiming ? claimConflict(c.item(), me) : changedConflict(c.item(), me));
        }
        if (change instanceof Change.Closed c) {
            return page.conflict(c.item(), me, closedBanner());
        }
        return Page.of("errors/not-found").status(HttpStatus.NOT_FOUND).response();
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

    private Banner closedBanner() {
        return new Banner(words.of("staff.item.conflict.closed"), false);
    }
}
