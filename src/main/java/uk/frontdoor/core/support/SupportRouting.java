package uk.frontdoor.core.support;

import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import uk.frontdoor.core.region.Routing;
import uk.frontdoor.core.region.Team;
import uk.frontdoor.core.region.TeamFunction;
import uk.frontdoor.core.work.WorkKind;

/**
 * Which spoke's support team receives a request: the team the routing rules give for the responsible
 * council. When that council is outside the region, the request is still received: it goes to the team
 * of the first council named in the region (where the family lives, then the placing council), and when
 * none is, to the support team of the region's first spoke, which tells the person who will help.
 */
public final class SupportRouting {
    private SupportRouting() {
    }

    public static Team teamFor(Routing routing, Responsibility responsibility, Council livesIn,
                               Optional<Council> placing) {
        return Stream.concat(Stream.of(responsibility.council(), livesIn), placing.stream())
                .filter(Council::isInRegion)
                .map(c -> routing.teamFor(WorkKind.SUPPORT_REQUEST, c.borough().id()))
                .flatMap(Optional::stream)
                .findFirst()
                .or(() -> routing.teams().stream().filter(t -> t.function() == TeamFunction.SUPPORT)
                        .min(Comparator.comparingLong(Team::spokeId).thenComparingLong(Team::id)))
                .orElseThrow(() -> new IllegalStateException("The region has no adoption support team"));
    }
}
