package uk.frontdoor.core.region;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.work.WorkKind;

class RoutingCounterpartsTest {
    private final Team seRecruitment = new Team(1, 10, "se-recruitment", "South East recruitment", TeamFunction.RECRUITMENT);
    private final Team seSupport = new Team(2, 10, "se-support", "South East adoption support", TeamFunction.SUPPORT);
    private final Team swRecruitment = new Team(3, 20, "sw-recruitment", "South West recruitment", TeamFunction.RECRUITMENT);
    private final Team swSupport = new Team(4, 20, "sw-support", "South West adoption support", TeamFunction.SUPPORT);
    private final Team northRecruitment = new Team(5, 30, "n-recruitment", "North recruitment", TeamFunction.RECRUITMENT);

    @Test
    void re_routing_in_a_region_of_two_spokes_goes_to_the_other_spokes_team_doing_the_same_work() {
        Routing routing = new Routing(List.of(), List.of(seRecruitment, seSupport, swRecruitment, swSupport), List.of());

        assertEquals(List.of(swRecruitment), routing.counterpartsElsewhere(seRecruitment));
        assertEquals(List.of(seSupport), routing.counterpartsElsewhere(swSupport));
    }

    @Test
    void with_three_spokes_there_is_a_choice_and_a_spoke_without_such_a_team_offers_none() {
        Routing routing = new Routing(List.of(), List.of(seRecruitment, seSupport, swRecruitment, northRecruitment), List.of());

        assertEquals(List.of(swRecruitment, northRecruitment), routing.counterpartsElsewhere(seRecruitment));
        assertEquals(List.of(), routing.counterpartsElsewhere(seSupport));
    }

    @Test
    void only_teams_doing_a_kind_of_work_can_be_routed_it() {
        Routing routing = new Routing(List.of(), List.of(seRecruitment, seSupport, swRecruitment, swSupport), List.of());

        assertEquals(List.of(seRecruitment, swRecruitment), routing.teamsDoing(WorkKind.ENQUIRY));
        assertEquals(List.of(seSupport, swSupport), routing.teamsDoing(WorkKind.SUPPORT_REQUEST));
    }
}
