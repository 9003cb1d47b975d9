package uk.frontdoor.applicant.registration;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.applicant.Applicant;
import uk.frontdoor.core.journey.Journey;
import uk.frontdoor.core.journey.JourneyState;
import uk.frontdoor.core.journey.Journeys;
import uk.frontdoor.core.registration.Registration;
import uk.frontdoor.core.registration.RegistrationSection;
import uk.frontdoor.core.registration.Registrations.Sending;
import uk.frontdoor.core.registration.Registrations;
import uk.frontdoor.core.work.WorkKind;
import uk.frontdoor.core.work.WorkQueue;
import uk.frontdoor.platform.time.Times;
import uk.frontdoor.web.access.ApplicantOnly;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.session.Visitor;

/**
 * The signed-in person's Registration of Interest: a task list of sections, each saved on "Save and continue",
 * check your answers, and sending it. There are no ids in these addresses: the registration is always the one of
 * the signed-in person's current journey, and only while that journey is waiting for it.
 */
@Controller(RegistrationPages.HOME)
@ApplicantOnly
public class RegistrationController {
    private final Journeys journeys;
    private final Registrations registrations;
    private final WorkQueue queue;
    private final RegistrationPages pages;
    private final Clock clock;

    public RegistrationController(Journeys journeys, Registrations registrations, WorkQueue queue,
                                  RegistrationPages pages, Clock clock) {
        this.journeys = journeys;
        this.registrations = registrations;
        this.queue = queue;
        this.pages = pages;
        this.clock = clock;
    }

    @Get
    public HttpResponse<?> tasks(HttpRequest<?> request) {
        return withDraft(request, draft -> pages.tasks(draft.answers(), today()).response());
    }

    @Get("/check")
    public HttpResponse<?> check(HttpRequest<?> request) {
        return withDraft(request, draft -> draft.answers().firstIncomplete(today())
                .<HttpResponse<?>>map(s -> HttpResponse.seeOther(URI.create(RegistrationPages.HOME)))
                .orElseGet(() -> pages.check(draft.answers()).response()));
    }

    @Post("/check")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> send(HttpRequest<?> request, FormData form) {
        Sending sending = registrations.submit(Visitor.of(request).applicant());
        if (sending instanceof Sending.Sent) {
            return HttpResponse.seeOther(URI.create(RegistrationPages.SENT));
        }
        if (sending instanceof Sending.NotReady notReady) {
            return HttpResponse.seeOther(URI.create(RegistrationPages.path(notReady.section())));
        }
        return HttpResponse.seeOther(URI.create(RegistrationPages.HOME));
    }

    @Get("/sent")
    public HttpResponse<?> sent(HttpRequest<?> request) {
        Applicant applicant = Visitor.of(request).applicant();
        Optional<Registration> sent = journeys.current(applicant)
                .flatMap(j -> registrations.forJourney(j.id()))
                .filter(r -> r.applicantId() == applicant.id() && r.reference() != null);
        if (sent.isEmpty()) {
            return HttpResponse.seeOther(URI.create(RegistrationPages.HOME));
        }
        LocalDate decideBy = queue.findByReference(sent.get().reference(), WorkKind.REGISTRATION_DECISION)
                .map(item -> item.dueDate())
                .orElseGet(() -> queue.dueDate(WorkKind.REGISTRATION_DECISION, Times.ukDay(sent.get().submittedAt())));
        return pages.sent(sent.get().reference(), decideBy).response();
    }

    @Get("/{slug}")
    public HttpResponse<?> section(HttpRequest<?> request, @PathVariable String slug) {
        Optional<RegistrationSection> section = RegistrationSection.bySlug(slug);
        if (section.isEmpty()) {
            return HttpResponse.notFound();
        }
        return withDraft(request, draft -> pages.section(section.get(),
                section.get().compact(draft.answers().values()), List.of(),
                Shown.filled(section.get(), section.get().compact(draft.answers().values()))).response());
    }

    @Post("/{slug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> save(HttpRequest<?> request, @PathVariable String slug, FormData form) {
        Optional<RegistrationSection> section = RegistrationSection.bySlug(slug);
        if (section.isEmpty()) {
            return HttpResponse.notFound();
        }
        RegistrationSection s = section.get();
        return withDraft(request, draft -> {
            Map<String, String> typed = s.compact(s.read(form.fields()));
            String action = Optional.ofNullable(form.get("action")).orElse("save");
            if (action.startsWith("add-") && s.repeating().contains(action.substring(4))) {
                registrations.save(draft.id(), draft.answers().with(s, typed)); // kept as typed, finished later
                return pages.section(s, typed, List.of(), Shown.adding(s, typed, form, action.substring(4))).response();
            }
            if (action.startsWith("remove-")) {
                Map<String, String> kept = s.remove(typed, action.substring(7));
                registrations.save(draft.id(), draft.answers().with(s, kept));
                return pages.section(s, kept, List.of(), Shown.filled(s, kept)).response();
            }
            List<Problem> problems = s.validate(typed, today());
            if (!problems.isEmpty()) {
                return pages.section(s, typed, problems, Shown.asBefore(s, typed, form)).response();
            }
            registrations.save(draft.id(), draft.answers().with(s, typed)); // false if sent meanwhile
            return HttpResponse.seeOther(URI.create(RegistrationPages.HOME));
        });
    }

    private interface DraftPage {
        HttpResponse<?> show(Registration draft);
    }

    /** Runs the page for the person's draft; anyone whose journey is not waiting for a registration is told why. */
    private HttpResponse<?> withDraft(HttpRequest<?> request, DraftPage page) {
        Applicant applicant = Visitor.of(request).applicant();
        Optional<Journey> journey = journeys.current(applicant);
        if (journey.isEmpty() || journey.get().applicantId() != applicant.id()
                || journey.get().state() != JourneyState.INVITED_TO_REGISTER) {
            boolean sent = journey.flatMap(j -> registrations.forJourney(j.id()))
                    .filter(r -> r.status() != Registration.Status.DRAFT).isPresent();
            return pages.notYet(sent).response();
        }
        Registration draft = registrations.start(journey.get());
        if (draft.status() != Registration.Status.DRAFT || draft.applicantId() != applicant.id()) {
            return pages.notYet(true).response();
        }
        return page.show(draft);
    }

    private LocalDate today() {
        return Times.todayUk(clock);
    }
}
