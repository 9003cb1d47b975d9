package uk.frontdoor.core.region;

import java.util.List;
import java.util.Optional;
import uk.frontdoor.core.work.WorkKind;

/**
 * Decides which team receives a piece of work. An explicit rule for the kind of work and the borough wins;
 * without one, the work goes to the team of the borough's own spoke that does that kind of work.
 */
public record Routing(List<Borough> boroughs, List<Team> teams, List<RoutingRule> rules) {

    public Optional<Team> teamFor(WorkKind kind, long boroughId) {
        Optional<Team> ruled = rules.stream()
                .filter(r -> r.kind() == kind && r.boroughId() == boroughId)
                .findFirst()
                .flatMap(r -> team(r.teamId()));
        if (ruled.isPresent()) {
            return ruled;
        }
        return boroughs.stream().filter(b -> b.id() == boroughId).findFirst()
                .flatMap(b -> teams.stream()
                        .filter(t -> t.spokeId() == b.spokeId() && t.function() == kind.function())
                        .findFirst());
    }

    /** The team doing the same kind of work in another spoke: where "re-route to the other spoke" goes. */
    public Optional<Team> counterpartIn(long spokeId, Team team) {
        return teams.stream().filter(t -> t.spokeId() == spokeId && t.function() == team.function()).findFirst();
    }

    /**
     * Where "re-route to the other spoke" can send a team's work: the counterpart team of every other
     * spoke (one for a region of two spokes), in the order of the teams.
     */
    public List<Team> counterpartsElsewhere(Team team) {
        return teams.stream().map(Team::spokeId).filter(spoke -> spoke != team.spokeId()).distinct()
                .map(spoke -> counterpartIn(spoke, team)).flatMap(Optional::stream).toList();
    }

    /** The teams that do a kind of work: the choices for where a routing rule sends it. */
    public List<Team> teamsDoing(WorkKind kind) {
        return teams.stream().filter(t -> t.function() == kind.function()).toList();
    }

    public Optional<Team> team(long id) {
        return teams.stream().filter(t -> t.id() == id).findFirst();
    }
}
