package uk.frontdoor.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.WebClient;

/**
 * Every state-changing route refuses a request that does not carry the browser's own CSRF token: none, a wrong one,
 * or one taken from another browser's page. The person sending it may use the route, so only the token is wrong.
 */
@MicronautTest(transactional = false)
class CsrfOnEveryPostTest extends AppTest {
    /** Single sign-on on, as the matrix is written for it ({@link Identities#settings}). */
    @Override
    public Map<String, String> getProperties() {
        return Identities.settings(super.getProperties());
    }

    /** Outcomes that the access check gives before the token is looked at: those people cannot show a CSRF refusal. */
    private static final Set<String> TURNED_AWAY_FIRST = Set.of("signin", "staff-signin", "403");

    @Inject
    Router router;
    @Inject
    Identities identities;
    @Inject
    Sql sql;

    private final Map<String, WebClient> browsers = new HashMap<>();

    @BeforeAll
    void people() {
        identities.make(server.getURI());
    }

    @Test
    void every_state_changing_route_is_in_reach_of_the_test() {
        List<String> unsendable = EveryRouteIsInTheMatrixTest.routes(router).stream()
                .filter(r -> !Set.of("GET", "POST").contains(r.getHttpMethodName()))
                .map(EveryRouteIsInTheMatrixTest::name).toList();
        assertEquals(List.of(), unsendable, "state changes are POSTs (forms); teach this test any other method");
    }

    @Test
    void a_post_without_the_browsers_own_token_is_refused_on_every_route() {
        var routes = EveryRouteIsInTheMatrixTest.routes(router);
        var rows = AuthorizationMatrix.read().rows();
        WebClient stranger = client();
        stranger.get("/sign-in");
        String strangersToken = stranger.csrfToken();

        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (UriRouteInfo<?, ?> route : routes.stream().filter(r -> r.getHttpMethodName().equals("POST")).toList()) {
            String name = EveryRouteIsInTheMatrixTest.name(route);
            Optional<Map.Entry<AuthorizationMatrix.Row, String>> sender = rows.stream()
                    .filter(row -> EveryRouteIsInTheMatrixTest.routeOf(routes, row.method(), row.path())
                            .map(EveryRouteIsInTheMatrixTest::name).filter(name::equals).isPresent())
                    .flatMap(row -> row.expected().entrySet().stream()
                            .filter(cell -> !TURNED_AWAY_FIRST.contains(cell.getValue()))
                            .map(cell -> Map.entry(row, cell.getKey())))
                    .findFirst();
            if (sender.isEmpty()) {
                failures.add(name + ": no row of the matrix lets anyone use it, so nobody can test its token");
                continue;
            }
            String who = sender.get().getValue();
            WebClient browser = browser(who);
            String path = identities.path(sender.get().getKey().path());
            Map<String, Map<String, String>> attempts = Map.of(
                    "no token", Map.of(),
                    "a wrong token", Map.of("_csrf", "not-the-token"),
                    "another browser's token", Map.of("_csrf", strangersToken));
            for (var attempt : attempts.entrySet()) {
                var page = browser.postRaw(path, attempt.getValue());
                checked++;
                var h1 = page.html().selectFirst("h1");
                if (page.status() != 403 || h1 == null || !h1.text().equals("Your form could not be sent")) {
                    failures.add(name + " as " + who + " with " + attempt.getKey() + ": " + page.status() + " "
                            + (h1 == null ? "" : h1.text()));
                }
            }
        }
        assertTrue(checked >= 3 * 20, "every POST route was tried: " + checked);
        assertEquals(List.of(), failures);
    }

    @Test
    void a_refused_post_changes_nothing() {
        WebClient officer = browser("se-officer");
        String item = identities.resolve("new-se-enquiry-item");
        long events = sql.count("SELECT COUNT(*) FROM work_item_event WHERE work_item_id = ?", Long.parseLong(item));
        assertEquals(403, officer.postRaw("/staff/items/" + item + "/claim", Map.of()).status());
        assertEquals(0, sql.count("SELECT COUNT(*) FROM work_item WHERE id = ? AND assigned_to IS NOT NULL",
                Long.parseLong(item)), "the item is still unclaimed");
        assertEquals(events, sql.count("SELECT COUNT(*) FROM work_item_event WHERE work_item_id = ?",
                Long.parseLong(item)), "nothing in the item's history");

        WebClient admin = browser("admin");
        String account = identities.resolve("staff-account");
        assertEquals(403, admin.postRaw("/staff/admin/accounts/" + account + "/deactivate",
                Map.of("_csrf", "forged")).status());
        assertEquals(1, sql.count("SELECT COUNT(*) FROM staff_account WHERE id = ? AND active",
                Long.parseLong(account)), "the account is still active");

        assertEquals(403, officer.postRaw("/staff/sign-out", Map.of()).status());
        assertEquals(200, officer.get("/staff").status(), "still signed in");
        WebClient applicant = browser("A");
        assertEquals(403, applicant.postRaw("/account/sign-out", Map.of()).status());
        assertEquals(200, applicant.get("/account").status(), "still signed in");
    }

    private WebClient browser(String who) {
        return browsers.computeIfAbsent(who, w -> identities.browser(w, server.getURI()));
    }
}
