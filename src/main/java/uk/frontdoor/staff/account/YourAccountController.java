package uk.frontdoor.staff.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.core.region.Team;
import uk.frontdoor.core.staff.PasswordRules;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.core.staff.StaffPasswords;
import uk.frontdoor.core.staff.twofactor.TwoFactor;
import uk.frontdoor.staff.StaffWords;
import uk.frontdoor.web.access.StaffOnly;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.form.SummaryRow;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.view.Page;
import uk.frontdoor.web.view.ResultPages;

/**
 * "Your account", for every member of staff: who they are, their roles and teams (which only an administrator
 * changes), and changing their own password (ADR 0030), which ends their other sessions.
 */
@Controller("/staff/account")
@StaffOnly
public class YourAccountController {
    private final StaffPasswords passwords;
    private final RegionDirectory region;
    private final StaffWords words;

    private final TwoFactor twoFactor;

    public YourAccountController(StaffPasswords passwords, RegionDirectory region, StaffWords words,
                                 TwoFactor twoFactor) {
        this.twoFactor = twoFactor;
        this.passwords = passwords;
        this.region = region;
        this.words = words;
    }

    @Get
    public HttpResponse<?> show(HttpRequest<?> request, @Nullable @QueryValue String done) {
        StaffMember me = Visitor.of(request).staff();
        Map<Long, String> teamNames = region.teams().stream().collect(Collectors.toMap(Team::id, Team::name));
        String roles = me.roles().stream().sorted().map(r -> words.of("staff.role." + r.name()))
                .collect(Collectors.joining(", "));
        String teams = me.teamIds().stream().map(id -> teamNames.getOrDefault(id, "?")).sorted()
                .collect(Collectors.joining(", "));
        List<SummaryRow> details = List.of(
                new SummaryRow("staff.yourAccount.name", List.of(me.displayName()), null),
                new SummaryRow("staff.yourAccount.email", List.of(me.email()), null),
                new SummaryRow("staff.yourAccount.roles", List.of(roles), null),
                new SummaryRow("staff.yourAccount.teams",
                        List.of(teams.isEmpty() ? words.of("staff.accounts.noTeams") : teams), null),
                new SummaryRow("staff.yourAccount.password", List.of(words.of("staff.yourAccount.passwordHidden")),
                        "/staff/account/password"),
                new SummaryRow("staff.yourAccount.twoFactor", List.of(words.of(twoFactor.isEnrolled(me.id())
                        ? "staff.twoFactor.status.on" : "staff.twoFactor.status.off")), "/staff/two-factor"));
        return Page.of("staff/account/account")
                .with("details", details)
                .with("done", "password".equals(done) ? words.of("staff.yourAccount.done.password") : null)
                .with("backLink", "/staff")
                .response();
    }

    @Get("/password")
    public HttpResponse<?> passwordForm() {
        return passwordPage(new FormErrors()).response();
    }

    @Post("/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> changePassword(HttpRequest<?> request, FormData form) {
        Visitor visitor = Visitor.of(request);
        var changed = passwords.change(visitor.staff(), visitor.sessionId(), form.untrimmed("currentPassword"),
                form.untrimmed("password"), form.untrimmed("confirmPassword"));
        return ResultPages.answer(changed,
                ended -> HttpResponse.seeOther(URI.create("/staff/account?done=password")),
                problems -> passwordPage(FormErrors.of(problems)).response());
    }

    private static Page passwordPage(FormErrors errors) {
        return Page.of("staff/account/change-password")
                .with("minLength", PasswordRules.MIN_LENGTH)
                .with("errors", errors)
                .with("backLink", "/staff/account");
    }
}
