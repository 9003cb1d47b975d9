package uk.frontdoor.applicant.account;

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
import uk.frontdoor.core.applicant.Applicant;
import uk.frontdoor.core.applicant.ApplicantRecords;
import uk.frontdoor.core.applicant.MyRequest;
import uk.frontdoor.platform.time.Times;
import uk.frontdoor.core.support.RequesterInformation;
import uk.frontdoor.web.access.ApplicantOnly;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.view.Page;

/**
 * One of the signed-in person's support requests: where it stands, what they have added since, and a form to add
 * more. Found by its reference and the person's own email: any other reference (someone else's, or a guess) is
 * a 404, the same as one that does not exist.
 */
@Controller("/account/requests/{reference}")
@ApplicantOnly
public class RequestController {
    private final ApplicantRecords records;
    private final RequesterInformation information;

    public RequestController(ApplicantRecords records, RequesterInformation information) {
        this.records = records;
        this.information = information;
    }

    @Get
    public HttpResponse<?> show(HttpRequest<?> request, @PathVariable String reference, @Nullable @QueryValue String added) {
        Applicant me = Visitor.of(request).applicant();
        return records.supportRequest(me, reference)
                .<HttpResponse<?>>map(r -> page(me, r, "", new FormErrors()).with("added", added != null).response())
                .orElseGet(RequestController::notFound);
    }

    @Post("/information")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> add(HttpRequest<?> request, @PathVariable String reference, FormData form) {
        Applicant me = Visitor.of(request).applicant();
        Optional<MyRequest> mine = records.supportRequest(me, reference);
        if (mine.isEmpty()) {
            return notFound();
        }
        String text = form.get("information");
        Optional<String> problem = RequesterInformation.problem(text);
        if (problem.isPresent()) {
            return page(me, mine.get(), text, new FormErrors().add("information", problem.get()))
                    .status(HttpStatus.UNPROCESSABLE_ENTITY).response();
        }
        RequesterInformation.Outcome outcome = information.add(me, reference, text);
        if (outcome instanceof RequesterInformation.Outcome.NotFound) {
            return notFound();
        }
        if (outcome instanceof RequesterInformation.Outcome.Closed) {
            return page(me, mine.get(), text, new FormErrors()).status(HttpStatus.CONFLICT).response();
        }
        return HttpResponse.seeOther(URI.create("/account/requests/" + mine.get().reference() + "?added=true"));
    }

    private Page page(Applicant me, MyRequest r, String typed, FormErrors errors) {
        Optional<Long> id = information.requestOf(me, r.reference());
        List<AddedLine> added = id.map(information::forRequest).orElse(List.of()).stream()
                .map(i -> new AddedLine(Times.ukDay(i.addedAt()), i.text().lines().toList())).toList();
        return Page.of("applicant/request")
                .with("request", r)
                .with("acknowledgedByEmail", id.map(information::acknowledgedByEmail).orElse(false))
                .with("addedInformation", added)
                .with("typed", typed)
                .with("errors", errors)
                .with("backLink", "/account");
    }

    /** Something the person added, as they see it: the day (UK) and its lines. */
    public record AddedLine(java.time.LocalDate on, List<String> lines) {
    }

    private static HttpResponse<?> notFound() {
        return Page.of("errors/not-found").status(HttpStatus.NOT_FOUND).response();
    }
}
