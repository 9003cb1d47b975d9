package uk.frontdoor.staff.workitem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.core.work.WorkItem;
import uk.frontdoor.core.work.WorkQueue;
import uk.frontdoor.staff.StaffWords;
import uk.frontdoor.web.access.StaffOnly;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.view.ResultPages;

/**
 * A work item: see it, take it ("Assign to me"), give it to a colleague, log a contact and record the triage or
 * support outcome. Each action binds its form, calls {@link WorkQueue} once and shows what came of it: the item again
 * (303), the 404 page (an item outside the person's teams, or of the wrong kind), the form again with its errors
 * (422), or the item as it now is saying who changed it first (409).
 */
@Controller("/staff/items/{id}")
@StaffOnly
public class WorkItemController {
    private static final Set<String> DONE = Set.of("claimed", "assigned", "contact", "outcome", "fund");

    private final WorkQueue queue;
    private final ItemPage page;
    private final StaffWords words;

    public WorkItemController(WorkQueue queue, ItemPage page, StaffWords words) {
        this.queue = queue;
        this.page = page;
        this.words = words;
    }

    @Get
    public HttpResponse<?> show(HttpRequest<?> request, @PathVariable long id, @Nullable @QueryValue String done) {
        return page.show(me(request), id,
                done != null && DONE.contains(done) ? new Banner(words.of("staff.item.done." + done), true) : null);
    }

    @Post("/claim")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> claim(HttpRequest<?> request, @PathVariable long id) {
        StaffMember me = me(request);
        return answer(queue.claim(id, me), me, id, "claimed",
                problems -> page.refused(me, id, problems, ItemAnswers.NONE));
    }

    @Post("/assign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> assign(HttpRequest<?> request, @PathVariable long id, FormData form) {
        StaffMember me = me(request);
        return answer(queue.assign(id, ItemForms.version(form), ItemForms.id(form.get("assignee")), me), me, id,
                "assigned", problems -> page.refused(me, id, problems,
                        new ItemAnswers(form.get("assignee"), "", "", "", "", "", "", "")));
    }

    @Post("/contacts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> logContact(HttpRequest<?> request, @PathVariable long id, FormData form) {
        StaffMember me = me(request);
        ContactForm contact = ContactForm.read(form);
        return answer(queue.logContact(id, me, contact.contact()), me, id, "contact",
                problems -> page.refused(me, id, problems, contact.answers()));
    }

    @Post("/outcome")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> recordOutcome(HttpRequest<?> request, @PathVariable long id, FormData form) {
        StaffMember me = me(request);
        OutcomeForm outcome = OutcomeForm.read(form);
        return answer(queue.recordOutcome(id, outcome.version(), me, outcome.choice()), me, id, "outcome",
                problems -> page.refused(me, id, problems, outcome.answers()));
    }

    @Post("/support-outcome")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> recordSupportOutcome(HttpRequest<?> request, @PathVariable long id, FormData form) {
        StaffMember me = me(request);
        SupportOutcomeForm outcome = SupportOutcomeForm.read(form);
        return answer(queue.recordSupportOutcome(id, outcome.version(), me, outcome.choice()), me, id, "outcome",
                problems -> page.refusedSupport(me, id, problems, outcome.typed()));
    }

    private HttpResponse<?> answer(Result<WorkItem> result, StaffMember me, long id, String done,
                                   Function<List<Problem>, MutableHttpResponse<?>> refused) {
        return ResultPages.answer(result,
                item -> HttpResponse.seeOther(URI.create("/staff/items/" + item.id() + "?done=" + done)),
                refused, (current, reason) -> page.conflict(me, id, reason));
    }

    private static StaffMember me(HttpRequest<?> request) {
        return Visitor.of(request).staff();
    }
}
