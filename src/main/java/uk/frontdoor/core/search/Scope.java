package uk.frontdoor.core.search;

import java.util.List;
import java.util.stream.Collectors;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.core.region.Team;
import uk.frontdoor.core.staff.StaffMember;

/**
 * The records a member of staff may find, as SQL: the teams {@link StaffMember#canSeeTeam} allows (the queues' rule,
 * asked team by team, so the two can never differ), and event bookings for those who read events' registers.
 */
record Scope(StaffMember me, List<Long> teamIds) {

    Scope(StaffMember me, RegionDirectory region) {
        this(me, region.teams().stream().map(Team::id).filter(me::canSeeTeam).toList());
    }

    /** A condition on a team column: only the teams this person may see (none: nothing). */
    String teams(String column) {
        return teamIds.isEmpty() ? "FALSE"
                : column + " IN (" + teamIds.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")";
    }

    boolean bookings() {
        return me.readsEventRegisters();
    }
}
