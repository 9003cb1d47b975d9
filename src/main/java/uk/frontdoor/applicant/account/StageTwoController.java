package uk.frontdoor.applicant.account;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import java.net.URI;
import java.util.Optional;
import uk.frontdoor.core.applicant.Applicant;
import uk.frontdoor.core.journey.Journey;
import uk.frontdoor.core.journey.JourneyActorIdentity;
import uk.frontdoor.core.journey.JourneyState;
import uk.frontdoor.core.journey.Journeys;
import uk.frontdoor.core.stagetwo.StageTwo;
import uk.frontdoor.core.stagetwo.StageTwoRefused;
import uk.frontdoor.web.access.ApplicantOnly;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.view.Page;

/**
 * The applicant's own Stage Two steps: telling us they want to start it (within 6 months of Stage One), and
 * commenting on their Prospective Adopter's Report (within 10 working days). No ids in these URLs: each acts
 * only on the signed-in person's current journey.
 */
@Controller("/account")
@ApplicantOnly
public class StageTwoController {
    private final Journeys journeys;
    private final StageTwo stageTwo;
    private final StageTwoAccount account;

    public StageTwoController(Journeys journeys, StageTwo stageTwo, StageTwoAccount account) {
        this.journeys = journeys;
        this.stageTwo = stageTwo;
        this.account = account;
    }

    @Get("/stage-two")
    public HttpResponse<?> confirmStart(HttpRequest<?> request) {
        Optional<Journey> journey = inGap(Visitor.of(request).applicant());
        if (journey.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/account"));
        }
        return startPage(journey.get(), new FormErrors()).response();
    }

    @Post("/stage-two")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> start(HttpRequest<?> request, FormData form) {
        Applicant applicant = Visitor.of(request).applicant();
        try {
            stageTwo.start(applicant);
            return HttpResponse.seeOther(URI.create("/account"));
        } catch (StageTwoRefused refused) {
            Optional<Journey> journey = inGap(applicant);
            if (journey.isEmpty()) {
                return HttpResponse.seeOther(URI.create("/account"));
            }
            return startPage(journey.get(), new FormErrors().add("start", refused.problem().messageKey()))
                    .status(HttpStatus.UNPROCESSABLE_ENTITY).response();
        }
    }

    @Get("/report-comments")
    public HttpResponse<?> comments(HttpRequest<?> request) {
        return withReport(Visitor.of(request).applicant(), (journey, summary) ->
                commentsPage(summary, "", new FormErrors()).response());
    }

    @Post("/report-comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> sendComments(HttpRequest<?> request, FormData form) {
        Applicant applicant = Visitor.of(request).applicant();
        return withReport(applicant, (journey, summary) -> {
            String comments = form.get("comments");
            try {
                stageTwo.recordComments(journey.id(), comments, JourneyActorIdentity.applicant(applicant));
                return HttpResponse.seeOther(URI.create("/account"));
            } catch (StageTwoRefused refused) {
                StageTwoSummary now = account.of(journeys.find(journey.id()).orElseThrow()).orElse(summary);
                return commentsPage(now, comments, new FormErrors().add("comments", refused.problem().messageKey()))
                        .status(HttpStatus.UNPROCESSABLE_ENTITY).response();
            }
        });
    }

    private Optional<Journey> inGap(Applicant applicant) {
        return journeys.current(applicant).filter(j -> j.state() == JourneyState.STAGE_ONE_COMPLETE);
    }

    private Page startPage(Journey journey, FormErrors errors) {
        Page page = Page.of("applicant/account/start-stage-two")
                .with("stageTwo", account.of(journey).orElseThrow()).with("backLink", "/account");
        return errors.isEmpty() ? page : page.with("errors", errors);
    }

    private Page commentsPage(StageTwoSummary summary, String typed, FormErrors errors) {
        Page page = Page.of("applicant/account/report-comments").with("stageTwo", summary).with("typed", typed)
                .with("backLink", "/account");
        return errors.isEmpty() ? page : page.with("errors", errors);
    }

    private interface Action {
        HttpResponse<?> run(Journey journey, StageTwoSummary summary);
    }

    /** Only the person's own journey, in Stage Two with the report shared; anything else is not found. */
    private HttpResponse<?> withReport(Applicant applicant, Action action) {
        Optional<Journey> journey = journeys.current(applicant);
        Optional<StageTwoSummary> summary = journey.flatMap(account::of).filter(StageTwoSummary::reportShared);
        if (summary.isEmpty()) {
            return Page.of("errors/not-found").status(HttpStatus.NOT_FOUND).response();
        }
        return action.run(journey.get(), summary.get());
    }
}
