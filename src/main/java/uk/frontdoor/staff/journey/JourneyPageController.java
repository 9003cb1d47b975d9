package uk.frontdoor.staff.journey;

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
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.frontdoor.core.applicant.ApplicantAccounts;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.calendar.BankHolidays;
import uk.frontdoor.core.journey.Journey;
import uk.frontdoor.core.journey.JourneyActor;
import uk.frontdoor.core.journey.JourneyActorIdentity;
import uk.frontdoor.core.journey.JourneyClocks;
import uk.frontdoor.core.journey.JourneyEvent;
import uk.frontdoor.core.journey.PauseAndWithdraw;
import uk.frontdoor.core.journey.JourneyState;
import uk.frontdoor.core.journey.Journeys;
import uk.frontdoor.core.journey.RefusedTransition;
import uk.frontdoor.core.registration.Dates;
import uk.frontdoor.core.registration.Registration;
import uk.frontdoor.core.registration.Registrations;
import uk.frontdoor.core.stageone.CheckStatus;
import uk.frontdoor.core.stageone.StageOne;
import uk.frontdoor.core.stageone.StageOneCheck;
import uk.frontdoor.core.stageone.StageOneRules;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.platform.time.Times;
import uk.frontdoor.web.access.StaffOnly;
import uk.frontdoor.web.form.Choice;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.view.Page;

/**
 * One person's journey as the staff of its team see it (every view audited): who, where they stand, the clock, any
 * extensions, the Stage One checks with a small form each, the extension and outcome forms, and the history.
 * Staff of other teams get 404, as if it did not exist.
 */
@Controller("/staff/journeys/{id}")
@StaffOnly
public class JourneyPageController {
    static final List<Choice> OUTCOMES = List.of(Choice.of("proceed", "staff.journey.outcome.proceed"),
            Choice.of("not-suitable", "staff.journey.outcome.notSuitable"));

    private final Journeys journeys;
    private final StageOne stageOne;
    private final Registrations registrations;
    private final ApplicantAccounts accounts;
    private final BankHolidays holidays;
    private final AuditLog audit;
    private final Clock clock;

    public JourneyPageController(Journeys journeys, StageOne stageOne, Registrations registrations,
                                 ApplicantAccounts accounts, BankHolidays holidays, AuditLog audit, Clock clock) {
        this.journeys = journeys;
        this.stageOne = stageOne;
        this.registrations = registrations;
        this.accounts = accounts;
        this.holidays = holidays;
        this.audit = audit;
        this.clock = clock;
    }

    @Get
    public HttpResponse<?> show(HttpRequest<?> request, @PathVariable long id, @Nullable @QueryValue String done) {
        return withJourney(request, id, (journey, me) -> {
            audit.staff(me.id(), "VIEW_JOURNEY", StageOne.SUBJECT_TYPE, id, null);
            Page page = page(journey, me, Map.of(), new FormErrors());
            return (done == null ? page : page.with("done", "staff.journey.done." + done)).response();
        });
    }

    @Post("/checks/{checkId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> recordCheck(HttpRequest<?> request, @PathVariable long id, @PathVariable long checkId,
                                       FormData form) {
        return withJourney(request, id, (journey, me) -> {
            Optional<StageOneCheck> check = stageOne.checks(id).stream().filter(c -> c.id() == checkId).findFirst();
            if (check.isEmpty()) {
                return notFound();
            }
            String statusField = "status-" + checkId;
            String noteField = "note-" + checkId;
            String note = form.get(noteField).strip();
            Map<String, String> typed = Map.of(statusField, form.get(statusField), noteField, note);
            FormErrors errors = new FormErrors();
            Optional<CheckStatus> status = CheckStatus.named(form.get(statusField));
            int version = parseInt(form.get("version"));
            if (status.isEmpty()) {
                errors.add(statusField, "staff.journey.check.status.unknown");
            } else if (note.length() > StageOneRules.NOTE_LIMIT) {
                errors.add(noteField, "staff.journey.check.note.tooLong");
            }
            HttpStatus failure = HttpStatus.UNPROCESSABLE_ENTITY;
            if (errors.isEmpty()) {
                try {
                    if (stageOne.record(id, checkId, status.get(), note, version, me) == StageOne.Recording.RECORDED) {
                        return backTo(id, "check");
                    }
                    errors.add(statusField, "staff.journey.check.changed");
                    failure = HttpStatus.CONFLICT;
                } catch (StageOne.NotInStageOne after) {
                    errors.add(statusField, "staff.journey.notInStageOne");
                } catch (StageOne.NotAllowed refused) {
                    errors.add(statusField, "staff.journey.check.refused");
                }
            }
            return page(journeys.find(id).orElseThrow(), me, typed, errors).status(failure).response();
        });
    }

    @Post("/extension")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> extend(HttpRequest<?> request, @PathVariable long id, FormData form) {
        return withJourney(request, id, (journey, me) -> {
            Map<String, String> typed = new HashMap<>();
            for (String f : List.of("newDue-day", "newDue-month", "newDue-year", "reason")) {
                typed.put(f, form.get(f).strip());
            }
            FormErrors errors = new FormErrors();
            Optional<LocalDate> newDue = Dates.parse(typed.get("newDue-day") + " " + typed.get("newDue-month") + " "
                    + typed.get("newDue-year"));
            if (newDue.isEmpty()) {
                errors.add("newDue", typed.get("newDue-day").isEmpty() && typed.get("newDue-month").isEmpty()
                        && typed.get("newDue-year").isEmpty() ? "staff.journey.extension.date.required"
                        : "staff.journey.extension.date.invalid");
            }
            if (typed.get("reason").isEmpty()) {
                errors.add("reason", "staff.journey.extension.reason.required");
            } else if (typed.get("reason").length() > StageOneRules.REASON_LIMIT) {
                errors.add("reason", "staff.journey.extension.reason.tooLong");
            }
            if (errors.isEmpty()) {
                try {
                    Optional<StageOneRules.ExtensionProblem> problem =
                            stageOne.extend(id, newDue.get(), typed.get("reason"), me);
                    if (problem.isEmpty()) {
                        return backTo(id, "extension");
                    }
                    switch (problem.get()) {
                        case NOT_AFTER_CURRENT_DUE -> errors.add("newDue", "staff.journey.extension.date.notAfter");
                        case REASON_REQUIRED -> errors.add("reason", "staff.journey.extension.reason.required");
                        case REASON_TOO_LONG -> errors.add("reason", "staff.journey.extension.reason.tooLong");
                    }
                } catch (StageOne.NotInStageOne after) {
                    errors.add("newDue", "staff.journey.notInStageOne");
                } catch (StageOne.NotAllowed refused) {
                    errors.add("newDue", "staff.journey.extension.refused");
                }
            }
            return page(journeys.find(id).orElseThrow(), me, typed, errors).status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .response();
        });
    }

    @Post("/outcome")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> outcome(HttpRequest<?> request, @PathVariable long id, FormData form) {
        return withJourney(request, id, (journey, me) -> {
            String outcome = form.get("outcome");
            String reasons = form.get("reasons").strip();
            Map<String, String> typed = Map.of("outcome", outcome, "reasons", reasons);
            FormErrors errors = new FormErrors();
            if (!outcome.equals("proceed") && !outcome.equals("not-suitable")) {
                errors.add("outcome", "staff.journey.outcome.required");
            } else if (outcome.equals("not-suitable") && reasons.isEmpty()) {
                errors.add("reasons", "staff.journey.outcome.reasons.required");
            } else if (reasons.length() > StageOneRules.REASON_LIMIT) {
                errors.add("reasons", "staff.journey.outcome.reasons.tooLong");
            }
            if (errors.isEmpty()) {
                try {
                    if (outcome.equals("proceed")) {
                        stageOne.proceed(id, me);
                    } else {
                        stageOne.notSuitable(id, reasons, me);
                    }
                    return backTo(id, "outcome");
                } catch (StageOne.ChecksNotCompleted notYet) {
                    errors.add("outcome", "staff.journey.outcome.checksNotCompleted");
                } catch (StageOne.NotInStageOne after) {
                    errors.add("outcome", "staff.journey.notInStageOne");
                } catch (RefusedTransition refused) {
                    errors.add("outcome", "staff.journey.outcome.refused");
                }
            }
            return page(journeys.find(id).orElseThrow(), me, typed, errors).status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .response();
        });
    }

    @Post("/pause")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> pause(HttpRequest<?> request, @PathVariable long id, FormData form) {
        return choose(request, id, JourneyEvent.PAUSE, form);
    }

    @Post("/resume")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> resume(HttpRequest<?> request, @PathVariable long id, FormData form) {
        return choose(request, id, JourneyEvent.RESUME, form);
    }

    @Post("/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> withdraw(HttpRequest<?> request, @PathVariable long id, FormData form) {
        return choose(request, id, JourneyEvent.WITHDRAW, form);
    }

    /** Staff pause, resume or withdraw the journey for the person (who asked them to), with an optional reason. */
    private HttpResponse<?> choose(HttpRequest<?> request, long id, JourneyEvent event, FormData form) {
        return withJourney(request, id, (journey, me) -> {
            String reason = form.get("choiceReason").strip();
            FormErrors errors = new FormErrors();
            if (PauseAndWithdraw.reasonTooLong(reason)) {
                errors.add("choiceReason", "staff.journey.choice.reason.tooLong");
            } else {
                try {
                    journeys.fire(id, event, JourneyActorIdentity.staff(me), PauseAndWithdraw.detail(reason));
                    return backTo(id, event.name().toLowerCase());
                } catch (RefusedTransition refused) {
                    errors.add("choiceReason", "staff.journey.choice.refused");
                }
            }
            return page(journeys.find(id).orElseThrow(), me, Map.of("choiceReason", reason), errors)
                    .status(HttpStatus.UNPROCESSABLE_ENTITY).response();
        });
    }

    private static int parseInt(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static HttpResponse<?> backTo(long id, String done) {
        return HttpResponse.seeOther(URI.create("/staff/journeys/" + id + "?done=" + done));
    }

    private Page page(Journey journey, StaffMember me, Map<String, String> typed, FormErrors errors) {
        LocalDate today = Times.todayUk(clock);
        JourneyClocks clocks = new JourneyClocks(holidays.calendar());
        boolean inStageOne = journey.state() == JourneyState.STAGE_ONE;
        boolean stageOneClock = inStageOne
                || (journey.state() == JourneyState.PAUSED && journey.pausedFrom() == JourneyState.STAGE_ONE);
        Optional<LocalDate> due = stageOneClock ? stageOne.decisionDue(journey.id())
                : clocks.clockFor(journey.state(), Times.toUk(journey.stateSince()).toLocalDate())
                        .map(JourneyClocks.Clock::due);
        Optional<Registration> registration = registrations.forJourney(journey.id());
        var checks = stageOne.checks(journey.id());
        var extensions = stageOne.extensions(journey.id());
        var history = journeys.history(journey.id());
        Map<Object, java.time.LocalDateTime> ukTimes = new java.util.IdentityHashMap<>();
        checks.forEach(c -> ukTimes.put(c, Times.toUk(c.updatedAt())));
        extensions.forEach(e -> ukTimes.put(e, Times.toUk(e.at())));
        history.forEach(h -> ukTimes.put(h, Times.toUk(h.at())));
        Page page = Page.of("staff/journey/journey").with("journey", journey)
                .with("name", nameOf(journey, registration))
                .with("registration", registration.orElse(null))
                .with("due", due.orElse(null))
                .with("clockState", due.map(d -> clocks.state(d, today)).orElse(null))
                .with("stageOneClock", stageOneClock)
                .with("inStageOne", inStageOne)
                .with("checks", checks)
                .with("statuses", List.of(CheckStatus.values()))
                .with("extensions", extensions)
                .with("ukTimes", ukTimes)
                .with("outcomes", OUTCOMES)
                .with("history", history)
                .with("choices", PauseAndWithdraw.available(journey, JourneyActor.of(me)).stream()
                        .map(e -> e.name().toLowerCase()).toList())
                .with("typed", typed)
                .with("backLink", "/staff");
        return errors.isEmpty() ? page : page.with("errors", errors);
    }

    private String nameOf(Journey journey, Optional<Registration> registration) {
        String names = registration.map(r -> String.join(" and ", java.util.stream.Stream.of(
                r.answers().get("applicant1-name"), r.answers().get("applicant2-name"))
                .filter(n -> !n.isBlank()).toList())).orElse("");
        return names.isBlank() ? accounts.find(journey.applicantId()).map(a -> a.email()).orElse("") : names;
    }

    private interface Action {
        HttpResponse<?> run(Journey journey, StaffMember me);
    }

    private static HttpResponse<?> notFound() {
        return Page.of("errors/not-found").status(HttpStatus.NOT_FOUND).response();
    }

    /** Lets the action run only for staff who may see the journey's team; everyone else gets 404. */
    private HttpResponse<?> withJourney(HttpRequest<?> request, long id, Action action) {
        StaffMember me = Visitor.of(request).staff();
        Optional<Journey> journey = journeys.find(id).filter(j -> me.canSeeTeam(j.teamId()));
        return journey.isEmpty() ? notFound() : action.run(journey.get(), me);
    }
}
