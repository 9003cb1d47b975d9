package uk.frontdoor.staff.registration;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.journey.JourneyEvent;
import uk.frontdoor.core.journey.JourneyEventLine;
import uk.frontdoor.core.journey.Journeys;
import uk.frontdoor.core.registration.FastTrack;
import uk.frontdoor.core.registration.Registration;
import uk.frontdoor.core.registration.RegistrationSection;
import uk.frontdoor.core.registration.Registrations;
import uk.frontdoor.core.staff.SpecialCategory;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.staff.StaffWords;
import uk.frontdoor.staff.journey.HistoryDetail;
import uk.frontdoor.web.access.StaffOnly;
import uk.frontdoor.web.form.Choice;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.view.Page;
import uk.frontdoor.web.view.ResultPages;

/**
 * A sent Registration of Interest as staff of the person's team see it (core audits every view), and the decision:
 * accept, with the Stage One plan, or decline, with the reasons. Deciding closes the registration's work item.
 */
@Controller("/staff/registrations/{id}")
@StaffOnly
public class RegistrationDecisionController {
    private static final List<Choice> DECISIONS = List.of(Choice.of("accept", "staff.registration.decision.accept"),
            Choice.of("decline", "staff.registration.decision.decline"));
    private static final List<Choice> FAST_TRACK_BASES = List.of(
            Choice.of("PREVIOUS_ADOPTER", "staff.registration.fastTrack.PREVIOUS_ADOPTER")
                    .withHint("staff.registration.fastTrack.PREVIOUS_ADOPTER.hint"),
            Choice.of("FOSTER_CARER", "staff.registration.fastTrack.FOSTER_CARER"));

    private final Registrations registrations;
    private final Journeys journeys;
    private final StaffWords words;

    public RegistrationDecisionController(Registrations registrations, Journeys journeys, StaffWords words) {
        this.registrations = registrations;
        this.journeys = journeys;
        this.words = words;
    }

    @Get
    public HttpResponse<?> show(HttpRequest<?> request, @PathVariable long id, @Nullable @QueryValue String done) {
        return ResultPages.answer(registrations.open(Visitor.of(request).staff(), id),
                registration -> page(registration, Map.of(), new FormErrors(), Visitor.of(request).staff()).with("done", done != null).response(),
                problems -> {
                    throw new IllegalStateException("opening a registration is not refused");
                });
    }

    @Post("/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> decide(HttpRequest<?> request, @PathVariable long id, FormData form) {
        String decision = form.get("decision");
        Map<String, String> typed = Map.of("decision", decision, "plan", form.get("plan"),
                "reasons", form.get("reasons"));
        Registrations.Decision chosen = decision.equals("accept") ? Registrations.Decision.ACCEPT
                : decision.equals("decline") ? Registrations.Decision.DECLINE : null;
        return ResultPages.answer(registrations.decide(Visitor.of(request).staff(), id, chosen, form.get("plan"),
                        form.get("reasons")),
                registration -> decided(id), problems -> again(request, id, typed, problems));
    }

    /** The third decision: straight to Stage Two for a previous adopter (approved since 30 Dec 2005) or foster carer. */
    @Post("/fast-track")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> fastTrack(HttpRequest<?> request, @PathVariable long id, FormData form) {
        Map<String, String> typed = new HashMap<>();
        for (String f : List.of("basis", "approvedOn-day", "approvedOn-month", "approvedOn-year")) {
            typed.put(f, form.get(f));
        }
        FastTrack.Basis basis = FAST_TRACK_BASES.stream().map(Choice::value).filter(form.get("basis")::equals)
                .findFirst().map(FastTrack.Basis::valueOf).orElse(null);
        return ResultPages.answer(registrations.fastTrack(Visitor.of(request).staff(), id, basis,
                        form.date("approvedOn")),
                registration -> decided(id), problems -> again(request, id, typed, problems));
    }

    private static HttpResponse<?> decided(long id) {
        return HttpResponse.seeOther(URI.create("/staff/registrations/" + id + "?done=true"));
    }

    /** The page again with what was typed and the problems (core has already found the registration visible). */
    private MutableHttpResponse<?> again(HttpRequest<?> request, long id, Map<String, String> typed,
                                         List<Problem> problems) {
        StaffMember me = Visitor.of(request).staff();
        // shown again through the audited read: the page with its errors is a view too (issue 12)
        Registration registration = ((Result.Done<Registration>) registrations.open(me, id)).value();
        return page(registration, typed, FormErrors.of(problems), me).response();
    }

    private Page page(Registration registration, Map<String, String> typed, FormErrors errors, StaffMember me) {
        Optional<JourneyEventLine> fastTrack = registration.status() != Registration.Status.ACCEPTED ? Optional.empty()
                : journeys.history(registration.journeyId()).stream()
                        .filter(e -> e.event() == JourneyEvent.FAST_TRACK).findFirst();
        Page page = Page.of("staff/registration/registration").with("registration", registration)
                .with("healthWithheld", !SpecialCategory.HEALTH.shownTo(me))
                .with("values", registration.answers().values()).with("sections", List.of(RegistrationSection.values()))
                .with("decisions", DECISIONS).with("fastTrackBases", FAST_TRACK_BASES).with("typed", typed)
                .with("decidable", registration.status() == Registration.Status.SUBMITTED)
                .with("fastTracked", fastTrack.isPresent())
                .with("decisionNote", fastTrack.map(e -> HistoryDetail.of(words, e))
                        .orElse(registration.decisionNote()))
                .with("backLink", "/staff");
        return errors.isEmpty() ? page : page.with("errors", errors);
    }
}
