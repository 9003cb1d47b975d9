package uk.frontdoor.publicsite.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.WebClient;

@MicronautTest(transactional = false)
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
class NoOverbookingTest extends AppTest {
    private static final int PEOPLE = 200;
    private static final int PLACES = 20;

    @Inject
    EventFixture events;

    /**
     * 200 requests at once on 2 cores queue for the 20 database connections longer than the 3 s production default
     * allows (then they get the 503 "try again" page). What this test is about is the answer each person gets once
     * served, so connections may be waited for longer here.
     */
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(super.getProperties());
        properties.put("datasources.default.connection-timeout", "60000");
        return properties;
    }

    @Test
    void two_hundred_people_booking_twenty_places_at_once_give_twenty_bookings_and_a_hundred_and_eighty_waiting_list_offers()
            throws Exception {
        var event = events.atOffice(LocalDateTime.of(2027, 6, 9, 18, 0), PLACES);
        List<WebClient> browsers = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            WebClient browser = client();
            browser.get("/events/" + event.id() + "/book");
            browsers.add(browser);
        }
        ExecutorService pool = Executors.newFixedThreadPool(PEOPLE);
        try {
            CountDownLatch ready = new CountDownLatch(PEOPLE);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<WebClient.Page>> answers = new ArrayList<>();
            for (int i = 0; i < PEOPLE; i++) {
                WebClient browser = browsers.get(i);
                Map<String, String> form = BookingAnEventTest.answers(uniqueEmail("rush" + i));
                form.put("attending", "1");
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return browser.post("/events/" + event.id() + "/book", form);
                }));
            }
            ready.await(30, TimeUnit.SECONDS);
            long started = System.nanoTime();
            go.countDown();
            int booked = 0;
            int offeredWaitingList = 0;
            int other = 0;
            for (Future<WebClient.Page> answer : answers) {
                WebClient.Page page = answer.get(120, TimeUnit.SECONDS);
                if (page.status() == 303 && page.location().contains("/booked?reference=EVT-")) {
                    booked++;
                } else if (page.status() == 409
                        && !page.html().select("form[action=/events/" + event.id() + "/wait]").isEmpty()) {
                    offeredWaitingList++;
                } else {
                    other++;
                    System.out.println("No overbooking: unexpected answer " + page.status());
                }
            }
            System.out.printf("No overbooking: %d simultaneous bookings answered in %d ms%n", PEOPLE,
                    (System.nanoTime() - started) / 1_000_000);
            assertEquals(PLACES, booked, "bookings");
            assertEquals(PEOPLE - PLACES, offeredWaitingList, "offers of the waiting list");
            assertEquals(0, other, "other answers");
            assertEquals(PLACES, events.placesTaken(event.id()));
            assertEquals(PLACES, events.bookings(event.id()));
        } finally {
            pool.shutdownNow();
        }
    }
}
