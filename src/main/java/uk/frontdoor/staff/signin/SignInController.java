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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.core.staff.signin.StaffSignIn;
import uk.frontdoor.core.staff.signon.SingleSignOn;
import uk.frontdoor.web.access.ResponseHeaders;
import uk.frontdoor.web.access.Public;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.session.ClientAddress;
import uk.frontdoor.web.session.StaffStage;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.session.WebSessions;
import uk.frontdoor.web.view.Page;

/**
 * Staff sign in with email and password, then (when they have or need one) their second factor, and sign out. A
 * wrong password and an unknown email get the same words; too many failures get a wait, never a lockout.
 */
@Controller("/staff")
@Public
public class SignInController {
    static final int MAX_EMAIL = 320;
    static final int MAX_PASSWORD = 500;
    static final int MAX_CODE = 40;

    private final StaffSignIn signIn;
    private final WebSessions sessions;
    private final ClientAddress clientAddress;
    private final TrustedDevices devices;
    private final SingleSignOn singleSignOn;

    public SignInController(StaffSignIn signIn, WebSessions sessions, ClientAddress clientAddress,
                            TrustedDevices devices, SingleSignOn singleSignOn) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.clientAddress = clientAddress;
        this.devices = devices;
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
        var device = devices.of(request);
        StaffSignIn.Result result = signIn.withPassword(new StaffSignIn.Attempt(email, password,
                clientAddress.of(request), device.map(TrustedDevices.Device::staffId).orElse(null),
                device.map(TrustedDevices.Device::id).orElse(null)));
        Visitor visitor = Visitor.of(request);
        if (result instanceof StaffSignIn.Result.SignedIn signedIn) {
            return signedIn(request, signedIn.staff(), next);
        }
        if (result instanceof StaffSignIn.Result.CodeNeeded needed) {
            sessions.beginStaffSignIn(visitor, needed.staff().id(), StaffStage.CODE);
            return nextStep(StaffStage.CODE, next);
        }
        if (result instanceof StaffSignIn.Result.SetUpNeeded needed) {
            sessions.beginStaffSignIn(visitor, needed.staff().id(), StaffStage.SET_UP);
            return nextStep(StaffStage.SET_UP, next);
        }
        if (result instanceof StaffSignIn.Result.Delayed delayed) {
            return waitPage(delayed.waitFor());
        }
        return page(request, next, email, errors.add("email", "staff.signIn.error.refused"))
                .status(HttpStatus.UNPROCESSABLE_ENTITY).response();
    }

    /** The second step: the code from their authenticator app (or a recovery code). */
    @Get("/sign-in/code")
    public HttpResponse<?> codeForm(HttpRequest<?> request, @Nullable @QueryValue String next) {
        if (Visitor.of(request).pendingStaff(StaffStage.CODE) == null) {
            return HttpResponse.seeOther(URI.create("/staff/sign-in"));
        }
        return codePage(NextPage.orHome(next), new FormErrors()).response();
    }

    @Post("/sign-in/code")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> code(HttpRequest<?> request, FormData form) {
        Visitor visitor = Visitor.of(request);
        StaffMember pending = visitor.pendingStaff(StaffStage.CODE);
        String next = NextPage.orHome(form.get("next"));
        if (pending == null) {
            return HttpResponse.seeOther(URI.create("/staff/sign-in"));
        }
        String code = form.get("code");
        if (code.isEmpty() || code.length() > MAX_CODE) {
            return codePage(next, new FormErrors().add("code", code.isEmpty() ? "staff.code.error.missing"
                    : "staff.code.error.wrong")).status(HttpStatus.UNPROCESSABLE_ENTITY).response();
        }
        StaffSignIn.Result result = signIn.withCode(pending.id(), code, clientAddress.of(request));
        if (result instanceof StaffSignIn.Result.SignedIn signedIn) {
            return signedIn(request, signedIn.staff(), next);
        }
        if (result instanceof StaffSignIn.Result.Delayed delayed) {
            return waitPage(delayed.waitFor());
        }
        return codePage(next, new FormErrors().add("code", "staff.code.error.wrong"))
                .status(HttpStatus.UNPROCESSABLE_ENTITY).response();
    }

    /** Public, so that someone whose session has already expired can still press "Sign out". */
    @Post("/sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> signOut(HttpRequest<?> request) {
        Visitor visitor = Visitor.of(request);
        if (visitor.isStaff()) {
            signIn.signedOut(visitor.staff().id(), clientAddress.of(request), false);
        }
        sessions.end(visitor);
        return HttpResponse.seeOther(URI.create("/staff/sign-in?signedOut=true"));
    }

    private HttpResponse<?> signedIn(HttpRequest<?> request, StaffMember staff, String next) {
        sessions.signInStaff(Visitor.of(request), staff.id());
        return devices.remember(request, HttpResponse.seeOther(URI.create(next)), staff.id());
    }

    private static HttpResponse<?> nextStep(StaffStage stage, String next) {
        return HttpResponse.seeOther(URI.create(stage.page() + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
    }

    private static HttpResponse<?> waitPage(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
        return Page.of("staff/signin/wait").with("seconds", seconds).status(HttpStatus.TOO_MANY_REQUESTS).response()
                .header("Retry-After", String.valueOf(seconds));
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

    private static Page codePage(String next, FormErrors errors) {
        return Page.of("staff/signin/code").with("next", next).with("errors", errors);
    }
}
