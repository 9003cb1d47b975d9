package uk.frontdoor.core.region;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.audit.Subject;
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

    /** One routing rule as an administrator wants it: this kind of work from this borough to this team. */
    public record Route(WorkKind kind, long boroughId, long teamId) {
    }

    /** Applies the rules that differ from today's; returns how many changed. */
    @Transactional
    public int route(List<Route> wanted, long adminId) {
        Routing now = region.routing();
        int changed = 0;
        for (Route route : wanted) {
            Team to = now.team(route.teamId())
                    .filter(t -> t.function() == route.kind().function())
                    .orElseThrow(() -> new IllegalArgumentException("No " + route.kind() + " team " + route.teamId()));
            Optional<Team> from = now.teamFor(route.kind(), route.boroughId());
            if (from.isPresent() && from.get().id() == to.id()) {
                continue;
            }
            region.route(route.kind(), route.boroughId(), to.id());
            String borough = now.boroughs().stream().filter(b -> b.id() == route.boroughId()).findFirst()
                    .map(Borough::name).orElse("?");
            audit.staff(adminId, "CHANGE_ROUTING", Subject.BOROUGH, route.boroughId(),
                    route.kind() + " from " + borough + ": " + from.map(Team::name).orElse("none") + " -> " + to.name());
            changed++;
        }
        return changed;
    }

    public static boolean isAllowedTarget(int workingDays) {
        return workingDays >= MIN_TARGET && workingDays <= MAX_TARGET;
    }

    /** Sets several kinds' targets together; returns how many changed. */
    @Transactional
    public int setTargets(Map<WorkKind, Integer> workingDays, long adminId) {
        int changed = 0;
        for (Map.Entry<WorkKind, Integer> target : workingDays.entrySet()) {
            changed += setTarget(target.getKey(), target.getValue(), adminId) ? 1 : 0;
        }
        return changed;
    }

    /** Sets a kind's target for new work (items already in a queue keep their due dates). */
    @Transactional
    public boolean setTarget(WorkKind kind, int workingDays, long adminId) {
        if (!isAllowedTarget(workingDays)) {
            throw new IllegalArgumentException("Target out of bounds: " + workingDays);
        }
        int before = region.targetWorkingDays(kind);
        if (before == workingDays) {
            return false;
        }
        region.setTargetWorkingDays(kind, workingDays);
        audit.staff(adminId, "SET_TARGET", Subject.WORK_TARGET, null, kind + ": " + before + " -> " + workingDays + " working days");
        return true;
    }
}
