package uk.frontdoor.applicant.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import java.net.URI;
import uk.frontdoor.core.applicant.ContactDetails;
import uk.frontdoor.core.applicant.ContactDetails.Confirmation;
import uk.frontdoor.web.access.Public;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.view.Page;

/**
 * The link sent to a new email address. Opening it changes nothing (mail scanners open links): the page asks the
 * person to confirm, and only that POST moves the account. Public, because the link is the proof: it may be opened
 * on another device than the one where the person asked for it.
 */
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Controller("/confirm-email")
@Public
public class EmailConfirmationController {
    private final ContactDetails details;

    public EmailConfirmationController(ContactDetails details) {
        this.details = details;
    }

    @Get
    public HttpResponse<?> ask(@Nullable @QueryValue String token) {
        Confirmation state = details.check(token);
        return state == Confirmation.READY ? Page.of("applicant/confirm-email").with("token", token).response()
                : outcome(state);
    }

    @Get("/done")
    public HttpResponse<?> done() {
        return outcome(Confirmation.CHANGED);
    }

    @Post
    public HttpResponse<?> confirm(FormData form) {
        Confirmation state = details.confirm(form.get("token"));
        return state == Confirmation.CHANGED ? HttpResponse.seeOther(URI.create("/confirm-email/done")) : outcome(state);
    }

    private static HttpResponse<?> outcome(Confirmation state) {
        return Page.of("applicant/email-change-outcome").with("state", state.name())
                .status(state == Confirmation.CHANGED ? HttpStatus.OK
                        : state == Confirmation.TAKEN ? HttpStatus.CONFLICT : HttpStatus.NOT_FOUND).response();
    }
}
