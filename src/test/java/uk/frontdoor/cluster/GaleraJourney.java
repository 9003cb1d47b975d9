package uk.frontdoor.cluster;

import static uk.frontdoor.cluster.LoadBalancedJourney.journey;
import static uk.frontdoor.cluster.LoadBalancedJourney.once;
import static uk.frontdoor.cluster.LoadBalancedJourney.people;
import static uk.frontdoor.cluster.LoadBalancedJourney.signalAtThirds;
import static uk.frontdoor.cluster.LoadBalancedJourney.sleep;
import static uk.frontdoor.cluster.LoadBalancedJourney.step;

import com.password4j.Password;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import uk.frontdoor.core.enquiry.EnquiryStep;
import uk.frontdoor.publicsite.enquiry.Enquirer;
import uk.frontdoor.testing.WebClient;

/**
 * Driven by {@code bench/galera.sh}: two portal nodes on a three-node Galera cluster. People send enquiries through
 * one portal node and book a place at an information event through the other; two recruitment officers, one signed in
 * on each node, race to claim the work item of every confirmed enquiry. Prints {@code KILL db-3} (a Galera node the
 * portal does not write to) and {@code KILL db-1} (the writer) at a third and two thirds of the way, waiting for a line
 * on stdin after each. At the end checks, in the database, that every enquiry and booking the portal confirmed is
 * stored exactly once (and no person has two), that the event's places taken add up, and that every work item raced
 * for has exactly one claim, by the officer the portal told (when the writer dies with a claim's commit in doubt,
 * neither officer is told, and the claim must still be there once). Exit status 0 when all that holds.
 *
 * <p>Arguments: portal node 1 URL, portal node 2 URL, JDBC URL (the same failover list as the portal's), owner,
 * owner's password, number of people. A person whose request failed presses again, up to {@code journey.attempts}
 * times half a second apart (a system property).
 */
public final class GaleraJourney {
    private static final String PASSWORD = "galera bench quiet lantern";

    private GaleraJourney() {
    }

    record Officer(long id, WebClient client) { }

    public static void main(String[] args) throws Exception {
        URI[] nodes = {URI.create(args[0]), URI.create(args[1])};
        String url = args[2];
        String owner = args[3];
        String ownerPassword = args[4];
        int people = Integer.parseInt(args[5]);
        long eventId;
        Officer[] officers = new Officer[2];
        try (Connection db = DriverManager.getConnection(url, owner, ownerPassword)) {
            eventId = makeEvent(db);
            for (int i = 0; i < 2; i++) {
                officers[i] = new Officer(makeOfficer(db, "officer-" + i), null);
            }
        }
        for (int i = 0; i < 2; i++) {
            officers[i] = new Officer(officers[i].id(), signIn(nodes[i], email(officers[i].id())));
        }

        // per person: the enquiry's pages, the booking's two, and each officer's two in the claim race
        int total = people * (EnquiryStep.values().length + 2 + 2 + 4);
        Map<String, String> enquiries = new ConcurrentHashMap<>(); // email -> reference
        Map<String, String> bookings = new ConcurrentHashMap<>(); // email -> reference
        Map<Long, Long> claims = new ConcurrentHashMap<>(); // work item -> officer the portal said has it
        List<Long> raced = Collections.synchronizedList(new ArrayList<>());
        List<String> gaveUp = new ArrayList<>();
        BlockingQueue<String> toClaim = new LinkedBlockingQueue<>();
        AtomicBoolean peopleDone = new AtomicBoolean();
        ExecutorService crowd = Executors.newFixedThreadPool(6);
        List<Future<?>> running = people(crowd, people, i -> nodes[i % 2], (person, i) -> {
            String reference = journey(person);
            enquiries.put(person.email, reference);
            toClaim.add(reference);
            bookings.put(person.email, book(new WebClient(nodes[(i + 1) % 2]), eventId, person));
        }, gaveUp);
        Thread claimer = new Thread(() -> claimAll(url, owner, ownerPassword, officers, toClaim, peopleDone, claims,
                raced, gaveUp), "claimer");
        claimer.start();

        signalAtThirds(total, "KILL db-3", "KILL db-1", running);
        crowd.shutdown();
        peopleDone.set(true);
        claimer.join();

        int problems = gaveUp.size();
        int unconfirmed = 0;
        try (Connection db = DriverManager.getConnection(url, owner, ownerPassword)) {
            for (Map.Entry<String, String> c : enquiries.entrySet()) {
                problems += once(db, "enquiry", c.getKey(), c.getValue());
            }
            for (Map.Entry<String, String> c : bookings.entrySet()) {
                problems += once(db, "event_booking", c.getKey(), c.getValue());
            }
            long taken = number(db, "SELECT places_taken FROM info_event WHERE id = " + eventId);
            long booked = number(db, "SELECT COALESCE(SUM(attending), 0) FROM event_booking WHERE event_id = "
                    + eventId + " AND status = 'BOOKED'");
            if (taken != booked) {
                System.out.println("WRONG places taken " + taken + " but " + booked + " booked");
                problems++;
            }
            for (long item : raced) {
                long claimed = number(db, "SELECT COUNT(*) FROM work_item_event WHERE event_type = 'CLAIMED'"
                        + " AND work_item_id = " + item);
                long holder = number(db, "SELECT COALESCE(assigned_to, 0) FROM work_item WHERE id = " + item);
                Long told = claims.get(item);
                if (told == null) {
                    // neither officer was told: the commit was in doubt (the writer died with it), and it happened
                    unconfirmed++;
                }
                if (claimed != 1 || told != null && holder != told) {
                    System.out.println("WRONG work item " + item + ": " + claimed + " claims, owner " + holder
                            + ", the portal said " + told);
                    problems++;
                }
            }
        }
        System.out.println("RESULT people=" + people + " enquiries=" + enquiries.size() + " bookings=" + bookings.size()
                + " claims-confirmed=" + claims.size() + " claims-in-doubt-but-stored-once=" + unconfirmed
                + " gave-up=" + gaveUp.size() + " retried-requests=" + LoadBalancedJourney.RETRIES.get()
                + " problems=" + problems);
        gaveUp.forEach(g -> System.out.println("GAVE UP " + g));
        boolean all = enquiries.size() == people && bookings.size() == people && raced.size() == people;
        System.exit(problems == 0 && all ? 0 : 1);
    }

    private static String book(WebClient client, long eventId, Enquirer person) {
        String[] reference = new String[1];
        step(() -> client.get("/events/" + eventId + "/book"));
        step(() -> {
            WebClient.Page page = client.submit("/events/" + eventId + "/book", Map.of("fullName", person.fullName,
                    "email", person.email, "attending", "2", "accessNeeds", ""));
            if (page.status() < 500) {
                reference[0] = page.html().select(".govuk-panel__body strong").text();
                if (!reference[0].startsWith("EVT-")) {
                    throw new IllegalStateException("no booking reference (status " + page.status() + ")");
                }
            }
            return page;
        });
        return reference[0];
    }

    /** Both officers open each new work item and press "Claim" at the same moment, one on each portal node. */
    private static void claimAll(String url, String owner, String ownerPassword, Officer[] officers,
                                 BlockingQueue<String> toClaim, AtomicBoolean peopleDone, Map<Long, Long> claims,
                                 List<Long> raced, List<String> gaveUp) {
        ExecutorService pair = Executors.newFixedThreadPool(2);
        try {
            while (!peopleDone.get() || !toClaim.isEmpty()) {
                String reference = toClaim.poll(200, TimeUnit.MILLISECONDS);
                if (reference == null) {
                    continue;
                }
                long item = workItem(url, owner, ownerPassword, reference);
                String path = "/staff/items/" + item;
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Boolean>> race = new ArrayList<>();
                for (Officer officer : officers) {
                    race.add(pair.submit(() -> {
                        step(() -> officer.client().get(path));
                        go.await();
                        boolean[] got = new boolean[1];
                        step(() -> {
                            WebClient.Page page = officer.client().post(path + "/claim", Map.of());
                            got[0] = page.status() == 303 && page.location().endsWith("done=claimed");
                            return page;
                        });
                        return got[0];
                    }));
                }
                go.countDown();
                raced.add(item);
                for (int i = 0; i < 2; i++) {
                    if (race.get(i).get()) {
                        Long before = claims.put(item, officers[i].id());
                        if (before != null) {
                            System.out.println("WRONG work item " + item + " confirmed to both officers");
                            synchronized (gaveUp) {
                                gaveUp.add("claim of " + item + " confirmed twice");
                            }
                        }
                    }
                }
            }
        } catch (Exception e) {
            synchronized (gaveUp) {
                gaveUp.add("claims: " + e);
            }
        } finally {
            pair.shutdownNow();
        }
    }

    private static long workItem(String url, String owner, String ownerPassword, String reference) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try (Connection db = DriverManager.getConnection(url, owner, ownerPassword);
                 PreparedStatement s = db.prepareStatement(
                         "SELECT id FROM work_item WHERE subject_type = 'ENQUIRY' AND reference = ?")) {
                s.setString(1, reference);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        return rs.getLong(1);
                    }
                }
                throw new IllegalStateException("no work item for " + reference);
            } catch (SQLException e) {
                if (attempt >= 40) {
                    throw e;
                }
                sleep(500);
            }
        }
    }

    private static long makeEvent(Connection db) throws Exception {
        try (Statement s = db.createStatement()) {
            s.executeUpdate("""
                    INSERT INTO info_event (title, kind, spoke_id, place, venue_address, starts_at, ends_at, capacity,
                        places_taken, booking_opens_at, booking_closes_at, created_by, created_at, updated_at)
                    SELECT 'Galera bench information evening', 'INFORMATION_EVENT', id, 'SPOKE_OFFICE', NULL,
                           UTC_TIMESTAMP() + INTERVAL 30 DAY, UTC_TIMESTAMP() + INTERVAL 30 DAY + INTERVAL 2 HOUR,
                           100000, 0, UTC_TIMESTAMP() - INTERVAL 1 DAY, UTC_TIMESTAMP() + INTERVAL 29 DAY, 0,
                           UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)
                    FROM spoke WHERE code = 'south-east'""", Statement.RETURN_GENERATED_KEYS);
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static long makeOfficer(Connection db, String who) throws Exception {
        long id;
        try (PreparedStatement s = db.prepareStatement("""
                INSERT INTO staff_account (email, display_name, password_hash, active, created_at)
                VALUES (?, ?, ?, TRUE, UTC_TIMESTAMP(3))""", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
            s.setString(2, who);
            s.setString(3, Password.hash(PASSWORD).addRandomSalt().withArgon2().getResult());
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (Statement s = db.createStatement()) {
            s.executeUpdate("INSERT INTO staff_role (staff_id, role) VALUES (" + id + ", 'RECRUITMENT_OFFICER')");
            s.executeUpdate("INSERT INTO staff_team (staff_id, team_id) SELECT " + id
                    + ", id FROM team WHERE code = 'se-recruitment'");
            try (ResultSet rs = s.executeQuery("SELECT email FROM staff_account WHERE id = " + id)) {
                rs.next();
                EMAILS.put(id, rs.getString(1));
            }
        }
        return id;
    }

    private static final Map<Long, String> EMAILS = new ConcurrentHashMap<>();

    private static String email(long officer) {
        return EMAILS.get(officer);
    }

    private static WebClient signIn(URI node, String email) {
        WebClient client = new WebClient(node);
        WebClient.Page[] signedIn = new WebClient.Page[1];
        step(() -> client.get("/staff/sign-in"));
        step(() -> signedIn[0] = client.post("/staff/sign-in", Map.of("email", email, "password", PASSWORD)));
        if (signedIn[0].status() != 303) {
            throw new IllegalStateException("officer " + email + " not signed in: " + signedIn[0].status());
        }
        return client;
    }

    private static long number(Connection db, String sql) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
