package uk.frontdoor.applicant.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.frontdoor.applicant.training.TrainingEnrolmentController;
import uk.frontdoor.core.applicant.ApplicantRecords;
import uk.frontdoor.core.applicant.SignInLinks;
import uk.frontdoor.core.calendar.BankHolidays;
import uk.frontdoor.core.events.EventBookings;
import uk.frontdoor.core.journey.Journey;
import uk.frontdoor.core.journey.JourneyActor;
import uk.frontdoor.core.journey.JourneyClocks;
import uk.frontdoor.core.journey.JourneyEvent;
import uk.frontdoor.core.journey.JourneyEventLine;
import uk.frontdoor.core.journey.JourneyState;
import uk.frontdoor.core.journey.Journeys;
import uk.frontdoor.core.journey.PauseAndWithdraw;
import uk.frontdoor.core.stageone.StageOne;
import uk.frontdoor.core.training.Training;
import uk.frontdoor.platform.time.Times;
import uk.frontdoor.web.access.ApplicantOnly;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.session.WebSessions;
import uk.frontdoor.web.view.Page;
import uk.frontdoor.web.view.ResultPages;

/** The signed-in person's home: where each of their enquiries stands and who will be in touch. */
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Controller("/account")
@ApplicantOnly
public class AccountController {
    private final ApplicantRecords records;
    private final WebSessions sessions;
    private final Journeys journeys;
    private final BankHolidays holidays;
    private final Clock clock;
    private final StageOne stageOne;
    private final StageTwoAccount stageTwo;
    private final Training training;
    private final SignInLinks links;
    private final EventBookings bookings;

    public AccountController(ApplicantRecords records, WebSessions sessions, Journeys journeys, BankHolidays holidays,
                             Clock clock, StageOne stageOne, StageTwoAccount stageTwo, Training training,
                             SignInLinks links, EventBookings bookings) {
        this.bookings = bookings;
        this.links = links;
        this.stageOne = stageOne;
        this.stageTwo = stageTwo;
        this.training = training;
        this.records = records;
        this.sessions = sessions;
        this.journeys = journeys;
        this.holidays = holidays;
        this.clock = clock;
    }

    @Get
    public HttpResponse<?> home(HttpRequest<?> request, @Nullable @QueryValue String done) {
        var applicant = Visitor.of(request).applicant();
        var journey = journeys.current(applicant);
        var choices = journey.map(j -> PauseAndWithdraw.available(j, EnumSet.of(JourneyActor.APPLICANT)))
                .orElse(List.of());
        String banner = done != null && Set.of("pause", "resume", "withdraw").contains(done)
                ? "account.choice.done." + done : null;
        return Page.of("applicant/account").with("applicant", applicant)
                .with("done", banner)
                .with("canPause", choices.contains(JourneyEvent.PAUSE))
                .with("canResume", choices.contains(JourneyEvent.RESUME))
                .with("canWithdraw", choices.contains(JourneyEvent.WITHDRAW))
                .with("journey", journey.map(this::summary).orElse(null))
                .with("stageOne", journey.flatMap(this::stageOne).orElse(null))
                .with("decisionReasons", journey.flatMap(this::decisionReasons).orElse(null))
                .with("stageTwo", journey.flatMap(stageTwo::of).orElse(null))
                .with("enquiries", records.enquiries(applicant))
                .with("requests", records.supportRequests(applicant))
                .with("bookings", records.bookings(applicant))
                .with("training", TrainingEnrolmentController.summary(training, applicant)).response();
    }

    /** The person's own Stage One checks (their journey is found from their session, never from the address). */
    private Optional<StageOneView> stageOne(Journey journey) {
        boolean inProgress = journey.state() == JourneyState.STAGE_ONE
                || (journey.state() == JourneyState.PAUSED && journey.pausedFrom() == JourneyState.STAGE_ONE);
        boolean after = switch (journey.state()) {
            case STAGE_ONE_COMPLETE, STAGE_TWO, AWAITING_PANEL, APPROVED -> true;
            case PAUSED -> journey.pausedFrom() == JourneyState.STAGE_ONE_COMPLETE
                    || journey.pausedFrom() == JourneyState.STAGE_TWO;
            default -> false;
        };
        var checks = stageOne.checks(journey.id());
        if (checks.isEmpty() || !(inProgress || after)) {
            return Optional.empty();
        }
        return Optional.of(StageOneView.of(inProgress, checks));
    }

    /** Why the agency declined the registration or found the person not suitable at Stage One: told to them. */
    private Optional<String> decisionReasons(Journey journey) {
        JourneyEvent decided = switch (journey.state()) {
            case REGISTRATION_DECLINED -> JourneyEvent.DECLINE_REGISTRATION;
            case NOT_SUITABLE_AT_STAGE_ONE -> JourneyEvent.FIND_NOT_SUITABLE_AT_STAGE_ONE;
            default -> null;
        };
        if (decided == null) {
            return Optional.empty();
        }
        return journeys.history(journey.id()).stream().filter(e -> e.event() == decided).findFirst()
                .map(JourneyEventLine::detail);
    }

    private JourneySummary summary(Journey journey) {
        LocalDate today = Times.todayUk(clock);
        LocalDate since = Times.ukDay(journey.stateSince());
        JourneyClocks clocks = new JourneyClocks(holidays.calendar());
        if (journey.state() == JourneyState.STAGE_ONE) {
            var due = stageOne.decisionDue(journey.id());
            if (due.isPresent()) {
                return new JourneySummary(journey.state(), JourneyClocks.ClockKind.AGENCY_DECIDES_BY, due.get(),
                        clocks.workingDaysLeft(due.get(), today));
            }
        }
        return clocks.clockFor(journey.state(), since)
                .map(c -> new JourneySummary(journey.state(), c.kind(), c.due(), clocks.workingDaysLeft(c.due(), today)))
                .orElse(new JourneySummary(journey.state(), null, null, 0));
    }

    /**
     * "Change or cancel" on one of the person's bookings: a new link to it, opening the same pages as the one in the
     * booking email. Not found for another person's booking, a cancelled one or an event that has started.
     */
    @Post("/bookings/{reference}")
    public HttpResponse<?> manageBooking(HttpRequest<?> request, @PathVariable String reference) {
        return bookings.manageLinkFor(Visitor.of(request).applicant(), reference)
                .<HttpResponse<?>>map(token -> HttpResponse.seeOther(URI.create("/events/booking/"
                        + URLEncoder.encode(token, StandardCharsets.UTF_8))))
                .orElseGet(ResultPages::notFound);
    }

    @Post("/sign-out")
    public HttpResponse<?> signOut(HttpRequest<?> request) {
        sessions.end(Visitor.of(request));
        return HttpResponse.seeOther(URI.create("/sign-in?signedOut=true"));
    }

    /** Ends every session of this account, on any device, and spends any sign-in link not yet used. */
    @Post("/sign-out-everywhere")
    public HttpResponse<?> signOutEverywhere(HttpRequest<?> request) {
        Visitor visitor = Visitor.of(request);
        links.retireAll(visitor.applicant());
        sessions.endEverywhere(visitor);
        return HttpResponse.seeOther(URI.create("/sign-in?signedOut=everywhere"));
    }
}
