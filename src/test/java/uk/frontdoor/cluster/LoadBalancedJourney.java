package uk.frontdoor.cluster;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import uk.frontdoor.core.enquiry.EnquiryStep;
import uk.frontdoor.publicsite.enquiry.Enquirer;
import uk.frontdoor.testing.WebClient;

/**
 * Driven by {@code .ci/load-balanced}: people send enquiries through the load balancer while the script stops one node
 * gracefully (SIGTERM) and later kills the other (SIGKILL). A person whose request failed presses again, as people do.
 * Prints {@code STOP node-1} and {@code KILL node-2} at a third and two thirds of the way and waits for a line on
 * stdin before going on; at the end checks in the database that every confirmed enquiry is there exactly once and no
 * person has two. Exit status 0 when that holds.
 *
 * <p>Arguments: proxy URL, JDBC URL, user, password, number of people. {@link GaleraJourney} reuses its steps.
 */
public final class LoadBalancedJourney {
    private static final int ATTEMPTS = Integer.getInteger("journey.attempts", 6);
    static final AtomicInteger STEPS = new AtomicInteger();
    static final AtomicInteger RETRIES = new AtomicInteger();

    private LoadBalancedJourney() {
    }

    public static void main(String[] args) throws Exception {
        URI proxy = URI.create(args[0]);
        int people = Integer.parseInt(args[4]);
        int stepsPerPerson = EnquiryStep.values().length + 2;
        int total = people * stepsPerPerson;
        Map<String, String> confirmed = new ConcurrentHashMap<>(); // email -> reference
        List<String> gaveUp = new ArrayList<>();
        ExecutorService crowd = Executors.newFixedThreadPool(6);
        List<Future<?>> running = people(crowd, people, i -> proxy,
                (person, i) -> confirmed.put(person.email, journey(person)), gaveUp);
        signalAtThirds(total, "STOP node-1", "KILL node-2", running);
        crowd.shutdown();

        int problems = gaveUp.size();
        try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
            for (Map.Entry<String, String> c : confirmed.entrySet()) {
                problems += once(db, "enquiry", c.getKey(), c.getValue());
            }
        }
        System.out.println("RESULT people=" + people + " confirmed=" + confirmed.size() + " gave-up=" + gaveUp.size()
                + " retried-requests=" + RETRIES.get() + " problems=" + problems);
        gaveUp.forEach(g -> System.out.println("GAVE UP " + g));
        System.exit(problems == 0 && confirmed.size() == people ? 0 : 1);
    }

    static String journey(Enquirer person) {
        step(person::starts);
        for (EnquiryStep step : EnquiryStep.values()) {
            step(() -> person.answers(step));
        }
        String[] reference = new String[1];
        step(() -> {
            reference[0] = person.sendsAndReadsReference();
            return null;
        });
        return reference[0];
    }

    /** One page, pressed again (up to a few times) if the answer was an error or nothing came back. */
    static void step(Supplier<?> page) {
        Object last = null;
        for (int attempt = 1; ; attempt++) {
            try {
                Object answer = page.get();
                if (!(answer instanceof WebClient.Page p) || p.status() < 500) {
                    STEPS.incrementAndGet();
                    return;
                }
                last = "status " + p.status();
            } catch (RuntimeException | AssertionError e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
            }
            if (attempt >= ATTEMPTS) {
                throw new IllegalStateException("still failing after " + ATTEMPTS + " tries: " + last);
            }
            RETRIES.incrementAndGet();
            sleep(500);
        }
    }

    /** What one person does on their visit; {@code i} is their number in the crowd. */
    @FunctionalInterface
    interface Visit {
        void of(Enquirer person, int i);
    }

    /**
     * Sends {@code people} people on their visit through the crowd's threads, person {@code i} starting at the node
     * {@code node} gives them, living in Lambeth or Croydon in turn; a person whose visit failed is noted in
     * {@code gaveUp}.
     */
    static List<Future<?>> people(ExecutorService crowd, int people, IntFunction<URI> node, Visit visit,
                                  List<String> gaveUp) {
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            int number = i;
            String borough = i % 2 == 0 ? "lambeth" : "croydon";
            running.add(crowd.submit(() -> {
                Enquirer person = new Enquirer(new WebClient(node.apply(number)), borough);
                try {
                    visit.of(person, number);
                } catch (RuntimeException | AssertionError e) {
                    synchronized (gaveUp) {
                        gaveUp.add(person.email + ": " + e);
                    }
                }
            }));
        }
        return running;
    }

    /**
     * Tells the script {@code first} when a third of the {@code total} steps are done and {@code second} at two
     * thirds, waiting for its line on stdin after each (none when stdin is empty), then waits for every person.
     */
    static void signalAtThirds(int total, String first, String second, List<Future<?>> running) throws Exception {
        BufferedReader script = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        awaitSteps(total / 3);
        signal(first, script);
        awaitSteps(2 * total / 3);
        signal(second, script);
        for (Future<?> f : running) {
            f.get();
        }
    }

    /** 0 when the row {@code reference} of {@code table} is there once and is the person's only one; else 1, said. */
    static int once(Connection db, String table, String email, String reference) throws Exception {
        long byReference = count(db, "SELECT COUNT(*) FROM " + table + " WHERE reference = ?", reference);
        long byPerson = count(db, "SELECT COUNT(*) FROM " + table + " WHERE email = ?", email);
        if (byReference == 1 && byPerson == 1) {
            return 0;
        }
        System.out.println("WRONG " + table + " " + reference + ": " + byReference + " by reference, " + byPerson
                + " for the person");
        return 1;
    }

    private static void awaitSteps(int steps) {
        while (STEPS.get() < steps) {
            sleep(20);
        }
    }

    private static void signal(String what, BufferedReader script) throws Exception {
        System.out.println(what);
        System.out.flush();
        script.readLine();
    }

    private static long count(Connection db, String sql, String value) throws Exception {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setString(1, value);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
