package uk.frontdoor.security;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.WebClient;

/**
 * Walks the authorization matrix: every row, for every person, over real HTTP, and lists every cell where the
 * portal answered something else. Run with {@code -Dmatrix.print=true} to print the outcomes seen as matrix rows.
 */
@MicronautTest(transactional = false)
class AuthorizationMatrixTest extends AppTest {
    /** Single sign-on on, as the matrix is written for it ({@link Identities#settings}). */
    @Override
    public Map<String, String> getProperties() {
        return Identities.settings(super.getProperties());
    }

    @Inject
    Identities identities;

    @Test
    void every_person_gets_what_the_matrix_says_on_every_route() throws Exception {
        var matrix = AuthorizationMatrix.read();
        assertTrue(matrix.rows().size() > 50, "the matrix has its rows");
        long started = System.nanoTime();
        identities.make(server.getURI());
        long made = System.nanoTime();

        Map<AuthorizationMatrix.Row, Map<String, String>> seen = new LinkedHashMap<>();
        matrix.rows().forEach(row -> seen.put(row, new ConcurrentHashMap<>()));
        List<AuthorizationMatrix.Row> order = matrix.rows().stream()
                .sorted(Comparator.comparing(AuthorizationMatrix.Row::walkOrder)).toList();
        // one browser per person, the people side by side (each walks the rows in order)
        var people = Executors.newFixedThreadPool(Identities.NAMES.size());
        try {
            for (var walk : people.invokeAll(Identities.NAMES.stream().map(who -> (Callable<Void>) () -> {
                WebClient browser = identities.browser(who, server.getURI());
                for (AuthorizationMatrix.Row row : order) {
                    WebClient walker = row.endsEverySession() ? identities.browser(who, server.getURI()) : browser;
                    seen.get(row).put(who, AuthorizationMatrix.outcome(request(walker, row)));
                }
                return null;
            }).toList())) {
                walk.get();
            }
        } finally {
            people.shutdown();
        }
        System.out.printf("Authorization matrix: records and people made in %d ms, %d rows x %d people walked in %d ms%n",
                (made - started) / 1_000_000, order.size(), Identities.NAMES.size(), (System.nanoTime() - made) / 1_000_000);

        List<String> mismatches = new ArrayList<>();
        seen.forEach((row, outcomes) -> Identities.NAMES.forEach(who -> {
            String got = outcomes.get(who);
            String expected = row.expected().get(who);
            if (!expected.equals(got)) {
                mismatches.add(String.format("| line %-4d | %-6s %-50s | %-10s | expected %-12s | got %-12s |",
                        row.line(), row.method(), row.path(), who, expected, got));
            }
        }));
        if (Boolean.getBoolean("matrix.print")) {
            seen.forEach((row, outcomes) -> System.out.println("| " + row.method() + " | " + row.path() + " | "
                    + Identities.NAMES.stream().map(outcomes::get).collect(Collectors.joining(" | ")) + " |"));
        }
        if (!mismatches.isEmpty()) {
            fail(mismatches.size() + " cells of " + AuthorizationMatrix.FILE + " differ from what the portal did:\n"
                    + mismatches.stream().collect(Collectors.joining("\n")));
        }
    }

    private WebClient.Page request(WebClient browser, AuthorizationMatrix.Row row) {
        String path = identities.path(row.path());
        return switch (row.method()) {
            case "GET" -> browser.get(path);
            case "POST" -> browser.post(path, Map.of());
            default -> throw new IllegalStateException("The walker does not send " + row.method() + " yet");
        };
    }
}
