package uk.frontdoor.staff.admin;

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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.core.region.Team;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.staff.StaffAccounts;
import uk.frontdoor.core.staff.StaffAdministration;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.core.staff.StaffSummary;
import uk.frontdoor.staff.StaffWords;
import uk.frontdoor.web.access.StaffOnly;
import uk.frontdoor.web.form.Choice;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.view.Page;
import uk.frontdoor.web.view.ResultPages;

/**
 * Administration: the start page and staff accounts (list, create, deactivate and reactivate). One account's page,
 * with its roles, teams and password reset, is {@link AccountController}.
 */
@Controller("/staff/admin")
@StaffOnly(Role.ADMINISTRATOR)
public class AdminController {
    private static final Set<String> DONE = Set.of("created", "deactivated", "reactivated", "twoFactorReset");

    private final StaffAccounts accounts;
    private final StaffAdministration administration;
    private final RegionDirectory region;
    private final StaffWords words;

    public AdminController(StaffAccounts accounts, StaffAdministration administration, RegionDirectory region,
                           StaffWords words) {
        this.accounts = accounts;
        this.administration = administration;
        this.region = region;
        this.words = words;
    }

    @Get
    public HttpResponse<?> index() {
        return Page.of("staff/admin/index").with("backLink", "/staff").response();
    }

    @Get("/accounts")
    public HttpResponse<?> accounts(HttpRequest<?> request, @Nullable @QueryValue String done) {
        return accountsPage(Visitor.of(request).staff(), done != null && DONE.contains(done) ? done : null, null)
                .response();
    }

    @Get("/accounts/new")
    public HttpResponse<?> newAccount() {
        return accountForm(AccountForm.EMPTY, new FormErrors()).response();
    }

    @Post("/accounts/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> createAccount(HttpRequest<?> request, FormData form) {
        AccountForm account = AccountForm.read(form);
        return ResultPages.answer(administration.create(Visitor.of(request).staff(), account.account()),
                id -> HttpResponse.seeOther(URI.create("/staff/admin/accounts?done=created")),
                problems -> accountForm(account, FormErrors.of(problems)).response());
    }

    @Post("/accounts/{staffId}/deactivate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> deactivate(HttpRequest<?> request, @PathVariable long staffId) {
        return setActive(Visitor.of(request).staff(), staffId, false);
    }

    @Post("/accounts/{staffId}/reactivate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> reactivate(HttpRequest<?> request, @PathVariable long staffId) {
        return setActive(Visitor.of(request).staff(), staffId, true);
    }

    private HttpResponse<?> setActive(StaffMember me, long staffId, boolean active) {
        return ResultPages.answer(administration.setActive(me, staffId, active),
                id -> HttpResponse.seeOther(URI.create("/staff/admin/accounts?done="
                        + (active ? "reactivated" : "deactivated"))),
                problems -> accountsPage(me, null, words.of(problems.get(0).messageKey())).response());
    }

    private Page accountsPage(StaffMember me, String done, String problem) {
        Map<Long, String> teamNames = region.teams().stream().collect(Collectors.toMap(Team::id, Team::name));
        List<AccountRow> rows = ((Result.Done<List<StaffSummary>>) administration.accounts(me)).value().stream()
                .map(s -> row(s, teamNames, me)).toList();
        return Page.of("staff/admin/accounts")
                .with("rows", rows)
                .with("done", done == null ? null : words.of("staff.accounts.done." + done))
                .with("problem", problem)
                .with("backLink", "/staff/admin");
    }

    private AccountRow row(StaffSummary s, Map<Long, String> teamNames, StaffMember me) {
        String roles = s.roles().stream().sorted().map(r -> words.of("staff.role." + r.name())).collect(Collectors.joining(", "));
        String teams = s.teamIds().stream().map(id -> teamNames.getOrDefault(id, "?")).sorted()
                .collect(Collectors.joining(", "));
        return new AccountRow(s.id(), s.displayName(), s.email(), roles, teams, s.active(), s.passwordSet(),
                s.id() == me.id());
    }

    public record AccountRow(long id, String name, String email, String roles, String teams, boolean active,
                             boolean passwordSet, boolean yourself) {
        public String href() {
            return "/staff/admin/accounts/" + id;
        }
    }

    private Page accountForm(AccountForm account, FormErrors errors) {
        Map<String, String> teamLabels = new LinkedHashMap<>();
        region.teams().forEach(t -> teamLabels.put(String.valueOf(t.id()), t.name()));
        return Page.of("staff/admin/new-account")
                .with("account", account)
                .with("roleChoices", Arrays.stream(Role.values()).map(r -> Choice.of(r.name(), "staff.role." + r.name())).toList())
                .with("teamChoices", teamLabels.keySet().stream().map(id -> Choice.of(id, null)).toList())
                .with("teamLabels", teamLabels)
                .with("errors", errors)
                .with("backLink", "/staff/admin/accounts");
    }
}
