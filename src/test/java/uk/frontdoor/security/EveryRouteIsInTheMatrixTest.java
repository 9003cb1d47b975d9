package uk.frontdoor.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.frontdoor.testing.AppTest;

/** The matrix covers the whole portal: every route the router knows has a row, and every row reaches a route. */
@MicronautTest(transactional = false)
class EveryRouteIsInTheMatrixTest extends AppTest {
    @Inject
    Router router;

    @Test
    void every_route_the_router_knows_has_a_row_in_the_matrix_and_every_row_reaches_a_route() {
        List<UriRouteInfo<?, ?>> routes = routes(router);
        Set<String> covered = new LinkedHashSet<>();
        List<String> strays = new ArrayList<>();
        for (AuthorizationMatrix.Row row : AuthorizationMatrix.read().rows()) {
            Optional<UriRouteInfo<?, ?>> route = routeOf(routes, row.method(), row.path());
            if (route.isPresent()) {
                covered.add(name(route.get()));
            } else if (!row.expected().values().stream().allMatch("404"::equals)) {
                // a row for a path that no route answers is only right if it says 404 for everyone
                strays.add("line " + row.line() + ": " + row + " reaches no route");
            }
        }
        List<String> missing = routes.stream().map(EveryRouteIsInTheMatrixTest::name)
                .filter(r -> !covered.contains(r)).distinct().sorted().toList();
        assertEquals(List.of(), missing, "routes with no row in " + AuthorizationMatrix.FILE);
        assertEquals(List.of(), strays, "rows of " + AuthorizationMatrix.FILE + " whose route no longer exists");
    }

    /** The portal's routes; not those that only the tests add (under /test/, e.g. a page that fails on purpose). */
    static List<UriRouteInfo<?, ?>> routes(Router router) {
        return router.uriRoutes().<UriRouteInfo<?, ?>>map(r -> r)
                .filter(r -> !r.getHttpMethodName().equals("HEAD"))
                .filter(r -> !r.getUriMatchTemplate().toString().startsWith("/test/"))
                .toList();
    }

    /** The route the router would choose for the path: of those matching, the one with fewest variables. */
    static Optional<UriRouteInfo<?, ?>> routeOf(List<UriRouteInfo<?, ?>> routes, String method, String matrixPath) {
        String path = matrixPath.replaceAll("\\{[a-z0-9-]+}", "1");
        return routes.stream()
                .filter(r -> r.getHttpMethodName().equals(method) && r.getUriMatchTemplate().match(path).isPresent())
                .min(Comparator.comparingInt(r -> r.getUriMatchTemplate().getVariableNames().size()));
    }

    static String name(UriRouteInfo<?, ?> route) {
        return route.getHttpMethodName() + " " + route.getUriMatchTemplate();
    }
}
