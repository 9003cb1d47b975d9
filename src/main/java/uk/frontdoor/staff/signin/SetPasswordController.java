package uk.frontdoor.staff.signin;

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
import uk.frontdoor.core.staff.PasswordRules;
import uk.frontdoor.core.staff.SetPasswordLinks;
import uk.frontdoor.core.staff.SetPasswordLinks.Opening;
import uk.frontdoor.core.staff.SetPasswordLinks.Setting;
import uk.frontdoor.staff.PasswordErrors;
import uk.frontdoor.web.access.Public;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.view.Page;

/**
 * The page an emailed set-password link opens (ADR 0030). Opening it shows the form and spends nothing, since mail
 * scanners open links; the link is spent only when a password that passes the rules is saved. Setting a password does
 * not sign the person in: they are sent to sign in with it.
 */
@Controller("/staff/set-password")
@Public
public class SetPasswordController {
    private final SetPasswordLinks links;

    public SetPasswordController(SetPasswordLinks links) {
        this.links = links;
    }

    @Get
    public HttpResponse<?> form(@Nullable @QueryValue("token") String token) {
        Opening opening = links.open(token);
        if (opening instanceof Opening.Usable usable) {
            return page(token, usable.email(), new FormErrors()).response();
        }
        return problem(opening instanceof Opening.Expired ? "expired"
                : opening instanceof Opening.Used ? "used" : "unknown");
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> save(FormData form) {
        String token = form.get("token");
        Setting setting = links.setPassword(token, form.untrimmed("password"), form.untrimmed("confirmPassword"));
        if (setting instanceof Setting.Saved) {
            return HttpResponse.seeOther(URI.create("/staff/set-password/done"));
        }
        if (setting instanceof Setting.Refused refused) {
            return page(token, refused.email(), PasswordErrors.of(refused.problems()))
                    .status(HttpStatus.UNPROCESSABLE_ENTITY).response();
        }
        return problem(setting instanceof Setting.Expired ? "expired"
                : setting instanceof Setting.Used ? "used" : "unknown");
    }

    @Get("/done")
    public HttpResponse<?> done() {
        return Page.of("staff/signin/password-set").response();
    }

    private static Page page(String token, String email, FormErrors errors) {
        return Page.of("staff/signin/set-password")
                .with("token", token)
                .with("email", email)
                .with("minLength", PasswordRules.MIN_LENGTH)
                .with("errors", errors);
    }

    private static HttpResponse<?> problem(String why) {
        return Page.of("staff/signin/set-password-problem").with("why", why).status(HttpStatus.BAD_REQUEST).response();
    }
}
