package uk.frontdoor.publicsite.form;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.questions.AskedOn;
import uk.frontdoor.core.questions.Drafts;
import uk.frontdoor.core.questions.QuestionForm;
import uk.frontdoor.core.questions.Sending;
import uk.frontdoor.core.questions.SentForm;
import uk.frontdoor.core.questions.Step;
import uk.frontdoor.core.questions.StepAnswers;
import uk.frontdoor.core.questions.Submission;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.form.FormGuard;
import uk.frontdoor.web.form.PublicForm;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.view.Page;

/**
 * The one engine of the public multi-page forms: a start page, one question page per step (one GET and one POST for
 * every {@code <base>/<slug>}), check your answers, the confirmation with a reference, and "Delete my answers". The draft is saved against
 * the browser's session on every Continue; a page whose earlier pages are not answered sends the person back to the
 * first of them; an answer that leads out of the form goes to the form's own page for it. A skippable step offers
 * "Skip these questions". {@link FormGuard} keeps software out of every form alike: its honeypot on every question
 * page and check your answers, and its limits on sends per client address and emails per address.
 * <p>
 * A form is a subclass: a {@code @Controller} at its base path that says which {@link Drafts} it keeps, how it is
 * sent ({@link Sending}) and what its start and confirmation pages add.
 */
public abstract class QuestionFormController<S extends Enum<S> & Step, A extends StepAnswers<S, A>,
        R extends SentForm> {
    private final String base;
    private final PublicForm guarded;
    private final Drafts<S, A> drafts;
    private final QuestionForm<S> form;
    private final Sending<S, R> sending;
    private final QuestionPages pages;

    /**
     * @param base    the form's address, {@code /<messages>}
     * @param guarded the form as {@link FormGuard} counts it
     */
    protected QuestionFormController(String base, PublicForm guarded, Drafts<S, A> drafts, Sending<S, R> sending,
                                     QuestionPages pages) {
        this.base = base;
        this.guarded = guarded;
        this.drafts = drafts;
        this.form = drafts.form();
        this.sending = sending;
        this.pages = pages;
    }

    /** What the start page adds to {@code page}. */
    protected abstract Page start(Page page);

    /** Where an answer that leads out of the form goes. */
    protected abstract String away();

    /** The confirmation page for {@code receipt}, from {@code page} (which has the reference and the day). */
    protected abstract Page confirmation(Page page, R receipt);

    /** What check your answers adds to {@code page} for {@code draft}. */
    protected Page checkAnswers(Page page, A draft) {
        return page;
    }

    /** The headings of check your answers, by the step each section starts at; none by default. */
    protected Map<S, String> sections() {
        return Map.of();
    }

    protected String path(S step) {
        return base + "/" + step.slug();
    }

    /** The browser's draft, read with its session in one query when the request has not read the session yet. */
    protected Optional<A> draft(HttpRequest<?> request) {
        return pages.sessions().withRow(Visitor.of(request), drafts.table(), "answers").map(drafts::decode);
    }

    @Get
    public HttpResponse<?> start(HttpRequest<?> request) {
        return start(QuestionPages.page(form.messages() + "/start").with("backLink", "/")
                .with("resuming", draft(request).isPresent())).response();
    }

    /** "Start now": gives the browser a session and a draft (keeping one it has), then the first open page. */
    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> begin(HttpRequest<?> request) {
        A draft = drafts.start(pages.sessions().ensure(Visitor.of(request)));
        return redirect(form.firstIncomplete(draft, pages.now()).map(this::path).orElse(check()));
    }

    @Get("/check-answers")
    public HttpResponse<?> checkAnswers(HttpRequest<?> request) {
        Optional<A> draft = draft(request);
        if (draft.isEmpty()) {
            return redirect(base);
        }
        Optional<S> open = form.firstIncomplete(draft.get(), pages.now());
        if (open.isPresent()) {
            return redirect(path(open.get()));
        }
        return checkAnswersPage(draft.get(), null).response();
    }

    @Post(value = "/check-answers", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> send(HttpRequest<?> request, FormData data) {
        Optional<A> draft = draft(request);
        String sessionId = Visitor.of(request).sessionId();
        if (draft.isEmpty()) {
            // sent already (back button, second click) or never started: never a second one
            return redirect(sending.receipt(sessionId).isPresent() ? confirmationPath() : base);
        }
        Optional<HttpResponse<?>> refused = pages.guard().refusal(guarded, request, data);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!"yes".equals(data.get("consent"))) {
            FormErrors errors = new FormErrors().add("consent", form.messages() + ".consent.required");
            return checkAnswersPage(draft.get(), errors).status(HttpStatus.UNPROCESSABLE_ENTITY).response();
        }
        Submission<S, R> outcome = sending.submit(sessionId, true, pages.guard().emails(guarded));
        if (outcome instanceof Submission.Incomplete<S, R> incomplete) {
            return redirect(path(incomplete.step()));
        }
        return redirect(outcome instanceof Submission.NothingToSend ? base : confirmationPath());
    }

    @Get("/confirmation")
    public HttpResponse<?> confirmation(HttpRequest<?> request) {
        return sending.receipt(Visitor.of(request).sessionId())
                .<HttpResponse<?>>map(receipt -> confirmation(QuestionPages.page(form.messages() + "/confirmation")
                        .with("reference", receipt.reference())
                        .with("respondBy", QuestionPages.day(receipt.respondBy())), receipt).response())
                .orElseGet(() -> redirect(base));
    }

    /**
     * "Delete my answers", on every page: a person on a shared or watched computer removes what they typed before
     * they leave. A page asks first (a link must not delete: browsers and scanners follow links), and the deletion is
     * a POST with the CSRF token. Deleting when there is nothing to delete says the same, so the page never tells
     * anyone whether this browser had started the form.
     */
    @Get("/delete-answers")
    public HttpResponse<?> askToDelete() {
        return QuestionPages.page("pages/delete-answers").with("form", form.messages()).with("backLink", check()).response();
    }

    @Post(value = "/delete-answers", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> deleteAnswers(HttpRequest<?> request) {
        drafts.delete(Visitor.of(request).sessionId());
        return redirect(base + "/answers-deleted");
    }

    @Get("/answers-deleted")
    public HttpResponse<?> answersDeleted() {
        return QuestionPages.page("pages/answers-deleted").with("form", form.messages()).response();
    }

    @Get("/{slug}")
    public HttpResponse<?> question(HttpRequest<?> request, String slug, @Nullable @QueryValue String change) {
        Optional<S> step = form.bySlug(slug);
        if (step.isEmpty()) {
            return notFound();
        }
        Optional<A> draft = draft(request);
        if (draft.isEmpty()) {
            return redirect(base);
        }
        Optional<HttpResponse<?>> earlier = sendBackToEarlierPage(step.get(), draft.get(), pages.now());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        return questionPage(step.get(), draft.get(), "true".equals(change), null).response();
    }

    @Post(value = "/{slug}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> answer(HttpRequest<?> request, String slug, FormData data) {
        Optional<S> found = form.bySlug(slug);
        if (found.isEmpty()) {
            return notFound();
        }
        S step = found.get();
        Optional<A> draft = draft(request);
        String sessionId = Visitor.of(request).sessionId();
        if (draft.isEmpty()) {
            return redirect(base);
        }
        AskedOn now = pages.now();
        Optional<HttpResponse<?>> earlier = sendBackToEarlierPage(step, draft.get(), now);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Optional<HttpResponse<?>> automated = pages.guard().automated(guarded, data);
        if (automated.isPresent()) {
            return automated.get();
        }
        boolean change = "true".equals(data.get("change"));
        A updated;
        if (step.isSkippable() && "true".equals(data.get("skip"))) {
            updated = draft.get().skip(step);
        } else {
            A submitted = draft.get().page(form.read(step, data.fields()));
            List<Problem> problems = form.validate(step, submitted, now);
            if (!problems.isEmpty()) {
                return questionPage(step, submitted, change, FormErrors.of(problems))
                        .status(HttpStatus.UNPROCESSABLE_ENTITY).response();
            }
            updated = draft.get().with(step, submitted);
        }
        if (!drafts.save(sessionId, updated)) {
            return redirect(base);
        }
        if (step.leadsAway(updated)) {
            return redirect(away());
        }
        if (change) {
            return redirect(check());
        }
        return redirect(form.next(step).map(this::path).orElse(check()));
    }

    private Page questionPage(S step, A answers, boolean change, FormErrors errors) {
        String back = change ? check() : form.previous(step).map(this::path).orElse(base);
        return pages.question(form, step, answers, back, path(step), change, errors);
    }

    private Page checkAnswersPage(A draft, FormErrors errors) {
        return checkAnswers(pages.checkAnswers(form, draft, sections(), base, errors), draft);
    }

    private Optional<HttpResponse<?>> sendBackToEarlierPage(S step, A draft, AskedOn now) {
        return form.firstIncomplete(draft, now)
                .filter(open -> open.ordinal() < step.ordinal())
                .map(open -> redirect(path(open)));
    }

    private String check() {
        return base + "/check-answers";
    }

    private String confirmationPath() {
        return base + "/confirmation";
    }

    private static HttpResponse<?> notFound() {
        return Page.of("errors/not-found").status(HttpStatus.NOT_FOUND).response();
    }

    private static HttpResponse<?> redirect(String path) {
        return HttpResponse.seeOther(URI.create(path));
    }
}
