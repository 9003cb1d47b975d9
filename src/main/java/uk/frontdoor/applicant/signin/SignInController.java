package uk.frontdoor.applicant.signin;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import java.net.URI;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.frontdoor.core.applicant.SignInLinks;
import uk.frontdoor.core.identity.EmailAddress;
import uk.frontdoor.platform.ratelimit.RateLimit;
import uk.frontdoor.platform.ratelimit.RateLimiter;
import uk.frontdoor.web.access.Public;
import uk.frontdoor.web.form.EmailField;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.session.ClientAddress;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.session.WebSessions;
import uk.frontdoor.web.view.Page;

/**
 * Sign-in for the public by email link. Opening the link shows a button rather than signing in at once: mail
 * scanners open links in emails, and must not use up the single-use token.
 */
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Controller("/sign-in")
@Public
public class SignInController {
    /** Links asked for one email address: enough for a person, too few to flood their inbox. */
    static final RateLimit PER_EMAIL = RateLimit.perHour("sign-in-email", 5);
    private static final Logger LOG = LoggerFactory.getLogger(SignInController.class);

    private final SignInLinks links;
    private final WebSessions sessions;
    private final RateLimiter limiter;
    private final ClientAddress clientAddress;
    /** Requests from one client address, whatever the email. */
    private final RateLimit perAddress;

    public SignInController(SignInLinks links, WebSessions sessions, RateLimiter limiter, ClientAddress clientAddress,
                            @Value("${frontdoor.rate-limit.sign-in-per-hour:30}") int perAddressPerHour) {
        this.links = links;
        this.sessions = sessions;
        this.limiter = limiter;
        this.clientAddress = clientAddress;
        this.perAddress = RateLimit.perHour("sign-in-address", perAddressPerHour);
    }

    @Get
    public HttpResponse<?> form(@Nullable @QueryValue("signedOut") String signedOut) {
        String banner = signedOut == null ? null
                : "everywhere".equals(signedOut) ? "signIn.signedOutEverywhere" : "signIn.signedOut";
        return Page.of("applicant/sign-in").with("signedOut", banner).with("email", "").response();
    }

    @Post
    public HttpResponse<?> request(HttpRequest<?> request, FormData form) {
        String email = form.get("email");
        FormErrors errors = new FormErrors();
        Optional<EmailAddress> address = EmailField.read(email, "email", "signIn.email", errors);
        if (address.isEmpty()) {
            return Page.of("applicant/sign-in").with("email", email).with("errors", errors)
                    .status(HttpStatus.UNPROCESSABLE_ENTITY).response();
        }
        RateLimiter.Decision fromAddress = limiter.hit(perAddress, clientAddress.of(request));
        if (!fromAddress.allowed()) {
            LOG.warn("Sign-in links refused: {} requests from one address within the hour", fromAddress.hits());
            return Page.of("applicant/too-many").status(HttpStatus.TOO_MANY_REQUESTS).response()
                    .header("Retry-After", String.valueOf(fromAddress.retryAfter().toSeconds()));
        }
        if (limiter.hit(PER_EMAIL, address.get().value()).allowed()) {
            links.request(address.get());
        } else {
            // the same answer as ever, so the limit reveals nothing about the address; no more emails this hour
            LOG.warn("Sign-in link not sent: too many asked for one email address within the hour");
        }
        return HttpResponse.seeOther(URI.create("/sign-in/check-email"));
    }

    @Get("/check-email")
    public HttpResponse<?> checkEmail() {
        return Page.of("applicant/check-email").with("minutes", SignInLinks.VALID_FOR.toMinutes()).response();
    }

    @Get("/link")
    public HttpResponse<?> link(@Nullable @QueryValue("token") String token) {
        if (token == null || token.isBlank()) {
            return problem("unknown");
        }
        return Page.of("applicant/continue").with("token", token).response();
    }

    @Post("/link")
    public HttpResponse<?> redeem(HttpRequest<?> request, FormData form) {
        SignInLinks.Redemption result = links.redeem(form.get("token"));
        if (result instanceof SignInLinks.Redemption.SignedIn signedIn) {
            sessions.signInApplicant(Visitor.of(request), signedIn.applicant().id());
            return HttpResponse.seeOther(URI.create("/account"));
        }
        if (result instanceof SignInLinks.Redemption.Expired) {
            return problem("expired");
        }
        return problem(result instanceof SignInLinks.Redemption.AlreadyUsed ? "used" : "unknown");
    }

    private static HttpResponse<?> problem(String why) {
        return Page.of("applicant/link-problem").with("why", why).status(HttpStatus.BAD_REQUEST).response();
    }


}
