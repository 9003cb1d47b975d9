package uk.frontdoor.staff.signin;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import java.net.URI;
import uk.frontdoor.core.staff.signon.SignOnResult;
import uk.frontdoor.core.staff.signon.SingleSignOn;
import uk.frontdoor.core.staff.signon.SingleSignOnSettings;
import uk.frontdoor.web.access.Public;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.session.WebSessions;
import uk.frontdoor.web.view.Page;

/**
 * Staff single sign-on by OpenID Connect (ADR 0027): the button on the sign-in page posts here (with the CSRF token)
 * and is sent on to the provider; the provider sends the browser back to the callback, a GET with no CSRF token, kept
 * safe by the state (single use, 10 minutes, this browser only), the nonce and PKCE. Both answer 404 while single
 * sign-on is off. The rules live in {@link SingleSignOn}; the browser is bound by its CSRF token, a secret only it holds.
 */
@Controller("/staff/sign-in/oidc")
@Public
public class SingleSignOnController {
    private final SingleSignOn singleSignOn;
    private final WebSessions sessions;

    public SingleSignOnController(SingleSignOn singleSignOn, WebSessions sessions) {
        this.singleSignOn = singleSignOn;
        this.sessions = sessions;
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> start(HttpRequest<?> request, FormData form) {
        if (!singleSignOn.isOn()) {
            return notFound();
        }
        Visitor visitor = Visitor.of(request);
        String next = NextPage.orHome(form.get("next"));
        if (visitor.isStaff()) {
            return HttpResponse.seeOther(URI.create(next));
        }
        try {
            return HttpResponse.seeOther(singleSignOn.start(visitor.csrfToken(), next));
        } catch (SingleSignOn.Unavailable e) {
            return problem("staff.signOn.unavailable", HttpStatus.SERVICE_UNAVAILABLE);
        }
    }

    /** Where the provider sends the browser back: the redirect URI, {@link SingleSignOnSettings#CALLBACK_PATH}. */
    @Get("/callback")
    public HttpResponse<?> callback(HttpRequest<?> request) {
        if (!singleSignOn.isOn()) {
            return notFound();
        }
        var query = request.getParameters();
        Visitor visitor = Visitor.of(request);
        SignOnResult result = singleSignOn.finish(visitor.csrfToken(), new SingleSignOn.Callback(
                query.get("state"), query.get("code"), query.get("error"), query.get("iss")));
        if (result instanceof SignOnResult.SignedIn signedIn) {
            sessions.signInStaff(visitor, signedIn.staffId());
            return HttpResponse.seeOther(URI.create(NextPage.orHome(signedIn.next())));
        }
        if (result instanceof SignOnResult.Refused refused) {
            if (refused.refusal().isAboutTheAccount()) {
                return problem("staff.signOn.noAccount", HttpStatus.FORBIDDEN);
            }
            if (refused.refusal().isAboutTheAttempt()) {
                return problem("staff.signOn.notFinished", HttpStatus.BAD_REQUEST);
            }
            return problem("staff.signOn.refused", HttpStatus.FORBIDDEN);
        }
        return problem("staff.signOn.unavailable", HttpStatus.SERVICE_UNAVAILABLE);
    }

    private static HttpResponse<?> problem(String key, HttpStatus status) {
        return Page.of("staff/signin/sign-on-problem").with("key", key).status(status).response();
    }

    private static HttpResponse<?> notFound() {
        return Page.of("errors/not-found").status(HttpStatus.NOT_FOUND).response();
    }
}
