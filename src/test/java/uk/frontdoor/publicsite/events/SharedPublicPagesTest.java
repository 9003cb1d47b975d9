package uk.frontdoor.publicsite.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.frontdoor.platform.time.Times;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.WebClient;

/**
 * The public pages that are the same for everyone are rendered once and kept (issue 17, ADR 59), with production's
 * bound: a page is served from memory only while the published version was read within the last 2 seconds, so
 * nothing a person could act on is shown stale for longer than that, and a booking is always checked against the
 * database.
 */
@MicronautTest(transactional = false)
class SharedPublicPagesTest extends AppTest {
    /** Production's bound (application.yml's default), not the tests' zero. */
    private static final long BOUND_MS = 2000;

    @Inject
    EventFixture events;
    @Inject
    StaffFixture staff;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("frontdoor.shared-pages.staleness", BOUND_MS + "ms");
        return properties;
    }

    @Test
    void the_last_place_booked_is_off_every_page_within_the_bound_and_a_late_booking_is_refused() throws Exception {
        var event = events.atOffice(LocalDateTime.of(2027, 9, 15, 18, 0), 1);
        WebClient reader = client();
        assertEquals("1", placesLeft(reader.get("/events/" + event.id())));

        WebClient first = client();
        WebClient second = client();
        first.get("/events/" + event.id() + "/book");
        second.get("/events/" + event.id() + "/book");
        Map<String, String> booking = BookingAnEventTest.answers(uniqueEmail("first"));
        booking.put("attending", "1");
        assertEquals(303, first.post("/events/" + event.id() + "/book", booking).status());
        Map<String, String> late = BookingAnEventTest.answers(uniqueEmail("second"));
        late.put("attending", "1");
        var refused = second.post("/events/" + event.id() + "/book", late);
        assertEquals(409, refused.status(), "the booking reads the database, whatever page the person had");
        assertEquals("Sorry, the last place has just gone", refused.html().select("h1").text());

        Thread.sleep(BOUND_MS + 100);
        var page = reader.get("/events/" + event.id());
        assertEquals("0", placesLeft(page));
        assertTrue(page.body().contains("This event is full."), "past the bound, the page shows the event full");
    }

    @Test
    void a_kept_page_is_the_same_for_everyone_sets_no_cookie_and_is_not_sent_again_until_it_changes() throws Exception {
        var event = events.atOffice(LocalDateTime.of(2027, 9, 16, 9, 0), 10);
        String path = "/events/" + event.id();
        var page = kept(path, Map.of());
        String etag = page.header("ETag").orElseThrow();
        assertEquals("no-cache", page.header("Cache-Control").orElseThrow());
        assertTrue(page.response().headers().allValues("Set-Cookie").isEmpty(), "a page without a form sets no cookie");
        var again = client().get(path);
        assertEquals(etag, again.header("ETag").orElseThrow(), "another visitor gets the same page");
        assertEquals(page.body(), again.body());
        assertEquals(304, client().get(path, Map.of("If-None-Match", etag)).status());

        WebClient booker = client();
        booker.get(path + "/book");
        assertEquals(303, booker.post(path + "/book", BookingAnEventTest.answers(uniqueEmail("booker"))).status());
        Thread.sleep(BOUND_MS + 100);
        var changed = kept(path, Map.of("If-None-Match", etag));
        assertEquals(200, changed.status(), "two places fewer: the page is sent again");
        assertNotEquals(etag, changed.header("ETag").orElseThrow());
        assertEquals("8", placesLeft(changed));
        String newTag = changed.header("ETag").orElseThrow();
        assertEquals(304, client().get(path, Map.of("If-None-Match", newTag)).status());
    }

    @Test
    void the_part_of_the_events_list_htmx_asks_for_is_kept_apart_from_the_whole_page_and_changes_with_it()
            throws Exception {
        Map<String, String> htmx = Map.of("HX-Request", "true");
        String before = kept("/events", htmx).header("ETag").orElseThrow();
        // tomorrow at 7 in the morning: the first of the list, before every event the other tests make
        var event = events.atOffice(Times.todayUk(clock).plusDays(1).atTime(7, 0), 12);
        Thread.sleep(BOUND_MS + 100);

        var part = kept("/events", htmx);
        var whole = kept("/events", Map.of());
        assertTrue(part.body().contains(event.title()), "past the bound, the new event is in the part htmx swaps in");
        assertTrue(whole.body().contains(event.title()));
        assertFalse(part.body().contains("<html"), "htmx is given the results only");
        assertTrue(whole.body().contains("<html"), "a browser without JavaScript is given the whole page");
        assertNotEquals(before, part.header("ETag").orElseThrow());
        assertNotEquals(whole.header("ETag").orElseThrow(), part.header("ETag").orElseThrow());
        assertEquals("Cookie, HX-Request", part.header("Vary").orElseThrow(), "a browser keeps the two apart");
        Map<String, String> again = new HashMap<>(htmx);
        again.put("If-None-Match", part.header("ETag").orElseThrow());
        assertEquals(304, client().get("/events", again).status());
        assertEquals(200, client().get("/events", Map.of("If-None-Match", part.header("ETag").orElseThrow())).status(),
                "the part's tag is not the whole page's");
    }

    @Test
    void a_person_signed_in_is_never_given_the_kept_page() {
        client().get("/"); // kept for everyone not signed in
        WebClient signedIn = client();
        staff.signIn(signedIn, staff.person("Kim Reader", Role.SOCIAL_WORKER, staff.team("se-recruitment")));
        var home = signedIn.get("/");
        assertEquals("/staff", home.html().select(".govuk-header__link--homepage").attr("href"));
        assertEquals("no-store", home.header("Cache-Control").orElseThrow());
        assertFalse(home.header("ETag").isPresent());
    }

    /**
     * The page as kept for everyone. On a machine so busy that the version's reader has not run within the bound, a
     * page is rendered afresh and not kept (never staler): then ask again, a few times.
     */
    private WebClient.Page kept(String path, Map<String, String> headers) throws InterruptedException {
        WebClient.Page page = client().get(path, headers);
        for (int i = 0; i < 20 && page.header("ETag").isEmpty(); i++) {
            Thread.sleep(250);
            page = client().get(path, headers);
        }
        return page;
    }

    private static String placesLeft(WebClient.Page page) {
        return page.html().select(".govuk-summary-list__row").stream()
                .filter(row -> row.select("dt").text().equals("Places left"))
                .map(row -> row.select("dd").text()).findFirst().orElseThrow();
    }
}
