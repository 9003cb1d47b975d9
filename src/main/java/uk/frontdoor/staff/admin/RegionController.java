package uk.frontdoor.staff.admin;

import static uk.frontdoor.core.region.RegionAdministration.FUNCTION;
import static uk.frontdoor.core.region.RegionAdministration.NAME;
import static uk.frontdoor.core.region.RegionAdministration.OFFICE;
import static uk.frontdoor.core.region.RegionAdministration.SPOKE;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.frontdoor.core.region.Borough;
import uk.frontdoor.core.region.RegionAdministration;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.core.region.Spoke;
import uk.frontdoor.core.region.Team;
import uk.frontdoor.core.region.TeamFunction;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.web.access.StaffOnly;
import uk.frontdoor.web.form.Choice;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.form.SelectOption;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.view.Page;
import uk.frontdoor.web.view.ResultPages;

/**
 * The region as administrators run it, with no deploy: its name, spokes, boroughs (and which spoke each belongs to)
 * and teams. Every rule is in {@link RegionAdministration}; this only shows the forms and answers.
 */
@Controller("/staff/admin/region")
@StaffOnly(Role.ADMINISTRATOR)
public class RegionController {
    private static final String HOME = "/staff/admin/region";
    private static final List<String> DONE = List.of("renamed", "spokeSaved", "boroughSaved", "teamSaved",
            "teamRemoved");

    private final RegionDirectory region;
    private final RegionAdministration administration;
    private final uk.frontdoor.staff.StaffWords words;

    public RegionController(RegionDirectory region, RegionAdministration administration,
                            uk.frontdoor.staff.StaffWords words) {
        this.region = region;
        this.administration = administration;
        this.words = words;
    }

    public record Row(long id, String name, String detail, String href) {
    }

    @Get
    public HttpResponse<?> show(@Nullable @QueryValue String done) {
        return overview(region.displayName(), new FormErrors(), done != null && DONE.contains(done) ? done : null)
                .response();
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> rename(HttpRequest<?> request, FormData form) {
        return ResultPages.answer(administration.rename(Visitor.of(request).staff(), form.get(NAME)),
                name -> saved("renamed"),
                problems -> overview(form.get(NAME), FormErrors.of(problems), null).response());
    }

    private Page overview(String name, FormErrors errors, String done) {
        Map<Long, String> spokes = spokeNames();
        return Page.of("staff/admin/region")
                .with("name", name)
                .with("errors", errors)
                .with("done", done == null ? null : "staff.region.done." + done)
                .with("spokes", region.spokes().stream().map(s -> new Row(s.id(), s.name(), s.officeName(),
                        HOME + "/spokes/" + s.id())).toList())
                .with("boroughs", region.boroughs().stream().map(b -> new Row(b.id(), b.name(),
                        spokes.get(b.spokeId()), HOME + "/boroughs/" + b.id())).toList())
                .with("teams", region.teams().stream().map(t -> new Row(t.id(), t.name(), spokes.get(t.spokeId()),
                        HOME + "/teams/" + t.id())).toList())
                .with("teamFunctions", region.teams().stream().collect(Collectors.toMap(Team::id,
                        t -> "staff.region.function." + t.function().name())))
                .with("backLink", "/staff/admin");
    }

    // ---- spokes

    @Get("/spokes/new")
    public HttpResponse<?> newSpoke() {
        return spokePage(null, "", "", new FormErrors()).response();
    }

    @Post("/spokes/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> addSpoke(HttpRequest<?> request, FormData form) {
        return saveSpoke(request, null, form);
    }

    @Get("/spokes/{spokeId}")
    public HttpResponse<?> spoke(@PathVariable long spokeId) {
        Optional<Spoke> spoke = findSpoke(spokeId);
        if (spoke.isEmpty()) {
            return ResultPages.notFound();
        }
        return spokePage(spoke.get().id(), spoke.get().name(), spoke.get().officeName(), new FormErrors()).response();
    }

    @Post("/spokes/{spokeId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> changeSpoke(HttpRequest<?> request, @PathVariable long spokeId, FormData form) {
        return saveSpoke(request, spokeId, form);
    }

    private HttpResponse<?> saveSpoke(HttpRequest<?> request, Long spokeId, FormData form) {
        return ResultPages.answer(administration.saveSpoke(Visitor.of(request).staff(), spokeId, form.get(NAME),
                        form.get(OFFICE)),
                id -> saved("spokeSaved"),
                problems -> spokePage(spokeId, form.get(NAME), form.get(OFFICE), FormErrors.of(problems)).response());
    }

    private Page spokePage(Long spokeId, String name, String office, FormErrors errors) {
        return Page.of("staff/admin/region-spoke").with("spokeId", spokeId).with("name", name).with("office", office)
                .with("errors", errors).with("action", spokeId == null ? HOME + "/spokes/new" : HOME + "/spokes/" + spokeId)
                .with("backLink", HOME);
    }

    // ---- boroughs

    @Get("/boroughs/new")
    public HttpResponse<?> newBorough() {
        return boroughPage(null, "", "", new FormErrors()).response();
    }

    @Post("/boroughs/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> addBorough(HttpRequest<?> request, FormData form) {
        return saveBorough(request, null, form);
    }

    @Get("/boroughs/{boroughId}")
    public HttpResponse<?> borough(@PathVariable long boroughId) {
        Optional<Borough> borough = region.boroughs().stream().filter(b -> b.id() == boroughId).findFirst();
        if (borough.isEmpty()) {
            return ResultPages.notFound();
        }
        Borough b = borough.get();
        return boroughPage(b.id(), b.name(), String.valueOf(b.spokeId()), new FormErrors()).response();
    }

    @Post("/boroughs/{boroughId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> changeBorough(HttpRequest<?> request, @PathVariable long boroughId, FormData form) {
        return saveBorough(request, boroughId, form);
    }

    private HttpResponse<?> saveBorough(HttpRequest<?> request, Long boroughId, FormData form) {
        return ResultPages.answer(administration.saveBorough(Visitor.of(request).staff(), boroughId, form.get(NAME),
                        id(form.get(SPOKE))),
                id -> saved("boroughSaved"),
                problems -> boroughPage(boroughId, form.get(NAME), form.get(SPOKE), FormErrors.of(problems)).response());
    }

    private Page boroughPage(Long boroughId, String name, String spoke, FormErrors errors) {
        return Page.of("staff/admin/region-borough").with("boroughId", boroughId).with("name", name)
                .with("spoke", spoke).with("spokeOptions", spokeOptions()).with("errors", errors)
                .with("action", boroughId == null ? HOME + "/boroughs/new" : HOME + "/boroughs/" + boroughId)
                .with("backLink", HOME);
    }

    // ---- teams

    @Get("/teams/new")
    public HttpResponse<?> newTeam() {
        return teamPage(null, "", "", "", new FormErrors()).response();
    }

    @Post("/teams/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> addTeam(HttpRequest<?> request, FormData form) {
        TeamFunction function = Arrays.stream(TeamFunction.values()).filter(f -> f.name().equals(form.get(FUNCTION)))
                .findFirst().orElse(null);
        return ResultPages.answer(administration.addTeam(Visitor.of(request).staff(), form.get(NAME),
                        id(form.get(SPOKE)), function),
                id -> saved("teamSaved"),
                problems -> teamPage(null, form.get(NAME), form.get(SPOKE), form.get(FUNCTION),
                        FormErrors.of(problems)).response());
    }

    @Get("/teams/{teamId}")
    public HttpResponse<?> team(@PathVariable long teamId) {
        Optional<Team> team = region.team(teamId);
        if (team.isEmpty()) {
            return ResultPages.notFound();
        }
        return teamPage(team.get(), team.get().name(), new FormErrors()).response();
    }

    @Post("/teams/{teamId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> renameTeam(HttpRequest<?> request, @PathVariable long teamId, FormData form) {
        return ResultPages.answer(administration.renameTeam(Visitor.of(request).staff(), teamId, form.get(NAME)),
                id -> saved("teamSaved"),
                problems -> teamPage(region.team(teamId).orElseThrow(), form.get(NAME), FormErrors.of(problems))
                        .response());
    }

    @Post("/teams/{teamId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> removeTeam(HttpRequest<?> request, @PathVariable long teamId) {
        Optional<Team> team = region.team(teamId);
        return ResultPages.answer(administration.removeTeam(Visitor.of(request).staff(), teamId),
                name -> saved("teamRemoved"),
                problems -> teamPage(team.orElseThrow(), team.get().name(), FormErrors.of(problems)).response());
    }

    private Page teamPage(Team team, String name, FormErrors errors) {
        return teamPage(team.id(), name, String.valueOf(team.spokeId()), team.function().name(), errors)
                .with("spokeName", spokeNames().get(team.spokeId()))
                .with("functionKey", "staff.region.function." + team.function().name());
    }

    private Page teamPage(Long teamId, String name, String spoke, String function, FormErrors errors) {
        return Page.of("staff/admin/region-team").with("teamId", teamId).with("name", name).with("spoke", spoke)
                .with("function", function).with("spokeOptions", spokeOptions())
                .with("functions", Arrays.stream(TeamFunction.values()).map(f -> Choice.of(f.name(),
                        "staff.region.function." + f.name())).toList())
                .with("errors", errors)
                .with("action", teamId == null ? HOME + "/teams/new" : HOME + "/teams/" + teamId)
                .with("backLink", HOME);
    }

    // ----

    private static HttpResponse<?> saved(String done) {
        return HttpResponse.seeOther(URI.create(HOME + "?done=" + done));
    }

    private Optional<Spoke> findSpoke(long spokeId) {
        return region.spokes().stream().filter(s -> s.id() == spokeId).findFirst();
    }

    private Map<Long, String> spokeNames() {
        return region.spokes().stream().collect(Collectors.toMap(Spoke::id, Spoke::name));
    }

    private List<SelectOption> spokeOptions() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(new SelectOption("",
                        words.of("staff.region.spoke.choose"))),
                region.spokes().stream().map(s -> new SelectOption(String.valueOf(s.id()), s.name()))).toList();
    }

    private static Long id(String typed) {
        return typed != null && typed.matches("\\d{1,18}") ? Long.valueOf(typed) : null;
    }
}
