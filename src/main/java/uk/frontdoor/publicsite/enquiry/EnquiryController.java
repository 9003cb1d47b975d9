package uk.frontdoor.publicsite.enquiry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.enquiry.Enquiries;
import uk.frontdoor.core.enquiry.EnquiryAnswers;
import uk.frontdoor.core.enquiry.EnquiryDrafts;
import uk.frontdoor.core.enquiry.EnquiryStep;
import uk.frontdoor.core.region.Borough;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.web.access.Public;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.form.FormGuard;
import uk.frontdoor.web.form.PublicForm;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.session.WebSessions;

/**
 * The public adoption enquiry: a start page, one question page per {@link EnquiryStep} (served by one
 * GET and one POST), check your answers, and the confirmation. The draft is saved against the browser's
 * session on every Continue; a page whose earlier pages are not answered sends the person back to the
 * first of them. {@link FormGuard} keeps software out: its honeypot on contact details and check your answers, and
 * its limits on sends per client address and emails per address.
 */
@Controller("/enquiry")
@Public
public class EnquiryController {
    static final String START = "/enquiry";
    static final String ELSEWHERE = "/enquiry/somewhere-else";
    static final String CHECK = "/enquiry/check-answers";
    static final String CONFIRMATION = "/enquiry/confirmation";

    private final EnquiryDrafts drafts;
    private final Enquiries enquiries;
    private final RegionDirectory region;
    private final WebSessions sessions;
    private final FormGuard guard;
    private final EnquiryPages pages;

    public EnquiryController(EnquiryDrafts drafts, Enquiries enquiries, RegionDirectory region, WebSessions sessions,
                             FormGuard guard, EnquiryPages pages) {
        this.drafts = drafts;
        this.enquiries = enquiries;
        this.region = region;
        this.sessions = sessions;
        this.guard = guard;
        this.pages = pages;
    }

    @Get
    public HttpResponse<?> start(HttpRequest<?> request) {
        boolean resuming = drafts.find(Visitor.of(request).sessionId()).isPresent();
        return pages.start(resuming).response();
    }

    /** "Start now": gives the browser a session and a draft (keeping one it has), then the first open page. */
    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> begin(HttpRequest<?> request) {
        String sessionId = sessions.ensure(Visitor.of(request));
        EnquiryAnswers draft = drafts.start(sessionId);
        return redirect(EnquiryStep.firstIncomplete(draft, boroughCodes()).map(EnquiryPages::path).orElse(CHECK));
    }

    @Get("/somewhere-else")
    public HttpResponse<?> somewhereElse() {
        return pages.somewhereElse().response();
    }

    @Get("/check-answers")
    public HttpResponse<?> checkAnswers(HttpRequest<?> request) {
        Optional<EnquiryAnswers> draft = drafts.find(Visitor.of(request).sessionId());
        if (draft.isEmpty()) {
            return redirect(START);
        }
        Optional<EnquiryStep> open = EnquiryStep.firstIncomplete(draft.get(), boroughCodes());
        if (open.isPresent()) {
            return redirect(EnquiryPages.path(open.get()));
        }
        return pages.checkAnswers(draft.get(), region.boroughs(), null).response();
    }

    @Post(value = "/check-answers", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> send(HttpRequest<?> request, FormData form) {
        String sessionId = Visitor.of(request).sessionId();
        Optional<EnquiryAnswers> draft = drafts.find(sessionId);
        if (draft.isEmpty()) {
            // sent already (back button, second click) or never started: never a second enquiry
            return redirect(enquiries.receipt(sessionId).isPresent() ? CONFIRMATION : START);
        }
        Optional<HttpResponse<?>> refused = guard.refusal(PublicForm.ENQUIRY, request, form);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!"yes".equals(form.get("consent"))) {
            FormErrors errors = new FormErrors().add("consent", "enquiry.consent.required");
            return pages.checkAnswers(draft.get(), region.boroughs(), errors)
                    .status(HttpStatus.UNPROCESSABLE_ENTITY).response();
        }
        Enquiries.Outcome outcome = enquiries.submit(sessionId, true, guard.emails(PublicForm.ENQUIRY));
        if (outcome instanceof Enquiries.Outcome.Incomplete incomplete) {
            return redirect(EnquiryPages.path(incomplete.step()));
        }
        return redirect(outcome instanceof Enquiries.Outcome.NothingToSend ? START : CONFIRMATION);
    }

    @Get("/confirmation")
    public HttpResponse<?> confirmation(HttpRequest<?> request) {
        return enquiries.receipt(Visitor.of(request).sessionId())
                .<HttpResponse<?>>map(receipt -> pages.confirmation(receipt).response())
                .orElseGet(() -> redirect(START));
    }

    @Get("/{slug}")
    public HttpResponse<?> question(HttpRequest<?> request, String slug, @Nullable @QueryValue String change) {
        Optional<EnquiryStep> step = EnquiryStep.bySlug(slug);
        if (step.isEmpty()) {
            return pages.notFound().response();
        }
        Optional<EnquiryAnswers> draft = drafts.find(Visitor.of(request).sessionId());
        if (draft.isEmpty()) {
            return redirect(START);
        }
        Optional<HttpResponse<?>> earlier = sendBackToEarlierPage(step.get(), draft.get());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        return pages.question(step.get(), draft.get(), "true".equals(change), region.boroughs(), null).response();
    }

    @Post(value = "/{slug}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> answer(HttpRequest<?> request, String slug, FormData form) {
        Optional<EnquiryStep> found = EnquiryStep.bySlug(slug);
        if (found.isEmpty()) {
            return pages.notFound().response();
        }
        EnquiryStep step = found.get();
        String sessionId = Visitor.of(request).sessionId();
        Optional<EnquiryAnswers> draft = drafts.find(sessionId);
        if (draft.isEmpty()) {
            return redirect(START);
        }
        Optional<HttpResponse<?>> earlier = sendBackToEarlierPage(step, draft.get());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Optional<HttpResponse<?>> automated = guard.automated(PublicForm.ENQUIRY, form);
        if (automated.isPresent()) {
            return automated.get();
        }
        boolean change = "true".equals(form.get("change"));
        List<Borough> boroughs = region.boroughs();
        EnquiryAnswers updated;
        if (step.isSkippable() && "true".equals(form.get("skip"))) {
            updated = draft.get().skip(step);
        } else {
            EnquiryAnswers submitted = step.read(form.fields());
            List<Problem> problems = step.validate(submitted, codes(boroughs));
            if (!problems.isEmpty()) {
                FormErrors errors = new FormErrors();
                problems.forEach(p -> errors.add(p.field(), p.messageKey()));
                return pages.question(step, submitted, change, boroughs, errors)
                        .status(HttpStatus.UNPROCESSABLE_ENTITY).response();
            }
            updated = draft.get().with(step, submitted);
        }
        if (!drafts.save(sessionId, updated)) {
            return redirect(START);
        }
        if (step.leadsElsewhere(updated)) {
            return redirect(ELSEWHERE);
        }
        if (change) {
            return redirect(CHECK);
        }
        return redirect(step.next().map(EnquiryPages::path).orElse(CHECK));
    }

    private Optional<HttpResponse<?>> sendBackToEarlierPage(EnquiryStep step, EnquiryAnswers draft) {
        return EnquiryStep.firstIncomplete(draft, boroughCodes())
                .filter(open -> open.ordinal() < step.ordinal())
                .map(open -> redirect(EnquiryPages.path(open)));
    }

    private List<String> boroughCodes() {
        return codes(region.boroughs());
    }

    private static List<String> codes(List<Borough> boroughs) {
        return boroughs.stream().map(Borough::code).toList();
    }


    private static HttpResponse<?> redirect(String path) {
        return HttpResponse.seeOther(URI.create(path));
    }
}
