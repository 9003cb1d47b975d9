package uk.frontdoor.publicsite.support;

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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.region.Borough;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.core.support.SupportAnswers;
import uk.frontdoor.core.support.SupportDrafts;
import uk.frontdoor.core.support.SupportRequests;
import uk.frontdoor.core.support.SupportStep;
import uk.frontdoor.platform.time.Times;
import uk.frontdoor.web.access.Public;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.form.FormGuard;
import uk.frontdoor.web.form.PublicForm;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.session.WebSessions;

/**
 * The adoption support front door: first who to call if a child is in danger now, then the request's
 * question pages (saved as a draft after each), check your answers and the confirmation. An answer that
 * says a child is at risk now leads to the danger-now page instead of the next question. {@link FormGuard} keeps
 * software out, as it does for the enquiry: a honeypot on contact details and check your answers, and limits on sends
 * per client address and on acknowledgements per email address.
 */
@Controller("/support")
@Public
public class SupportController {
    static final String START = "/support";
    static final String CHECK = "/support/check-answers";
    static final String CONFIRMATION = "/support/confirmation";
    static final String DANGER_NOW = "/support/danger-now";

    private final SupportDrafts drafts;
    private final SupportRequests requests;
    private final RegionDirectory region;
    private final WebSessions sessions;
    private final SupportPages pages;
    private final FormGuard guard;
    private final Clock clock;

    public SupportController(SupportDrafts drafts, SupportRequests requests, RegionDirectory region,
                             WebSessions sessions, SupportPages pages, FormGuard guard, Clock clock) {
        this.drafts = drafts;
        this.guard = guard;
        this.requests = requests;
        this.region = region;
        this.sessions = sessions;
        this.pages = pages;
        this.clock = clock;
    }

    @Get
    public HttpResponse<?> start(HttpRequest<?> request) {
        return pages.start(drafts.find(Visitor.of(request).sessionId()).isPresent()).response();
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> begin(HttpRequest<?> request) {
        String sessionId = sessions.ensure(Visitor.of(request));
        SupportAnswers draft = drafts.start(sessionId);
        return redirect(firstIncomplete(draft).map(SupportPages::path).orElse(CHECK));
    }

    @Get("/danger-now")
    public HttpResponse<?> dangerNow(HttpRequest<?> request) {
        return pages.dangerNow(drafts.find(Visitor.of(request).sessionId()).orElse(SupportAnswers.empty())).response();
    }

    @Get("/check-answers")
    public HttpResponse<?> checkAnswers(HttpRequest<?> request) {
        Optional<SupportAnswers> draft = drafts.find(Visitor.of(request).sessionId());
        if (draft.isEmpty()) {
            return redirect(START);
        }
        Optional<SupportStep> open = firstIncomplete(draft.get());
        if (open.isPresent()) {
            return redirect(SupportPages.path(open.get()));
        }
        return pages.checkAnswers(draft.get(), region.boroughs(), null).response();
    }

    @Post(value = "/check-answers", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> send(HttpRequest<?> request, FormData form) {
        String sessionId = Visitor.of(request).sessionId();
        Optional<SupportAnswers> draft = drafts.find(sessionId);
        if (draft.isEmpty()) {
            return redirect(requests.receipt(sessionId).isPresent() ? CONFIRMATION : START);
        }
        Optional<HttpResponse<?>> refused = guard.refusal(PublicForm.SUPPORT_REQUEST, request, form);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!"yes".equals(form.get("consent"))) {
            FormErrors errors = new FormErrors().add("consent", "support.consent.required");
            return pages.checkAnswers(draft.get(), region.boroughs(), errors)
                    .status(HttpStatus.UNPROCESSABLE_ENTITY).response();
        }
        SupportRequests.Outcome outcome = requests.submit(sessionId, true, guard.emails(PublicForm.SUPPORT_REQUEST));
        if (outcome instanceof SupportRequests.Outcome.Incomplete incomplete) {
            return redirect(SupportPages.path(incomplete.step()));
        }
        return redirect(outcome instanceof SupportRequests.Outcome.NothingToSend ? START : CONFIRMATION);
    }

    @Get("/confirmation")
    public HttpResponse<?> confirmation(HttpRequest<?> request) {
        return requests.receipt(Visitor.of(request).sessionId())
                .<HttpResponse<?>>map(receipt -> pages.confirmation(receipt).response())
                .orElseGet(() -> redirect(START));
    }

    @Get("/{slug}")
    public HttpResponse<?> question(HttpRequest<?> request, String slug, @Nullable @QueryValue String change) {
        Optional<SupportStep> step = SupportStep.bySlug(slug);
        if (step.isEmpty()) {
            return pages.notFound().response();
        }
        Optional<SupportAnswers> draft = drafts.find(Visitor.of(request).sessionId());
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
        Optional<SupportStep> found = SupportStep.bySlug(slug);
        if (found.isEmpty()) {
            return pages.notFound().response();
        }
        SupportStep step = found.get();
        String sessionId = Visitor.of(request).sessionId();
        Optional<SupportAnswers> draft = drafts.find(sessionId);
        if (draft.isEmpty()) {
            return redirect(START);
        }
        Optional<HttpResponse<?>> earlier = sendBackToEarlierPage(step, draft.get());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Optional<HttpResponse<?>> automated = guard.automated(PublicForm.SUPPORT_REQUEST, form);
        if (automated.isPresent()) {
            return automated.get();
        }
        boolean change = "true".equals(form.get("change"));
        List<Borough> boroughs = region.boroughs();
        SupportAnswers submitted = step.read(form.fields());
        List<Problem> problems = step.validate(submitted, codes(boroughs), today());
        if (!problems.isEmpty()) {
            FormErrors errors = new FormErrors();
            problems.forEach(p -> errors.add(p.field(), p.messageKey()));
            return pages.question(step, submitted, change, boroughs, errors)
                    .status(HttpStatus.UNPROCESSABLE_ENTITY).response();
        }
        SupportAnswers updated = draft.get().with(step, submitted);
        if (!drafts.save(sessionId, updated)) {
            return redirect(START);
        }
        if (step.leadsToDangerNow(updated)) {
            return redirect(DANGER_NOW);
        }
        if (change) {
            return redirect(CHECK);
        }
        return redirect(step.next().map(SupportPages::path).orElse(CHECK));
    }

    private Optional<HttpResponse<?>> sendBackToEarlierPage(SupportStep step, SupportAnswers draft) {
        return firstIncomplete(draft)
                .filter(open -> open.ordinal() < step.ordinal())
                .map(open -> redirect(SupportPages.path(open)));
    }

    private Optional<SupportStep> firstIncomplete(SupportAnswers draft) {
        return SupportStep.firstIncomplete(draft, codes(region.boroughs()), today());
    }

    private LocalDate today() {
        return Times.todayUk(clock);
    }

    private static List<String> codes(List<Borough> boroughs) {
        return boroughs.stream().map(Borough::code).toList();
    }

    private static HttpResponse<?> redirect(String path) {
        return HttpResponse.seeOther(URI.create(path));
    }
}
