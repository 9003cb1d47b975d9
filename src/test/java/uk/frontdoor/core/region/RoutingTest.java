package uk.frontdoor.core.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.work.WorkKind;

class RoutingTest {
    private static final Borough LAMBETH = new Borough(1, 10, "lambeth", "Lambeth");
    private static final Borough MERTON = new Borough(2, 20, "merton", "Merton");
    private static final Team SE_RECRUIT = new Team(100, 10, "se-recruitment", "SE recruitment", TeamFunction.RECRUITMENT);
    private static final Team SE_SUPPORT = new Team(101, 10, "se-support", "SE support", TeamFunction.SUPPORT);
    private static final Team SW_RECRUIT = new Team(200, 20, "sw-recruitment", "SW recruitment", TeamFunction.RECRUITMENT);
    private static final Team SW_SUPPORT = new Team(201, 20, "sw-support", "SW support", TeamFunction.SUPPORT);
    private static final List<Borough> BOROUGHS = List.of(LAMBETH, MERTON);
    private static final List<Team> TEAMS = List.of(SE_RECRUIT, SE_SUPPORT, SW_RECRUIT, SW_SUPPORT);

    @Test
    void without_rules_work_goes_to_the_boroughs_own_spoke_team_for_that_kind_of_work() {
        Routing routing = new Routing(BOROUGHS, TEAMS, List.of());
        assertEquals(SE_RECRUIT, routing.teamFor(WorkKind.ENQUIRY, LAMBETH.id()).orElseThrow());
        assertEquals(SW_RECRUIT, routing.teamFor(WorkKind.ENQUIRY, MERTON.id()).orElseThrow());
        assertEquals(SW_SUPPORT, routing.teamFor(WorkKind.SUPPORT_REQUEST, MERTON.id()).orElseThrow());
    }

    @Test
    void an_administrators_rule_overrides_the_default_for_that_borough_and_kind_only() {
        Routing routing = new Routing(BOROUGHS, TEAMS,
                List.of(new RoutingRule(1, WorkKind.ENQUIRY, LAMBETH.id(), SW_RECRUIT.id())));
        assertEquals(SW_RECRUIT, routing.teamFor(WorkKind.ENQUIRY, LAMBETH.id()).orElseThrow());
        assertEquals(SE_SUPPORT, routing.teamFor(WorkKind.SUPPORT_REQUEST, LAMBETH.id()).orElseThrow());
    }

    @Test
    void an_unknown_borough_routes_nowhere() {
        assertTrue(new Routing(BOROUGHS, TEAMS, List.of()).teamFor(WorkKind.ENQUIRY, 999).isEmpty());
    }

    @Test
    void the_counterpart_of_a_team_is_the_same_kind_of_team_in_the_other_spoke() {
        Routing routing = new Routing(BOROUGHS, TEAMS, List.of());
        assertEquals(SW_RECRUIT, routing.counterpartIn(20, SE_RECRUIT).orElseThrow());
        assertEquals(SE_SUPPORT, routing.counterpartIn(10, SW_SUPPORT).orElseThrow());
    }
}
