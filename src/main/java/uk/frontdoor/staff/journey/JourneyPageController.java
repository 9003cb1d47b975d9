package uk.frontdoor.staff.journey;

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
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.applicant.ApplicantAccounts;
import uk.frontdoor.core.calendar.BankHolidays;
import uk.frontdoor.core.journey.Journey;
import uk.frontdoor.core.journey.JourneyActor;
import uk.frontdoor.core.journey.JourneyClocks;
import uk.frontdoor.core.journey.JourneyEvent;
import uk.frontdoor.core.journey.JourneyState;
import uk.frontdoor.core.journey.Journeys;
import uk.frontdoor.core.journey.PauseAndWithdraw;
import uk.frontdoor.core.registration.Registration;
import uk.frontdoor.core.registration.Registrations;
import uk.frontdoor.core.stageone.CheckStatus;
import uk.frontdoor.core.stageone.ExtensionReason;
import uk.frontdoor.core.stageone.StageOne;
import uk.frontdoor.core.staff.SpecialCategory;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.core.stagetwo.DeadlineReminders;
import uk.frontdoor.platform.time.Times;
import uk.frontdoor.staff.StaffWords;
import uk.frontdoor.web.access.StaffOnly;
import uk.frontdoor.web.form.Choice;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.view.Page;
import uk.frontdoor.web.view.ResultPages;

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
    static final List<Choice> EXTENSION_REASONS = java.util.Arrays.stream(ExtensionReason.values())
            .map(r -> Choice.of(r.name(), "staff.journey.extension.kind." + r.name())).toList();

    private final Journeys journeys;
    private final StageOne stageOne;
    private final Registrations registrations;
    private final ApplicantAccounts accounts;
    private final BankHolidays holidays;
    private final StaffWords words;
    private final Clock clock;
    private final DeadlineReminders reminders;

    public JourneyPageController(Journeys journeys, StageOne stageOne, Registrations registrations,
                                 ApplicantAccounts accounts, BankHolidays holidays, StaffWords words, Clock clock,
                                 DeadlineReminders reminders) {
        this.reminders = reminders;
        this.words = words;
        this.journeys = journeys;
        this.stageOne = stageOne;
        this.registrations = registrations;
        this.accounts = accounts;
        this.holidays = holidays;
        this.clock = clock;
    }

    @Get
    public HttpResponse<?> show(HttpRequest<?> request, @PathVariable long id, @Nullable @QueryValue String done) {
        StaffMember me = Visitor.of(request).staff();
        return ResultPages.answer(journeys.open(me, id), journey -> {
            Page page = page(journey, me, Map.of(), new FormErrors());
            return (done == null ? page : page.with("done", "staff.journey.done." + done)).response();
        }, problems -> {
            throw new IllegalStateException("opening a journey is not refused");
        });
    }

    @Post("/checks/{checkId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> recordCheck(HttpRequest<?> request, @PathVariable long id, @PathVariable long checkId,
                                       FormData form) {
        StaffMember me = Visitor.of(request).staff();
        String statusField = "status-" + checkId;
        String noteField = "note-" + checkId;
        Map<String, String> typed = Map.of(statusField, form.get(statusField), noteField, form.get(noteField));
        CheckStatus status = CheckStatus.named(form.get(statusField)).orElse(null);
        return ResultPages.answer(stageOne.record(me, id, checkId, status, form.get(noteField),
                        parseInt(form.get("version"))),
                journey -> backTo(id, "check"), problems -> again(id, me, typed, problems),
                (journey, reason) -> page(journey, me, typed, new FormErrors().add(statusField, reason)).response());
    }

    @Post("/extension")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> extend(HttpRequest<?> request, @PathVariable long id, FormData form) {
        StaffMember me = Visitor.of(request).staff();
        Map<String, String> typed = new HashMap<>();
        for (String f : List.of("newDue-day", "newDue-month", "newDue-year", "reasonKind", "reason")) {
            typed.put(f, form.get(f));
        }
        return ResultPages.answer(stageOne.extend(me, id, form.date("newDue"),
                        ExtensionReason.named(form.get("reasonKind")).orElse(null), form.get("reason")),
                journey -> backTo(id, "extension"), problems -> again(id, me, typed, problems));
    }

    @Post("/outcome")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> outcome(HttpRequest<?> request, @PathVariable long id, FormData form) {
        StaffMember me = Visitor.of(request).staff();
        String outcome = form.get("outcome");
        Map<String, String> typed = Map.of("outcome", outcome, "reasons", form.get("reasons"));
        StageOne.Outcome chosen = outcome.equals("proceed") ? StageOne.Outcome.PROCEED
                : outcome.equals("not-suitable") ? StageOne.Outcome.NOT_SUITABLE : null;
        return ResultPages.answer(stageOne.decide(me, id, chosen, form.get("reasons")),
                journey -> backTo(id, "outcome"), problems -> again(id, me, typed, problems));
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
        StaffMember me = Visitor.of(request).staff();
        String reason = form.get("choiceReason");
        return ResultPages.answer(journeys.choose(me, id, event, reason),
                journey -> backTo(id, event.name().toLowerCase()),
                problems -> again(id, me, Map.of("choiceReason", reason), problems));
    }

    /** The page again with what was typed and the problems (core has already found the journey visible). */
    private MutableHttpResponse<?> again(long id, StaffMember me, Map<String, String> typed, List<Problem> problems) {
        // shown again through the audited read: the page with its errors is a view too (issue 12)
        Journey journey = ((Result.Done<Journey>) journeys.open(me, id)).value();
        return page(journey, me, typed, FormErrors.of(problems)).response();
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
                : clocks.clockFor(journey.state(), Times.ukDay(journey.stateSince()))
                        .map(JourneyClocks.Clock::due);
        Optional<Registration> registration = registrations.forJourney(journey.id());
        var checks = stageOne.checksSeenBy(me, journey.id());
        var extensions = stageOne.extensions(journey.id());
        var history = journeys.history(journey.id());
        Map<Object, java.time.LocalDateTime> ukTimes = new java.util.IdentityHashMap<>();
        checks.forEach(c -> ukTimes.put(c, Times.toUk(c.updatedAt())));
        extensions.forEach(e -> ukTimes.put(e, Times.toUk(e.at())));
        history.forEach(h -> ukTimes.put(h, Times.toUk(h.at())));
        var remindersSent = reminders.sent(journey.id());
        remindersSent.forEach(r -> ukTimes.put(r, Times.toUk(r.sentAt())));
        Map<Object, String> details = new java.util.IdentityHashMap<>();
        history.forEach(h -> details.put(h, HistoryDetail.of(words, h)));
        Page page = Page.of("staff/journey/journey").with("journey", journey)
                .with("name", nameOf(journey, registration))
                .with("registration", registration.orElse(null))
                .with("due", due.orElse(null))
                .with("clockState", due.map(d -> clocks.state(d, today)).orElse(null))
                .with("stageOneClock", stageOneClock)
                .with("inStageOne", inStageOne)
                .with("checks", checks)
                .with("dbsWithheld", !SpecialCategory.CRIMINAL_RECORD.shownTo(me))
                .with("statuses", List.of(CheckStatus.values()))
                .with("extensions", extensions)
                .with("extensionReasons", EXTENSION_REASONS)
                .with("reminders", remindersSent)
                .with("ukTimes", ukTimes)
                .with("outcomes", OUTCOMES)
                .with("history", history)
                .with("details", details)
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
}
