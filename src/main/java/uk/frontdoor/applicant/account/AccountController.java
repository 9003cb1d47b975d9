package uk.frontdoor.applicant.account;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import uk.frontdoor.core.applicant.ApplicantRecords;
import uk.frontdoor.core.calendar.BankHolidays;
import uk.frontdoor.core.journey.Journey;
import uk.frontdoor.core.journey.JourneyClocks;
import uk.frontdoor.core.journey.Journeys;
import uk.frontdoor.core.training.Training;
import uk.frontdoor.applicant.training.TrainingEnrolmentController;
import uk.frontdoor.platform.time.Times;
import uk.frontdoor.web.access.ApplicantOnly;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.session.WebSessions;
import uk.frontdoor.web.view.Page;

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
    private final Training training;

    public AccountController(ApplicantRecords records, WebSessions sessions, Journeys journeys, BankHolidays holidays,
                             Clock clock, Training training) {
        this.training = training;
        this.records = records;
        this.sessions = sessions;
        this.journeys = journeys;
        this.holidays = holidays;
        this.clock = clock;
    }

    @Get
    public HttpResponse<?> home(HttpRequest<?> request) {
        var applicant = Visitor.of(request).applicant();
        return Page.of("applicant/account").with("applicant", applicant)
                .with("journey", journeys.current(applicant).map(this::summary).orElse(null))
                .with("enquiries", records.enquiries(applicant))
                .with("requests", records.supportRequests(applicant))
                .with("training", TrainingEnrolmentController.summary(training, applicant)).response();
    }

    private JourneySummary summary(Journey journey) {
        LocalDate today = Times.todayUk(clock);
        LocalDate since = Times.toUk(journey.stateSince()).toLocalDate();
        JourneyClocks clocks = new JourneyClocks(holidays.calendar());
        return clocks.clockFor(journey.state(), since)
                .map(c -> new JourneySummary(journey.state(), c.kind(), c.due(), clocks.workingDaysLeft(c.due(), today)))
                .orElse(new JourneySummary(journey.state(), null, null, 0));
    }

    @Post("/sign-out")
    public HttpResponse<?> signOut(HttpRequest<?> request) {
        sessions.end(Visitor.of(request));
        return HttpResponse.seeOther(URI.create("/sign-in?signedOut=true"));
    }
}
