package uk.frontdoor.staff.twofactor;

import io.micronaut.context.MessageSource;
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
import java.util.List;
import java.util.Locale;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.core.staff.signin.StaffSignIn;
import uk.frontdoor.core.staff.twofactor.TwoFactor;
import uk.frontdoor.staff.signin.NextPage;
import uk.frontdoor.staff.signin.TrustedDevices;
import uk.frontdoor.web.access.Public;
import uk.frontdoor.web.access.StaffOnly;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.session.ClientAddress;
import uk.frontdoor.web.session.StaffStage;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.session.WebSessions;
import uk.frontdoor.web.view.Page;
import uk.frontdoor.web.view.ResultPages;

/**
 * Setting up an authenticator app (required of administrators and team managers before they see any page, offered
 * to everyone else), new recovery codes, and an administrator's reset of a colleague who lost both.
 */
@Controller("/staff")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class TwoFactorController {
    private final TwoFactor twoFactor;
    private final StaffSignIn signIn;
    private final WebSessions sessions;
    private final TrustedDevices devices;
    private final ClientAddress clientAddress;
    private final MessageSource messages;
    private final RegionDirectory region;

    public TwoFactorController(TwoFactor twoFactor, StaffSignIn signIn, WebSessions sessions,
                               TrustedDevices devices, ClientAddress clientAddress, MessageSource messages,
                               RegionDirectory region) {
        this.twoFactor = twoFactor;
        this.signIn = signIn;
        this.sessions = sessions;
        this.devices = devices;
        this.clientAddress = clientAddress;
        this.messages = messages;
        this.region = region;
    }

    /** Where someone stands: on or off, recovery codes left, and the way to set up or renew. */
    @Get("/two-factor")
    @StaffOnly
    public HttpResponse<?> status(HttpRequest<?> request) {
        StaffMember me = Visitor.of(request).staff();
        return Page.of("staff/twofactor/status")
                .with("enrolled", twoFactor.isEnrolled(me.id()))
                .with("required", twoFactor.isRequiredFor(me))
                .with("codesLeft", twoFactor.recoveryCodesLeft(me.id()))
                .with("backLink", "/staff/account")
                .response();
    }

    /**
     * Setting up an app: for someone part-way through signing in who must have one, or someone signed in who wants
     * one. Public as a route because the first of them is not signed in yet; anyone else is sent to sign in.
     */
    @Get("/two-factor/set-up")
    @Public
    public HttpResponse<?> setUp(HttpRequest<?> request, @Nullable @QueryValue String next) {
        StaffMember who = settingUp(Visitor.of(request));
        if (who == null) {
            return notSettingUp(Visitor.of(request));
        }
        return setUpPage(who, NextPage.orHome(next), new FormErrors()).response();
    }

    @Post("/two-factor/set-up")
    @Public
    public HttpResponse<?> confirm(HttpRequest<?> request, FormData form) {
        Visitor visitor = Visitor.of(request);
        StaffMember who = settingUp(visitor);
        String next = NextPage.orHome(form.get("next"));
        if (who == null) {
            return notSettingUp(visitor);
        }
        return ResultPages.answer(twoFactor.confirm(who, form.get("code")),
                codes -> {
                    var page = recoveryCodesPage(codes, next, true).response();
                    if (visitor.isStaff()) {
                        return page;
                    }
                    signIn.setUpAndSignedIn(who.id(), clientAddress.of(request));
                    sessions.signInStaff(visitor, who.id());
                    return devices.remember(request, page, who.id());
                },
                problems -> setUpPage(who, next, FormErrors.of(problems)).response());
    }

    /**
     * New recovery codes (the old ones stop working), shown once. A POST that shows a page rather than redirecting:
     * the codes must never be stored where a later GET could show them again.
     */
    @Post("/two-factor/recovery-codes")
    @StaffOnly
    public HttpResponse<?> newRecoveryCodes(HttpRequest<?> request) {
        Result<List<String>> codes = twoFactor.replaceRecoveryCodes(Visitor.of(request).staff());
        if (codes instanceof Result.NotFound) {
            // no app, so no codes to renew: the status page offers to set one up
            return HttpResponse.seeOther(URI.create("/staff/two-factor"));
        }
        return ResultPages.answer(codes, c -> recoveryCodesPage(c, "/staff/two-factor", false).response());
    }

    /** For a colleague who lost their phone and their recovery codes: they set up a new app at their next sign-in. */
    @Post("/admin/accounts/{staffId}/reset-two-factor")
    @StaffOnly(Role.ADMINISTRATOR)
    public HttpResponse<?> reset(HttpRequest<?> request, @PathVariable long staffId) {
        return ResultPages.answer(twoFactor.reset(Visitor.of(request).staff(), staffId),
                id -> HttpResponse.seeOther(URI.create("/staff/admin/accounts?done=twoFactorReset")));
    }

    private StaffMember settingUp(Visitor visitor) {
        StaffMember pending = visitor.pendingStaff(StaffStage.SET_UP);
        if (pending != null) {
            return pending;
        }
        return visitor.isStaff() && !twoFactor.isEnrolled(visitor.staff().id()) ? visitor.staff() : null;
    }

    private static HttpResponse<?> notSettingUp(Visitor visitor) {
        return HttpResponse.seeOther(URI.create(visitor.isStaff() ? "/staff/two-factor" : "/staff/sign-in"));
    }

    private Page setUpPage(StaffMember who, String next, FormErrors errors) {
        // the issuer is what the app shows beside the code: the agency's name
        TwoFactor.Enrolment enrolment = twoFactor.enrolment(who, region.displayName()).orElseThrow();
        String title = messages.getMessage("staff.twoFactor.qrTitle", Locale.UK).orElse("QR code");
        return Page.of("staff/twofactor/set-up")
                .with("qrCode", QrCode.svg(enrolment.otpauthUri(), title))
                .with("secret", enrolment.grouped())
                .with("required", twoFactor.isRequiredFor(who))
                .with("next", next)
                .with("errors", errors);
    }

    private static Page recoveryCodesPage(List<String> codes, String next, boolean justSetUp) {
        return Page.of("staff/twofactor/recovery-codes").with("codes", codes).with("next", next)
                .with("justSetUp", justSetUp);
    }
}
