package uk.frontdoor.publicsite.draft;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import java.net.URI;
import java.util.function.Predicate;
import uk.frontdoor.core.enquiry.EnquiryDrafts;
import uk.frontdoor.core.support.SupportDrafts;
import uk.frontdoor.web.access.Public;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.view.Page;

/**
 * "Delete my answers" on every page of the public forms: a person on a shared or watched computer removes what they
 * typed before they leave. A page asks first (a link must not delete: browsers and scanners follow links), and the
 * deletion is a POST with the CSRF token. Deleting when there is nothing to delete says the same, so the page never
 * tells anyone whether this browser had started a form.
 */
@Controller
@Public
public class DeleteAnswersController {
    private final EnquiryDrafts enquiryDrafts;
    private final SupportDrafts supportDrafts;

    public DeleteAnswersController(EnquiryDrafts enquiryDrafts, SupportDrafts supportDrafts) {
        this.enquiryDrafts = enquiryDrafts;
        this.supportDrafts = supportDrafts;
    }

    @Get("/enquiry/delete-answers")
    public HttpResponse<?> askEnquiry() {
        return ask("enquiry");
    }

    @Post("/enquiry/delete-answers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> deleteEnquiry(HttpRequest<?> request) {
        return delete(request, "enquiry", enquiryDrafts::delete);
    }

    @Get("/enquiry/answers-deleted")
    public HttpResponse<?> enquiryDeleted() {
        return deleted("enquiry");
    }

    @Get("/support/delete-answers")
    public HttpResponse<?> askSupport() {
        return ask("support");
    }

    @Post("/support/delete-answers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> deleteSupport(HttpRequest<?> request) {
        return delete(request, "support", supportDrafts::delete);
    }

    @Get("/support/answers-deleted")
    public HttpResponse<?> supportDeleted() {
        return deleted("support");
    }

    private static HttpResponse<?> ask(String form) {
        return Page.of("pages/delete-answers").with("form", form).with("backLink", "/" + form + "/check-answers")
                .response();
    }

    private static HttpResponse<?> delete(HttpRequest<?> request, String form, Predicate<String> drafts) {
        drafts.test(Visitor.of(request).sessionId());
        return HttpResponse.seeOther(URI.create("/" + form + "/answers-deleted"));
    }

    private static HttpResponse<?> deleted(String form) {
        return Page.of("pages/answers-deleted").with("form", form).response();
    }
}
