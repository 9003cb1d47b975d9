package uk.frontdoor.staff.admin;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.frontdoor.core.region.Borough;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.core.region.Routing;
import uk.frontdoor.core.region.RoutingAdministration;
import uk.frontdoor.core.region.RoutingAdministration.Route;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.work.WorkKind;
import uk.frontdoor.staff.StaffWords;
import uk.frontdoor.web.access.StaffOnly;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.form.SelectOption;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.view.Page;
import uk.frontdoor.web.view.ResultPages;

/**
 * Administration of where work goes (a team for each kind of work from each borough) and how many
 * working days teams have for each kind. Changes apply at once, without a deploy.
 */
@Controller("/staff/admin")
@StaffOnly(Role.ADMINISTRATOR)
public class RoutingController {
    private final RegionDirectory region;
    private final RoutingAdministration administration;
    private final StaffWords words;

    public RoutingController(RegionDirectory region, RoutingAdministration administration, StaffWords words) {
        this.region = region;
        this.administration = administration;
        this.words = words;
    }

    /** One select of the routing page: its field name, the borough and the team chosen. */
    public record RouteRow(String field, String borough, String label, String value, List<SelectOption> options) {
    }

    /** The routing rules of one kind of work. */
    public record RouteTable(String caption, List<RouteRow> rows) {
    }

    @Get("/routing")
    public HttpResponse<?> routing(@Nullable @QueryValue String saved) {
        return routingPage(Map.of(), new FormErrors(), saved != null).response();
    }

    @Post("/routing")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> saveRouting(HttpRequest<?> request, FormData form) {
        Map<String, String> typed = new LinkedHashMap<>();
        List<Route> wanted = new ArrayList<>();
        for (WorkKind kind : WorkKind.values()) {
            for (Borough borough : region.routing().boroughs()) {
                String field = field(kind, borough);
                String value = form.get(field);
                typed.put(field, value);
                wanted.add(new Route(kind, borough.id(), value.matches("\\d{1,18}") ? Long.valueOf(value) : null));
            }
        }
        return ResultPages.answer(administration.route(Visitor.of(request).staff(), wanted),
                changed -> HttpResponse.seeOther(URI.create("/staff/admin/routing?saved=true")),
                problems -> routingPage(typed, FormErrors.of(problems), false).response());
    }

    @Get("/targets")
    public HttpResponse<?> targets(@Nullable @QueryValue String saved) {
        Map<String, String> current = new LinkedHashMap<>();
        for (WorkKind kind : WorkKind.values()) {
            current.put(targetField(kind), String.valueOf(region.targetWorkingDays(kind)));
        }
        return targetsPage(current, new FormErrors(), saved != null).response();
    }

    @Post("/targets")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> saveTargets(HttpRequest<?> request, FormData form) {
        Map<String, String> typed = new LinkedHashMap<>();
        Map<WorkKind, String> wanted = new LinkedHashMap<>();
        for (WorkKind kind : WorkKind.values()) {
            typed.put(targetField(kind), form.get(targetField(kind)));
            wanted.put(kind, form.get(targetField(kind)));
        }
        return ResultPages.answer(administration.setTargets(Visitor.of(request).staff(), wanted),
                changed -> HttpResponse.seeOther(URI.create("/staff/admin/targets?saved=true")),
                problems -> targetsPage(typed, FormErrors.of(problems), false).response());
    }

    private Page routingPage(Map<String, String> typed, FormErrors errors, boolean saved) {
        Routing routing = region.routing();
        List<RouteTable> tables = new ArrayList<>();
        for (WorkKind kind : WorkKind.values()) {
            List<SelectOption> options = routing.teamsDoing(kind).stream()
                    .map(t -> new SelectOption(String.valueOf(t.id()), t.name())).toList();
            List<RouteRow> rows = new ArrayList<>();
            for (Borough borough : routing.boroughs()) {
                String field = field(kind, borough);
                String current = routing.teamFor(kind, borough.id()).map(t -> String.valueOf(t.id())).orElse("");
                rows.add(new RouteRow(field, borough.name(),
                        words.of("staff.routing.rowLabel", words.of("staff.workKind." + kind.name()), borough.name()),
                        typed.getOrDefault(field, current), options));
            }
            tables.add(new RouteTable(words.of("staff.workKind." + kind.name()), rows));
        }
        return Page.of("staff/admin/routing")
                .with("tables", tables)
                .with("errors", errors)
                .with("saved", saved)
                .with("backLink", "/staff/admin");
    }

    /** One target of the targets page. */
    public record TargetRow(String field, String label, String value) {
    }

    private Page targetsPage(Map<String, String> typed, FormErrors errors, boolean saved) {
        List<TargetRow> rows = new ArrayList<>();
        for (WorkKind kind : WorkKind.values()) {
            rows.add(new TargetRow(targetField(kind), words.of("staff.targets.label", words.of("staff.workKind." + kind.name())),
                    typed.getOrDefault(targetField(kind), "")));
        }
        return Page.of("staff/admin/targets")
                .with("rows", rows)
                .with("errors", errors)
                .with("saved", saved)
                .with("backLink", "/staff/admin");
    }

    static String field(WorkKind kind, Borough borough) {
        return RoutingAdministration.routeField(kind, borough.id());
    }

    static String targetField(WorkKind kind) {
        return RoutingAdministration.targetField(kind);
    }
}
