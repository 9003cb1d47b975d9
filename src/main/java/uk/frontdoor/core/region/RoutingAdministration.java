package uk.frontdoor.core.region;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.audit.Subject;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.core.work.WorkKind;

/**
 * An administrator's changes to where work goes and how long teams have for it. Each change and its
 * audit row are written together, or not at all.
 */
@Singleton
public class RoutingAdministration {
    /** The bounds an administrator may set a target within, in working days. */
    public static final int MIN_TARGET = 1;
    public static final int MAX_TARGET = 60;

    private final RegionDirectory region;
    private final AuditLog audit;

    public RoutingAdministration(RegionDirectory region, AuditLog audit) {
        this.region = region;
        this.audit = audit;
    }

    /** The field of the routing page a route is chosen in. */
    public static String routeField(WorkKind kind, long boroughId) {
        return "route-" + kind.name() + "-" + boroughId;
    }

    /** The field of the targets page a kind's target is typed in. */
    public static String targetField(WorkKind kind) {
        return "target-" + kind.name();
    }

    /**
     * One routing rule as an administrator wants it: this kind of work from this borough to this team; {@code teamId}
     * is null when no team (or not a team's number) was chosen.
     */
    public record Route(WorkKind kind, long boroughId, Long teamId) {
    }

    /**
     * Applies the rules that differ from today's, one audit row each, when every route names a team that does its
     * kind of work; refused (nothing changed) with a problem against each route that does not. Answers how many
     * changed. Not found for someone who is not an administrator (the web refuses them the whole area first) or for a
     * borough there is not.
     */
    @Transactional
    public Result<Integer> route(StaffMember me, List<Route> wanted) {
        Routing now = region.routing();
        if (!me.isAdministrator()
                || !wanted.stream().allMatch(r -> now.boroughs().stream().anyMatch(b -> b.id() == r.boroughId()))) {
            return Result.notFound();
        }
        List<Problem> problems = routeProblems(now, wanted);
        if (!problems.isEmpty()) {
            return Result.refused(problems);
        }
        int changed = 0;
        for (Route route : wanted) {
            Team to = now.team(route.teamId()).orElseThrow();
            Optional<Team> from = now.teamFor(route.kind(), route.boroughId());
            if (from.isPresent() && from.get().id() == to.id()) {
                continue;
            }
            region.route(route.kind(), route.boroughId(), to.id());
            String borough = now.boroughs().stream().filter(b -> b.id() == route.boroughId()).findFirst()
                    .map(Borough::name).orElse("?");
            audit.staff(me.id(), "CHANGE_ROUTING", Subject.BOROUGH, route.boroughId(),
                    route.kind() + " from " + borough + ": " + from.map(Team::name).orElse("none") + " -> " + to.name());
            changed++;
        }
        return Result.done(changed);
    }

    /**
     * The targets typed, in page order, as working days; what is wrong with any of them (blank, not a whole number
     * from {@link #MIN_TARGET} to {@link #MAX_TARGET}) is added to {@code problems} instead.
     */
    static Map<WorkKind, Integer> targets(Map<WorkKind, String> typed, List<Problem> problems) {
        Map<WorkKind, Integer> workingDays = new LinkedHashMap<>();
        for (WorkKind kind : WorkKind.values()) {
            String value = typed.get(kind);
            if (value == null) {
                continue;
            }
            if (value.isEmpty()) {
                problems.add(new Problem(targetField(kind), "staff.targets.error.missing"));
            } else if (!value.matches("\\d{1,4}") || !isAllowedTarget(Integer.parseInt(value))) {
                problems.add(new Problem(targetField(kind), "staff.targets.error.range"));
            } else {
                workingDays.put(kind, Integer.parseInt(value));
            }
        }
        return workingDays;
    }

    /** Each route that names no team doing its kind of work, in the order given. */
    static List<Problem> routeProblems(Routing routing, List<Route> wanted) {
        List<Problem> problems = new ArrayList<>();
        for (Route route : wanted) {
            List<Team> doing = routing.teamsDoing(route.kind());
            if (route.teamId() == null || doing.stream().noneMatch(t -> t.id() == route.teamId())) {
                problems.add(new Problem(routeField(route.kind(), route.boroughId()), "staff.routing.error.team"));
            }
        }
        return problems;
    }

    public static boolean isAllowedTarget(int workingDays) {
        return workingDays >= MIN_TARGET && workingDays <= MAX_TARGET;
    }

    /**
     * Sets the targets typed for new work, in working days (items already in a queue keep their due dates), one audit
     * row for each that changed, when each is a whole number from {@link #MIN_TARGET} to {@link #MAX_TARGET}; refused
     * (nothing changed) with a problem against each that is not, in page order. Answers how many changed. Not found
     * for someone who is not an administrator (the web refuses them the whole area first).
     */
    @Transactional
    public Result<Integer> setTargets(StaffMember me, Map<WorkKind, String> typed) {
        if (!me.isAdministrator()) {
            return Result.notFound();
        }
        List<Problem> problems = new ArrayList<>();
        Map<WorkKind, Integer> workingDays = targets(typed, problems);
        if (!problems.isEmpty()) {
            return Result.refused(problems);
        }
        int changed = 0;
        for (Map.Entry<WorkKind, Integer> target : workingDays.entrySet()) {
            int before = region.targetWorkingDays(target.getKey());
            if (before != target.getValue()) {
                region.setTargetWorkingDays(target.getKey(), target.getValue());
                audit.staff(me.id(), "SET_TARGET", Subject.WORK_TARGET, null,
                        target.getKey() + ": " + before + " -> " + target.getValue() + " working days");
                changed++;
            }
        }
        return Result.done(changed);
    }
}
