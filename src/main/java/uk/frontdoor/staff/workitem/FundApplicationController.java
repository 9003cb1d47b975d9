package uk.frontdoor.staff.workitem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import java.net.URI;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.core.support.SupportRequests;
import uk.frontdoor.core.support.fund.FundApplication;
import uk.frontdoor.core.support.fund.FundApplicationEntry;
import uk.frontdoor.core.support.fund.FundApplications;
import uk.frontdoor.core.support.fund.FundDecision;
import uk.frontdoor.core.work.WorkItem;
import uk.frontdoor.core.work.WorkKind;
import uk.frontdoor.core.work.WorkQueue;
import uk.frontdoor.platform.time.Times;
import uk.frontdoor.web.access.StaffOnly;
import uk.frontdoor.web.form.Choice;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.view.Page;

/**
 * Adding and changing a support case's applications to the Adoption and Special Guardianship Support Fund,
 * from its work item. Only staff who may see the item's team get in; an application of another case is
 * not found. Each change is audited and written to the item's history.
 */
@Controller("/staff/items/{id}/fund-applications")
@StaffOnly
public class FundApplicationController {
    private final WorkQueue queue;
    private final FundApplications applications;
    private final AuditLog audit;
    private final Clock clock;

    public FundApplicationController(WorkQueue queue, FundApplications applications, AuditLog audit, Clock clock) {
        this.queue = queue;
        this.applications = applications;
        this.audit = audit;
        this.clock = clock;
    }

    @Get("/new")
    public HttpResponse<?> blank(HttpRequest<?> request, @PathVariable long id) {
        return withCase(request, id, (item, me) -> form(item, null, FundApplicationEntry.of(f -> ""), new FormErrors())
                .response());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> add(HttpRequest<?> request, @PathVariable long id, FormData form) {
        return withCase(request, id, (item, me) -> {
            FundApplicationEntry entry = FundApplicationEntry.of(form::get);
            List<Problem> problems = entry.problems(Times.todayUk(clock));
            if (!problems.isEmpty()) {
                return refused(item, null, entry, problems);
            }
            applications.add(item.id(), entry.application(0, item.subjectId(), 0), me);
            return HttpResponse.seeOther(URI.create("/staff/items/" + item.id() + "?done=fund#fund-applications"));
        });
    }

    @Get("/{applicationId}")
    public HttpResponse<?> edit(HttpRequest<?> request, @PathVariable long id, @PathVariable long applicationId) {
        return withCase(request, id, (item, me) -> applications.find(item.subjectId(), applicationId)
                .<HttpResponse<?>>map(a -> {
                    audit.staff(me.id(), "VIEW_ASGSF_APPLICATION", SupportRequests.SUBJECT_TYPE, item.subjectId(),
                            item.reference());
                    return form(item, a, FundApplicationEntry.from(a), new FormErrors()).response();
                })
                .orElseGet(FundApplicationController::notFound));
    }

    @Post("/{applicationId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> change(HttpRequest<?> request, @PathVariable long id, @PathVariable long applicationId,
                                  FormData form) {
        return withCase(request, id, (item, me) -> {
            Optional<FundApplication> kept = applications.find(item.subjectId(), applicationId);
            if (kept.isEmpty()) {
                return notFound();
            }
            FundApplicationEntry entry = FundApplicationEntry.of(form::get);
            List<Problem> problems = entry.problems(Times.todayUk(clock));
            if (!problems.isEmpty()) {
                return refused(item, kept.get(), entry, problems);
            }
            int version = ItemForms.version(form);
            if (!applications.update(item.id(), entry.application(applicationId, item.subjectId(), version), me)) {
                FundApplication now = applications.find(item.subjectId(), applicationId).orElseThrow();
                return form(item, now, FundApplicationEntry.from(now), new FormErrors())
                        .with("changedMeanwhile", true).status(HttpStatus.CONFLICT).response();
            }
            return HttpResponse.seeOther(URI.create("/staff/items/" + item.id() + "?done=fund#fund-applications"));
        });
    }

    private HttpResponse<?> refused(WorkItem item, FundApplication kept, FundApplicationEntry entry,
                                    List<Problem> problems) {
        FormErrors errors = new FormErrors();
        problems.forEach(p -> errors.add(p.field(), p.messageKey()));
        return form(item, kept, entry, errors).status(HttpStatus.UNPROCESSABLE_ENTITY).response();
    }

    private Page form(WorkItem item, FundApplication kept, FundApplicationEntry entry, FormErrors errors) {
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

    /** The item, if it is a support request this person's teams may see; else 404 (not theirs or not a case). */
    private HttpResponse<?> withCase(HttpRequest<?> request, long id,
                                     BiFunction<WorkItem, StaffMember, HttpResponse<?>> action) {
        StaffMember me = Visitor.of(request).staff();
        Optional<WorkItem> item = queue.find(id);
        if (item.isEmpty() || item.get().kind() != WorkKind.SUPPORT_REQUEST
                || !SupportRequests.SUBJECT_TYPE.equals(item.get().subjectType())) {
            return notFound();
        }
        if (!me.canSeeTeam(item.get().teamId())) {
            return Page.of("errors/forbidden").status(HttpStatus.FORBIDDEN).response();
        }
        return action.apply(item.get(), me);
    }

    private static HttpResponse<?> notFound() {
        return Page.of("errors/not-found").status(HttpStatus.NOT_FOUND).response();
    }
}
