package uk.frontdoor.staff.registration;

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
import java.util.Map;
import java.util.Optional;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.journey.Journey;
import uk.frontdoor.core.journey.Journeys;
import uk.frontdoor.core.journey.RefusedTransition;
import uk.frontdoor.core.registration.Dates;
import uk.frontdoor.core.registration.FastTrack;
import uk.frontdoor.core.registration.Registration;
import uk.frontdoor.core.registration.RegistrationSection;
import uk.frontdoor.core.registration.Registrations;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.web.access.StaffOnly;
import uk.frontdoor.web.form.Choice;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.view.Page;

/**
 * A sent Registration of Interest as staff of the person's team see it (every view audited), and the decision:
 * accept, with the Stage One plan, or decline, with the reasons. Deciding closes the registration's work item.
 */
@Controller("/staff/registrations/{id}")
@StaffOnly
public class RegistrationDecisionController {
    static final int NOTE_LIMIT = 4000;
    private static final List<Choice> DECISIONS = List.of(Choice.of("accept", "staff.registration.decision.accept"),
            Choice.of("decline", "staff.registration.decision.decline"));
    private static final List<Choice> FAST_TRACK_BASES = List.of(
            Choice.of("PREVIOUS_ADOPTER", "staff.registration.fastTrack.PREVIOUS_ADOPTER")
                    .withHint("staff.registration.fastTrack.PREVIOUS_ADOPTER.hint"),
            Choice.of("FOSTER_CARER", "staff.registration.fastTrack.FOSTER_CARER"));

    private final Registrations registrations;
    private final Journeys journeys;
    private final AuditLog audit;
    private final java.time.Clock clock;

    public RegistrationDecisionController(Registrations registrations, Journeys journeys, AuditLog audit,
                                          java.time.Clock clock) {
        this.clock = clock;
        this.registrations = registrations;
        this.journeys = journeys;
        this.audit = audit;
    }

    @Get
    public HttpResponse<?> show(HttpRequest<?> request, @PathVariable long id, @Nullable @QueryValue String done) {
        return withRegistration(request, id, (registration, me) -> {
            audit.staff(me.id(), "VIEW_REGISTRATION", Registrations.SUBJECT_TYPE, id, null);
            return page(registration, Map.of(), new FormErrors()).with("done", done != null).response();
        });
    }

    @Post("/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> decide(HttpRequest<?> request, @PathVariable long id, FormData form) {
        return withRegistration(request, id, (registration, me) -> {
            String decision = form.get("decision");
            String plan = form.get("plan").strip();
            String reasons = form.get("reasons").strip();
            Map<String, String> typed = Map.of("decision", decision, "plan", plan, "reasons", reasons);
            FormErrors errors = new FormErrors();
            if (!decision.equals("accept") && !decision.equals("decline")) {
                errors.add("decision", "staff.registration.decision.required");
            } else if (decision.equals("accept") && plan.isEmpty()) {
                errors.add("plan", "staff.registration.plan.required");
            } else if (decision.equals("decline") && reasons.isEmpty()) {
                errors.add("reasons", "staff.registration.reasons.required");
            } else if (plan.length() > NOTE_LIMIT || reasons.length() > NOTE_LIMIT) {
                errors.add(decision.equals("accept") ? "plan" : "reasons", "staff.registration.note.tooLong");
            }
            if (errors.isEmpty() && registration.status() != Registration.Status.SUBMITTED) {
                errors.add("decision", "staff.registration.decision.already");
            }
            if (errors.isEmpty()) {
                try {
                    registrations.decide(id, decision.equals("accept"), decision.equals("accept") ? plan : reasons, me);
                    return HttpResponse.seeOther(URI.create("/staff/registrations/" + id + "?done=true"));
                } catch (RefusedTransition refused) {
                    errors.add("decision", "staff.registration.decision.refused");
                } catch (IllegalStateException decidedMeanwhile) {
                    errors.add("decision", "staff.registration.decision.already");
                }
            }
            return page(registrations.find(id).orElseThrow(), typed, errors).status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .response();
        });
    }

    /** The third decision: straight to Stage Two for a previous adopter (approved since 30 Dec 2005) or foster carer. */
    @Post("/fast-track")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> fastTrack(HttpRequest<?> request, @PathVariable long id, FormData form) {
        return withRegistration(request, id, (registration, me) -> {
            Map<String, String> typed = new java.util.HashMap<>();
            for (String f : List.of("basis", "approvedOn-day", "approvedOn-month", "approvedOn-year")) {
                typed.put(f, form.get(f).strip());
            }
            FastTrack.Basis basis = FAST_TRACK_BASES.stream().map(Choice::value).filter(typed.get("basis")::equals)
                    .findFirst().map(FastTrack.Basis::valueOf).orElse(null);
            String dateTyped = typed.get("approvedOn-day") + " " + typed.get("approvedOn-month") + " "
                    + typed.get("approvedOn-year");
            Optional<java.time.LocalDate> approvedOn = Dates.parse(dateTyped);
            FormErrors errors = new FormErrors();
            if (basis == FastTrack.Basis.PREVIOUS_ADOPTER && approvedOn.isEmpty() && !dateTyped.isBlank()) {
                errors.add("approvedOn", "staff.registration.fastTrack.date.invalid");
            } else {
                FastTrack.check(basis, approvedOn.orElse(null), uk.frontdoor.platform.time.Times.todayUk(clock))
                        .ifPresent(problem -> errors.add(problem == FastTrack.Problem.BASIS_REQUIRED ? "basis" : "approvedOn",
                                "staff.registration.fastTrack." + problem));
            }
            if (errors.isEmpty() && registration.status() != Registration.Status.SUBMITTED) {
                errors.add("basis", "staff.registration.decision.already");
            }
            if (errors.isEmpty()) {
                try {
                    registrations.fastTrack(id, basis, basis == FastTrack.Basis.PREVIOUS_ADOPTER ? approvedOn.get() : null, me);
                    return HttpResponse.seeOther(URI.create("/staff/registrations/" + id + "?done=true"));
                } catch (RefusedTransition refused) {
                    errors.add("basis", "staff.registration.decision.refused");
                } catch (IllegalStateException decidedMeanwhile) {
                    errors.add("basis", "staff.registration.decision.already");
                }
            }
            return page(registrations.find(id).orElseThrow(), typed, errors).status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .response();
        });
    }

    private Page page(Registration registration, Map<String, String> typed, FormErrors errors) {
        Page page = Page.of("staff/registration/registration").with("registration", registration)
                .with("values", registration.answers().values()).with("sections", List.of(RegistrationSection.values()))
                .with("decisions", DECISIONS).with("fastTrackBases", FAST_TRACK_BASES).with("typed", typed)
                .with("decidable", registration.status() == Registration.Status.SUBMITTED)
                .with("fastTracked", registration.status() == Registration.Status.ACCEPTED
                        && journeys.history(registration.journeyId()).stream()
                                .anyMatch(e -> e.event() == uk.frontdoor.core.journey.JourneyEvent.FAST_TRACK))
                .with("backLink", "/staff");
        return errors.isEmpty() ? page : page.with("errors", errors);
    }

    private interface Action {
        HttpResponse<?> run(Registration registration, StaffMember me);
    }

    /** Finds a sent registration and lets the action run only for staff who may see its team's queue. */
    private HttpResponse<?> withRegistration(HttpRequest<?> request, long id, Action action) {
        StaffMember me = Visitor.of(request).staff();
        Optional<Registration> registration = registrations.find(id)
                .filter(r -> r.status() != Registration.Status.DRAFT); // a draft is the person's own until sent
        if (registration.isEmpty()) {
            return Page.of("errors/not-found").status(HttpStatus.NOT_FOUND).response();
        }
        Optional<Journey> journey = journeys.find(registration.get().journeyId());
        if (journey.isEmpty() || !me.canSeeTeam(journey.get().teamId())) {
            return Page.of("errors/forbidden").status(HttpStatus.FORBIDDEN).response();
        }
        return action.run(registration.get(), me);
    }
}
