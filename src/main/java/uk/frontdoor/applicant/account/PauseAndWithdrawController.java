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
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import uk.frontdoor.core.journey.Journey;
import uk.frontdoor.core.journey.JourneyActor;
import uk.frontdoor.core.journey.JourneyActorIdentity;
import uk.frontdoor.core.journey.JourneyEvent;
import uk.frontdoor.core.journey.Journeys;
import uk.frontdoor.core.journey.PauseAndWithdraw;
import uk.frontdoor.core.journey.RefusedTransition;
import uk.frontdoor.web.access.ApplicantOnly;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.view.Page;

/**
 * The person pauses or withdraws their own journey (a confirm page with an optional reason), or resumes it. Their
 * journey is found from their session: there is no id to guess.
 */
@Controller("/account")
@ApplicantOnly
public class PauseAndWithdrawController {
    private final Journeys journeys;

    public PauseAndWithdrawController(Journeys journeys) {
        this.journeys = journeys;
    }

    @Get("/pause")
    public HttpResponse<?> confirmPause(HttpRequest<?> request) {
        return confirm(request, "pause");
    }

    @Get("/withdraw")
    public HttpResponse<?> confirmWithdraw(HttpRequest<?> request) {
        return confirm(request, "withdraw");
    }

    @Post("/pause")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> pause(HttpRequest<?> request, FormData form) {
        return choose(request, "pause", form);
    }

    @Post("/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> withdraw(HttpRequest<?> request, FormData form) {
        return choose(request, "withdraw", form);
    }

    @Post("/resume")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> resume(HttpRequest<?> request, FormData form) {
        return choose(request, "resume", form);
    }

    private HttpResponse<?> confirm(HttpRequest<?> request, String choice) {
        var event = event(choice);
        return ownJourney(request).filter(j -> allowed(j, event))
                .<HttpResponse<?>>map(j -> page(choice, "", new FormErrors()).response())
                .orElseGet(() -> HttpResponse.seeOther(URI.create("/account")));
    }

    private HttpResponse<?> choose(HttpRequest<?> request, String choice, FormData form) {
        var event = event(choice);
        Optional<Journey> journey = ownJourney(request).filter(j -> allowed(j, event));
        if (journey.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/account"));
        }
        String reason = form.get("reason").strip();
        if (event != JourneyEvent.RESUME && PauseAndWithdraw.reasonTooLong(reason)) {
            return page(choice, reason, new FormErrors().add("reason", "account.choice.reason.tooLong"))
                    .status(HttpStatus.UNPROCESSABLE_ENTITY).response();
        }
        try {
            journeys.fire(journey.get().id(), event, JourneyActorIdentity.applicant(Visitor.of(request).applicant()),
                    event == JourneyEvent.RESUME ? null : PauseAndWithdraw.detail(reason));
        } catch (RefusedTransition changedMeanwhile) {
            // someone else moved the journey a moment ago: the account shows where it stands now
        }
        return HttpResponse.seeOther(URI.create("/account?done=" + choice));
    }

    private static JourneyEvent event(String choice) {
        return JourneyEvent.valueOf(choice.toUpperCase());
    }

    private static boolean allowed(Journey journey, JourneyEvent event) {
        return PauseAndWithdraw.available(journey, EnumSet.of(JourneyActor.APPLICANT)).contains(event);
    }

    private Optional<Journey> ownJourney(HttpRequest<?> request) {
        return journeys.current(Visitor.of(request).applicant());
    }

    private static Page page(String choice, String reason, FormErrors errors) {
        Page page = Page.of("applicant/account/confirm").with("choice", choice).with("typed", Map.of("reason", reason))
                .with("limit", PauseAndWithdraw.REASON_LIMIT).with("backLink", "/account");
        return errors.isEmpty() ? page : page.with("errors", errors);
    }
}
