package uk.frontdoor.core.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.region.Borough;
import uk.frontdoor.core.region.Routing;
import uk.frontdoor.core.region.RoutingRule;
import uk.frontdoor.core.region.Team;
import uk.frontdoor.core.region.TeamFunction;
import uk.frontdoor.core.work.WorkKind;

class SupportRoutingTest {
    private static final Borough LAMBETH = new Borough(2, 1, "lambeth", "Lambeth");
    private static final Borough MERTON = new Borough(6, 2, "merton", "Merton");
    private static final Team SE_RECRUITMENT = new Team(10, 1, "se-recruitment", "SE recruitment", TeamFunction.RECRUITMENT);
    private static final Team SE_SUPPORT = new Team(11, 1, "se-support", "SE support", TeamFunction.SUPPORT);
    private static final Team SW_SUPPORT = new Team(21, 2, "sw-support", "SW support", TeamFunction.SUPPORT);
    private static final Routing ROUTING = new Routing(List.of(LAMBETH, MERTON),
            List.of(SE_RECRUITMENT, SE_SUPPORT, SW_SUPPORT), List.of());
    private static final Council KENT = Council.outsideTheRegion("Kent");

    private static Team route(Optional<Council> placing, Council livesIn, LocalDate order, LocalDate today) {
        Responsibility r = ResponsibleCouncil.decide(Requester.ADOPTIVE_PARENT, placing, livesIn,
                Optional.ofNullable(order), today);
        return SupportRouting.teamFor(ROUTING, r, livesIn, placing);
    }

    @Test
    void a_request_within_three_years_goes_to_the_placing_councils_spoke_support_team() {
        assertEquals(SE_SUPPORT, route(Optional.of(Council.of(LAMBETH)), Council.of(MERTON),
                LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)));
    }

    @Test
    void after_three_years_it_goes_to_the_support_team_of_the_spoke_where_the_family_lives() {
        assertEquals(SW_SUPPORT, route(Optional.of(Council.of(LAMBETH)), Council.of(MERTON),
                LocalDate.of(2020, 1, 1), LocalDate.of(2025, 1, 1)));
    }

    @Test
    void an_administrators_routing_rule_for_support_requests_wins() {
        Routing ruled = new Routing(ROUTING.boroughs(), ROUTING.teams(),
                List.of(new RoutingRule(1, WorkKind.SUPPORT_REQUEST, LAMBETH.id(), SW_SUPPORT.id())));
        Responsibility r = ResponsibleCouncil.decide(Requester.ADOPTIVE_PARENT, Optional.of(Council.of(LAMBETH)),
                Council.of(LAMBETH), Optional.empty(), LocalDate.of(2025, 1, 1));
        assertEquals(SW_SUPPORT, SupportRouting.teamFor(ruled, r, Council.of(LAMBETH), Optional.of(Council.of(LAMBETH))));
    }

    @Test
    void a_placing_council_outside_the_region_still_reaches_the_team_where_the_family_lives() {
        assertEquals(SW_SUPPORT, route(Optional.of(KENT), Council.of(MERTON), null, LocalDate.of(2025, 1, 1)));
    }

    @Test
    void with_no_council_in_the_region_the_first_spokes_support_team_receives_it() {
        assertEquals(SE_SUPPORT, route(Optional.of(KENT), Council.outsideTheRegion("Essex"), null,
                LocalDate.of(2025, 1, 1)));
    }

    @Test
    void an_urgent_request_has_the_shorter_first_response_target() {
        assertEquals(2, Urgency.URGENT.firstResponseWorkingDays(10, 2));
        assertEquals(10, Urgency.SOON.firstResponseWorkingDays(10, 2));
        assertEquals(10, Urgency.NOT_URGENT.firstResponseWorkingDays(10, 2));
        assertEquals(5, Urgency.URGENT.firstResponseWorkingDays(5, 8), "urgent is never later than usual");
        assertThrows(IllegalStateException.class, () -> Urgency.AT_RISK_NOW.firstResponseWorkingDays(10, 2));
    }
}
