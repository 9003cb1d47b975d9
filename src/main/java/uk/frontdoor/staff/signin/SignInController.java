package uk.frontdoor.staff.signin;

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
import java.util.List;
import uk.frontdoor.core.staff.SignInResult;
import uk.frontdoor.core.staff.StaffAccounts;
import uk.frontdoor.core.staff.signon.SingleSignOn;
import uk.frontdoor.web.access.ResponseHeaders;
import uk.frontdoor.web.access.Public;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.session.WebSessions;
import uk.frontdoor.web.view.Page;

/**
 * Staff sign in with email and password, and sign out. A wrong password and an unknown email get the
 * same words; a locked account is told so whatever password was typed.
 */
@Controller("/staff")
@Public
public class SignInController {
    static final int MAX_EMAIL = 320;
    static final int MAX_PASSWORD = 500;

    private final StaffAccounts accounts;
    private final WebSessions sessions;
    private final SingleSignOn singleSignOn;

    public SignInController(StaffAccounts accounts, WebSessions sessions, SingleSignOn singleSignOn) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.singleSignOn = singleSignOn;
    }

    @Get("/sign-in")
    public HttpResponse<?> form(HttpRequest<?> request, @Nullable @QueryValue String next,
                                @Nullable @QueryValue String signedOut) {
        if (Visitor.of(request).isStaff()) {
            return HttpResponse.seeOther(URI.create(NextPage.orHome(next)));
        }
        return page(request, NextPage.orHome(next), "", new FormErrors())
                .with("signedOut", signedOut != null)
                .response();
    }

    @Post("/sign-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> signIn(HttpRequest<?> request, FormData form) {
        String email = form.get("email");
        String password = untrimmed(form, "password");
        String next = NextPage.orHome(form.get("next"));
        FormErrors errors = new FormErrors();
        if (email.isEmpty()) {
            errors.add("email", "staff.signIn.error.emailMissing");
        } else if (email.length() > MAX_EMAIL) {
            errors.add("email", "staff.signIn.error.refused");
        }
        if (password.isEmpty()) {
            errors.add("password", "staff.signIn.error.passwordMissing");
        } else if (password.length() > MAX_PASSWORD) {
            errors.add("password", "staff.signIn.error.refused");
        }
        if (!errors.isEmpty()) {
            return page(request, next, email, errors).status(HttpStatus.UNPROCESSABLE_ENTITY).response();
        }
        SignInResult result = accounts.signIn(email, password);
        if (result instanceof SignInResult.SignedIn signedIn) {
            sessions.signInStaff(Visitor.of(request), signedIn.staff().id());
            return HttpResponse.seeOther(URI.create(next));
        }
        String key = result instanceof SignInResult.Locked ? "staff.signIn.error.locked" : "staff.signIn.error.refused";
        return page(request, next, email, errors.add("email", key)).status(HttpStatus.UNPROCESSABLE_ENTITY).response();
    }

    /** Public, so that someone whose session has already expired can still press "Sign out". */
    @Post("/sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> signOut(HttpRequest<?> request) {
        sessions.end(Visitor.of(request));
        return HttpResponse.seeOther(URI.create("/staff/sign-in?signedOut=true"));
    }

    /** Passwords are taken exactly as typed: spaces at either end are part of them. */
    private static String untrimmed(FormData form, String name) {
        List<String> values = form.fields().get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }

    /** The sign-in page; with single sign-on on, its button comes first (ADR 0027). */
    private Page page(HttpRequest<?> request, String next, String email, FormErrors errors) {
        Page page = Page.of("staff/signin/sign-in")
                .with("next", next)
                .with("email", email)
                .with("errors", errors)
                .with("singleSignOn", singleSignOn.isOn());
        if (singleSignOn.isOn()) {
            singleSignOn.displayName().ifPresent(words -> page.with("singleSignOnButton", words));
            ResponseHeaders.allowFormsTo(request, singleSignOn.formTargets());
        }
        return page;
    }
}
