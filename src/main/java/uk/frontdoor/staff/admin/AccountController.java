package uk.frontdoor.staff.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.staff.StaffAdministration;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.core.staff.StaffSummary;
import uk.frontdoor.staff.StaffWords;
import uk.frontdoor.web.access.StaffOnly;
import uk.frontdoor.web.form.Choice;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.form.SummaryRow;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.view.Page;
import uk.frontdoor.web.view.ResultPages;

/**
 * One colleague's account, for administrators: who they are, their roles and teams (changed here, with the same rules
 * as a new account's), and "Reset password", which emails them a link to set a new one (ADR 0030).
 */
@Controller("/staff/admin/accounts/{staffId}")
@StaffOnly(Role.ADMINISTRATOR)
public class AccountController {
    private static final Set<String> DONE = Set.of("changed", "reset");

    private final StaffAdministration administration;
    private final RegionDirectory region;
    private final StaffWords words;

    public AccountController(StaffAdministration administration, RegionDirectory region,
                             StaffWords words) {
        this.administration = administration;
        this.region = region;
        this.words = words;
    }

    @Get
    public HttpResponse<?> show(HttpRequest<?> request, @PathVariable long staffId, @Nullable @QueryValue String done) {
        StaffMember me = Visitor.of(request).staff();
        return ResultPages.answer(administration.account(me, staffId),
                account -> page(me, account, RolesForm.of(account.roles(), account.teamIds()), new FormErrors())
                        .with("done", done != null && DONE.contains(done) ? words.of("staff.colleague.done." + done)
                                : null)
                        .response());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> changeRolesAndTeams(HttpRequest<?> request, @PathVariable long staffId, FormData form) {
        StaffMember me = Visitor.of(request).staff();
        RolesForm roles = RolesForm.read(form);
        return ResultPages.answer(administration.changeRolesAndTeams(me, staffId, roles.chosen()),
                id -> HttpResponse.seeOther(URI.create("/staff/admin/accounts/" + staffId + "?done=changed")),
                problems -> again(me, staffId, roles, FormErrors.of(problems), null));
    }

    @Post("/reset-password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> resetPassword(HttpRequest<?> request, @PathVariable long staffId) {
        StaffMember me = Visitor.of(request).staff();
        return ResultPages.answer(administration.resetPassword(me, staffId),
                id -> HttpResponse.seeOther(URI.create("/staff/admin/accounts/" + staffId + "?done=reset")),
                problems -> again(me, staffId, null, new FormErrors(), words.of(problems.get(0).messageKey())));
    }

    /** The account's page again after a refusal: {@code roles} as ticked, or its current ones when null. */
    private MutableHttpResponse<?> again(StaffMember me, long staffId, RolesForm roles, FormErrors errors,
                                         String problem) {
        StaffSummary account = ((Result.Done<StaffSummary>) administration.account(me, staffId)).value();
        return page(me, account, roles == null ? RolesForm.of(account.roles(), account.teamIds()) : roles, errors)
                .with("problem", problem).response();
    }

    private Page page(StaffMember me, StaffSummary account, RolesForm roles, FormErrors errors) {
        Map<String, String> teamLabels = new LinkedHashMap<>();
        region.teams().forEach(t -> teamLabels.put(String.valueOf(t.id()), t.name()));
        String status = !account.active() ? "staff.colleague.status.deactivated"
                : account.passwordSet() ? "staff.colleague.status.active" : "staff.colleague.status.waiting";
        List<SummaryRow> details = List.of(
                new SummaryRow("staff.colleague.name", List.of(account.displayName()), null),
                new SummaryRow("staff.colleague.email", List.of(account.email()), null),
                new SummaryRow("staff.colleague.status", List.of(words.of(status)), null));
        return Page.of("staff/admin/account")
                .with("account", account)
                .with("details", details)
                .with("yourself", account.id() == me.id())
                .with("roles", roles)
                .with("roleChoices", Arrays.stream(Role.values())
                        .map(r -> Choice.of(r.name(), "staff.role." + r.name())).toList())
                .with("teamChoices", teamLabels.keySet().stream().map(id -> Choice.of(id, null))
                        .collect(Collectors.toList()))
                .with("teamLabels", teamLabels)
                .with("errors", errors)
                .with("backLink", "/staff/admin/accounts");
    }
}
