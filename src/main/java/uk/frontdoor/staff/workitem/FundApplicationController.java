package uk.frontdoor.staff.workitem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import java.net.URI;
import java.util.Arrays;
import java.util.function.Function;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.core.support.fund.FundApplication;
import uk.frontdoor.core.support.fund.FundApplicationEntry;
import uk.frontdoor.core.support.fund.FundApplications;
import uk.frontdoor.core.support.fund.FundDecision;
import uk.frontdoor.core.work.WorkItem;
import uk.frontdoor.web.access.StaffOnly;
import uk.frontdoor.web.form.Choice;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.view.Page;
import uk.frontdoor.web.view.ResultPages;

/**
 * Adding and changing a support case's applications to the Adoption and Special Guardianship Support Fund, from its
 * work item. Each action binds the form, calls {@link FundApplications} once and shows what came of it: the item
 * (303), the 404 page (an item outside the person's teams, not a support case, or an application of another case),
 * the form again with its errors (422), or the application as it now is (409).
 */
@Controller("/staff/items/{id}/fund-applications")
@StaffOnly
public class FundApplicationController {
    private final FundApplications applications;

    public FundApplicationController(FundApplications applications) {
        this.applications = applications;
    }

    @Get("/new")
    public HttpResponse<?> blank(HttpRequest<?> request, @PathVariable long id) {
        return ResultPages.answer(applications.caseOf(me(request), id),
                item -> form(item, null, FundApplicationEntry.of(f -> ""), new FormErrors()).response(),
                problems -> ResultPages.notFound());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> add(HttpRequest<?> request, @PathVariable long id, FormData form) {
        StaffMember me = me(request);
        FundApplicationEntry entry = FundApplicationEntry.of(form::get);
        return ResultPages.answer(applications.add(me, id, entry), added -> done(id),
                problems -> again(applications.caseOf(me, id), item -> form(item, null, entry, FormErrors.of(problems))));
    }

    @Get("/{applicationId}")
    public HttpResponse<?> edit(HttpRequest<?> request, @PathVariable long id, @PathVariable long applicationId) {
        return ResultPages.answer(applications.open(me(request), id, applicationId),
                kept -> form(kept.item(), kept.application(), FundApplicationEntry.from(kept.application()),
                        new FormErrors()).response(),
                problems -> ResultPages.notFound());
    }

    @Post("/{applicationId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> change(HttpRequest<?> request, @PathVariable long id, @PathVariable long applicationId,
                                  FormData form) {
        StaffMember me = me(request);
        FundApplicationEntry entry = FundApplicationEntry.of(form::get);
        return ResultPages.answer(applications.change(me, id, applicationId, ItemForms.version(form), entry),
                changed -> done(id),
                problems -> again(applications.open(me, id, applicationId),
                        kept -> form(kept.item(), kept.application(), entry, FormErrors.of(problems))),
                (now, reason) -> again(applications.open(me, id, applicationId),
                        kept -> form(kept.item(), kept.application(), FundApplicationEntry.from(kept.application()),
                                new FormErrors()).with(reason, true)));
    }

    /** The form shown again, read through core (which audits what it shows); 404 if it has gone meanwhile. */
    private static <T> MutableHttpResponse<?> again(Result<T> read, Function<T, Page> page) {
        return read instanceof Result.Done<T> d ? page.apply(d.value()).response() : ResultPages.notFound();
    }

    private static HttpResponse<?> done(long itemId) {
        return HttpResponse.seeOther(URI.create("/staff/items/" + itemId + "?done=fund#fund-applications"));
    }

    private static Page form(WorkItem item, FundApplication kept, FundApplicationEntry entry, FormErrors errors) {
        return Page.of("staff/workitem/fund-application")
                .with("item", item)
                .with("application", kept)
                .with("action", "/staff/items/" + item.id() + "/fund-applications" + (kept == null ? "" : "/" + kept.id()))
                .with("typed", entry.typed())
                .with("decisions", Arrays.stream(FundDecision.values())
                        .map(d -> Choice.of(d.name(), "staff.fund.decision." + d.name())).toList())
                .with("errors", errors)
                .with("backLink", "/staff/items/" + item.id());
    }

    private static StaffMember me(HttpRequest<?> request) {
        return Visitor.of(request).staff();
    }
}
