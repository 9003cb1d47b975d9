package uk.frontdoor.core.region;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.region.RoutingAdministration.Route;
import uk.frontdoor.core.work.WorkKind;

/** The rules of an administrator's routing and targets: a team that does the work, 1 to 60 working days. */
class RoutingAdministrationTest {
    private static final Borough LAMBETH = new Borough(1, 10, "lambeth", "Lambeth");
    private static final Team SE_RECRUIT = new Team(100, 10, "se-recruitment", "SE recruitment", TeamFunction.RECRUITMENT);
    private static final Team SE_SUPPORT = new Team(101, 10, "se-support", "SE support", TeamFunction.SUPPORT);
    private static final Routing ROUTING = new Routing(List.of(LAMBETH), List.of(SE_RECRUIT, SE_SUPPORT), List.of());

    @Test
    void work_goes_only_to_a_team_that_does_that_kind_of_work() {
        assertEquals(List.of(), RoutingAdministration.routeProblems(ROUTING, List.of(
                new Route(WorkKind.ENQUIRY, LAMBETH.id(), SE_RECRUIT.id()),
                new Route(WorkKind.SUPPORT_REQUEST, LAMBETH.id(), SE_SUPPORT.id()))));
        assertEquals(List.of(new Problem("route-ENQUIRY-1", "staff.routing.error.team"),
                        new Problem("route-SUPPORT_REQUEST-1", "staff.routing.error.team")),
                RoutingAdministration.routeProblems(ROUTING, List.of(
                        new Route(WorkKind.ENQUIRY, LAMBETH.id(), SE_SUPPORT.id()),
                        new Route(WorkKind.SUPPORT_REQUEST, LAMBETH.id(), null))),
                "a support team takes no enquiries, and a route needs a team");
        assertEquals(1, RoutingAdministration.routeProblems(ROUTING,
                List.of(new Route(WorkKind.ENQUIRY, LAMBETH.id(), 999L))).size(), "no such team");
    }

    @Test
    void a_target_is_a_whole_number_of_working_days_from_1_to_60() {
        Map<WorkKind, String> typed = new LinkedHashMap<>();
        typed.put(WorkKind.SUPPORT_REQUEST, "60");
        typed.put(WorkKind.ENQUIRY, "1");
        List<Problem> problems = new ArrayList<>();
        assertEquals(Map.of(WorkKind.ENQUIRY, 1, WorkKind.SUPPORT_REQUEST, 60),
                RoutingAdministration.targets(typed, problems));
        assertEquals(List.of(), problems);

        for (String wrong : List.of("0", "61", "2.5", "-3", "ten", "99999")) {
            assertEquals(List.of(new Problem("target-ENQUIRY", "staff.targets.error.range")),
                    problemsOf(Map.of(WorkKind.ENQUIRY, wrong)), wrong);
        }
        assertEquals(List.of(new Problem("target-ENQUIRY", "staff.targets.error.missing")),
                problemsOf(Map.of(WorkKind.ENQUIRY, "")));
    }

    @Test
    void target_problems_are_in_page_order_whatever_the_order_typed() {
        Map<WorkKind, String> typed = new LinkedHashMap<>();
        List<WorkKind> backwards = new ArrayList<>(List.of(WorkKind.values()));
        Collections.reverse(backwards);
        backwards.forEach(kind -> typed.put(kind, ""));
        assertEquals(List.of(WorkKind.values()).stream().map(RoutingAdministration::targetField).toList(),
                problemsOf(typed).stream().map(Problem::field).toList());
    }

    private static List<Problem> problemsOf(Map<WorkKind, String> typed) {
        List<Problem> problems = new ArrayList<>();
        RoutingAdministration.targets(typed, problems);
        return problems;
    }
}
