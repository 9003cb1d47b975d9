package uk.frontdoor.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uk.frontdoor.platform.db.EmbeddedDatabase;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.publicsite.enquiry.Enquirer;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.WebClient;

/**
 * MariaDB stops: people get a friendly "service unavailable" page, /health says so, and when the database
 * comes back the portal recovers by itself.
 */
@MicronautTest(transactional = false)
class WhenTheDatabaseGoesAwayTest extends AppTest {
    private static final Duration OUTAGE = Duration.ofSeconds(10);
    private static final Duration RECOVERY_TARGET = Duration.ofSeconds(5);
    private static final String[] BOROUGHS = {"lambeth", "merton", "croydon", "sutton"};

    @Inject
    Sql sql;

    @Test
    void the_portal_says_it_is_unavailable_and_recovers_by_itself() throws Exception {
        EmbeddedDatabase db = EmbeddedDatabase.running().orElseThrow();
        WebClient visitor = client();
        assertEquals(200, visitor.get("/health").status());
        assertEquals(200, visitor.get("/").status());

        db.stop();
        try {
            var health = visitor.get("/health");
            assertEquals(503, health.status());
            assertTrue(health.body().contains("\"database\":\"DOWN\""));

            var page = visitor.get("/"); // the home page lists the boroughs from the database
            assertEquals(503, page.status());
            assertEquals("Sorry, the service is unavailable", page.html().selectFirst("h1").text());
            assertTrue(page.header("Retry-After").isPresent());
            assertFalse(page.body().contains("Exception"), "no stack trace");
        } finally {
            db.restart();
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int status = 0;
        while (System.nanoTime() < deadline && status != 200) {
            status = visitor.get("/health").status();
            if (status != 200) {
                Thread.sleep(250);
            }
        }
        assertEquals(200, status, "healthy again once the database is back");
        assertEquals(200, visitor.get("/").status());
    }

    @Test
    void under_load_people_get_a_friendly_503_for_ten_seconds_and_service_returns_within_five_seconds_of_the_database()
            throws Exception {
        EmbeddedDatabase db = EmbeddedDatabase.running().orElseThrow();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.function.Consumer<WebClient.Page> judge = page -> {
            statuses.computeIfAbsent(page.status(), s -> new AtomicInteger()).incrementAndGet();
            boolean forMachines = page.response().uri().getPath().equals("/health");
            if (page.status() == 503 && !forMachines) {
                var h1 = page.html().selectFirst("h1");
                if (h1 == null || !h1.text().equals("Sorry, the service is unavailable")
                        || page.header("Retry-After").isEmpty()) {
                    problems.add("503 without the friendly page: " + page.body());
                }
            } else if (page.status() != 200 && page.status() != 303 && page.status() != 503) {
                problems.add("status " + page.status() + " for " + page.response().uri() + ": " + page.body());
            }
            if (page.body().contains("Exception") || page.body().contains("\tat ")) {
                problems.add("a stack trace shown for " + page.response().uri());
            }
        };
        Set<String> attempted = ConcurrentHashMap.newKeySet();
        Set<String> confirmedAfterRecovery = ConcurrentHashMap.newKeySet();
        AtomicBoolean recovered = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService people = Executors.newFixedThreadPool(BOROUGHS.length);
        List<Future<?>> load = new ArrayList<>();
        for (String borough : BOROUGHS) {
            load.add(people.submit(() -> {
                while (!stop.get()) {
                    Enquirer person = new Enquirer(client().onEveryPage(judge), borough);
                    attempted.add(person.email);
                    boolean startedAfterRecovery = recovered.get();
                    try {
                        person.hasAnsweredEverything().sendsAndReadsReference();
                        if (startedAfterRecovery) {
                            confirmedAfterRecovery.add(person.email);
                        }
                    } catch (AssertionError refusedWhileTheDatabaseWasAway) {
                        // the page itself was judged above; this person gives up and another one starts
                    }
                }
                return null;
            }));
        }
        WebClient visitor = client().onEveryPage(judge);
        Thread.sleep(2000);

        db.stop();
        long downAt = System.nanoTime();
        Thread.sleep(OUTAGE.toMillis() / 2);
        var health = visitor.get("/health");
        assertEquals(503, health.status());
        assertTrue(health.body().contains("\"database\":\"DOWN\""));
        Thread.sleep(Math.max(0, OUTAGE.toMillis() - (System.nanoTime() - downAt) / 1_000_000));
        db.restart();
        long backAt = System.nanoTime();

        long deadline = backAt + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline
                && !(visitor.get("/health").status() == 200 && visitor.get("/").status() == 200)) {
            Thread.sleep(100);
        }
        long recoveryMillis = (System.nanoTime() - backAt) / 1_000_000;
        recovered.set(true);
        System.out.printf("Database away %d s under load: portal serving again %d ms after it returned; statuses %s%n",
                OUTAGE.toSeconds(), recoveryMillis, statuses);
        assertTrue(recoveryMillis <= RECOVERY_TARGET.toMillis(),
                "serving again within 5 s of the database returning, took " + recoveryMillis + " ms");

        long moreLoadUntil = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (confirmedAfterRecovery.size() < BOROUGHS.length && System.nanoTime() < moreLoadUntil) {
            Thread.sleep(100);
        }
        stop.set(true);
        people.shutdown();
        assertTrue(people.awaitTermination(60, TimeUnit.SECONDS));
        for (Future<?> person : load) {
            person.get();
        }
        assertTrue(confirmedAfterRecovery.size() >= BOROUGHS.length, "people send enquiries again after recovery");
        assertEquals(List.of(), problems, "only normal pages and the friendly 503 page");
        assertTrue(statuses.getOrDefault(503, new AtomicInteger()).get() > 0, "the load did meet the outage");

        for (String email : attempted) {
            long enquiries = sql.count("SELECT COUNT(*) FROM enquiry WHERE email = ?", email);
            assertTrue(enquiries <= 1, "never stored twice: " + email);
            if (enquiries == 1) {
                assertEquals(1, sql.count("""
                        SELECT COUNT(*) FROM work_item w JOIN enquiry e ON w.subject_type = 'ENQUIRY' AND w.subject_id = e.id
                        WHERE e.email = ?""", email), "an enquiry with its work item: " + email);
                assertEquals(1, sql.count("SELECT COUNT(*) FROM outbox_email WHERE recipient = ?", email),
                        "an enquiry with its acknowledgement: " + email);
            }
        }
    }
}
