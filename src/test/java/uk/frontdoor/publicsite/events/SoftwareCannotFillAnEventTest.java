package uk.frontdoor.publicsite.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.events.Booker;
import uk.frontdoor.core.events.EventBookings;
import uk.frontdoor.core.identity.EmailAddress;
import uk.frontdoor.core.notify.EmailAllowance;
import uk.frontdoor.platform.time.Times;
import uk.frontdoor.testing.Mailbox;
import uk.frontdoor.testing.PublicFormPages;
import uk.frontdoor.testing.RateLimitAppTest;
import uk.frontdoor.testing.WebClient;

/**
 * Software cannot take an event's places, crowd its waiting list or make the agency email anyone: bookings and
 * waiting-list places count together, at most five an hour from one address here; at most three emails an hour go to
 * one email address; a form with the hidden field filled in is refused. Each test runs in an hour of its own, with its
 * events a month ahead of it.
 */
@MicronautTest(transactional = false)
class SoftwareCannotFillAnEventTest extends RateLimitAppTest {
    @Inject
    EventFixture events;
    @Inject
    EventBookings bookings;

    SoftwareCannotFillAnEventTest() {
        super("bookings-per-hour", 5, "event-booking", Instant.parse("2019-01-01T00:00:00Z"));
    }

    private EventFixture.Made event(int capacity) {
        return events.atOffice(Times.todayUk(clock).plusDays(30).atTime(18, 30), capacity);
    }

    /** An event whose only place is booked (not from this address): the booking page now offers its waiting list. */
    private EventFixture.Made fullEvent() {
        EventFixture.Made full = event(1);
        assertTrue(bookings.book(full.id(), new Booker("Fay First", EmailAddress.canonical(uniqueEmail("first")).orElseThrow(), 1, null, null),
                EmailAllowance.ALWAYS) instanceof EventBookings.Outcome.Booked);
        return full;
    }

    /** Opens the event's booking page, as a browser would, and sends the form to {@code action} (book or wait). */
    private static WebClient.Page send(WebClient browser, long eventId, String action, String email,
                                       Map<String, String> more) {
        PublicFormPages.hasTheHiddenField(browser.get("/events/" + eventId + "/book"));
        Map<String, String> answers = BookingAnEventTest.answers(email);
        answers.put("attending", "1");
        answers.putAll(more);
        return browser.post("/events/" + eventId + "/" + action, answers);
    }

    private long bookingsBy(String email) {
        return sql.count("SELECT COUNT(*) FROM event_booking WHERE email = ?", email);
    }

    private long waitingBy(String email) {
        return sql.count("SELECT COUNT(*) FROM event_waiting WHERE email = ?", email);
    }

    private long emailsTo(String email, String template) {
        return sql.count("SELECT COUNT(*) FROM outbox_email WHERE recipient = ? AND template = ?", email, template);
    }

    private static void refusedForTooMany(WebClient.Page refused) {
        PublicFormPages.refusedForTooMany(refused, "Sorry, there have been too many bookings from your connection",
                "We have not booked a place or added you to a waiting list: try again in an hour.",
                "phone us on 020 7946 0321 to book a place");
    }

    @Test
    void a_sixth_booking_from_one_address_within_the_hour_is_refused_and_takes_no_place() {
        EventFixture.Made event = event(20);
        for (int i = 0; i < perHour(); i++) {
            assertEquals(303, send(client(), event.id(), "book", uniqueEmail("booker" + i), Map.of()).status());
        }
        String sixth = uniqueEmail("sixth");

        WebClient.Page refused = send(client(), event.id(), "book", sixth, Map.of());

        refusedForTooMany(refused);
        assertEquals(perHour(), events.placesTaken(event.id()));
        assertEquals(0, bookingsBy(sixth));
        assertEquals(0, emailsTo(sixth, "EVENT_BOOKED"));

        clock.advance(Duration.ofHours(1));
        assertEquals(303, send(client(), event.id(), "book", sixth, Map.of()).status(), "the next hour they can book");
        assertEquals(1, bookingsBy(sixth));
    }

    @Test
    void joining_waiting_lists_counts_with_bookings_and_the_sixth_from_one_address_is_refused() {
        EventFixture.Made full = fullEvent();
        assertEquals(303, send(client(), event(20).id(), "book", uniqueEmail("booker"), Map.of()).status());
        for (int i = 1; i < perHour(); i++) {
            assertEquals(303, send(client(), full.id(), "wait", uniqueEmail("waiter" + i), Map.of()).status());
        }
        String sixth = uniqueEmail("sixth-waiter");

        WebClient.Page refused = send(client(), full.id(), "wait", sixth, Map.of());

        refusedForTooMany(refused);
        assertEquals(0, waitingBy(sixth));
        assertEquals(0, emailsTo(sixth, "EVENT_WAITING"));
        assertEquals(perHour() - 1, sql.count("SELECT COUNT(*) FROM event_waiting WHERE event_id = ?", full.id()));
    }

    @Test
    void one_email_address_is_sent_at_most_three_booking_emails_an_hour() {
        EventFixture.Made event = event(20);
        String target = uniqueEmail("someone-elses-inbox");
        for (int i = 0; i < 4; i++) {
            WebClient browser = client();
            WebClient.Page sent = send(browser, event.id(), "book", target, Map.of());
            assertEquals(303, sent.status());
            assertTrue(browser.get(sent.location()).body().contains("We have sent you an email with a calendar invitation"),
                    "the page is the same whatever went to the address before, so it tells nobody about it");
        }

        assertEquals(4, bookingsBy(target));
        assertEquals(3, emailsTo(target, "EVENT_BOOKED"));
        assertEquals(3, Mailbox.await(target, 3, Duration.ofSeconds(20)).size());
    }

    @Test
    void one_email_address_is_sent_at_most_three_emails_an_hour_from_waiting_lists_and_bookings_together() {
        String target = uniqueEmail("someone-elses-inbox");
        assertEquals(303, send(client(), event(20).id(), "book", target, Map.of()).status());
        for (int i = 0; i < 3; i++) {
            EventFixture.Made full = fullEvent();
            assertEquals(303, send(client(), full.id(), "wait", target, Map.of()).status());
        }

        assertEquals(3, waitingBy(target), "on every waiting list");
        assertEquals(1, emailsTo(target, "EVENT_BOOKED"));
        assertEquals(2, emailsTo(target, "EVENT_WAITING"));
        assertEquals(3, Mailbox.await(target, 3, Duration.ofSeconds(20)).size());
    }

    @Test
    void a_booking_with_the_hidden_field_filled_in_is_refused_and_takes_no_place() {
        EventFixture.Made event = event(20);
        String bot = uniqueEmail("bot");

        WebClient.Page refused = send(client(), event.id(), "book", bot, Map.of("website", "https://cheap-pills.example"));

        PublicFormPages.refusedAsAutomated(refused, "If you want to book a place, phone us on 020 7946 0321.");
        assertEquals(0, events.placesTaken(event.id()));
        assertEquals(0, bookingsBy(bot));
        assertEquals(0, sql.count("SELECT COUNT(*) FROM outbox_email WHERE recipient = ?", bot));
    }

    @Test
    void joining_a_waiting_list_with_the_hidden_field_filled_in_is_refused_and_adds_no_one() {
        EventFixture.Made full = event(1);
        WebClient browser = client();
        WebClient.Page lastPlaceGone = send(browser, full.id(), "book", uniqueEmail("first"), Map.of("attending", "2"));
        assertEquals(409, lastPlaceGone.status(), "two people cannot fit in one place: the waiting list is offered");
        PublicFormPages.hasTheHiddenField(lastPlaceGone); // on the form of the button to join the waiting list
        String bot = uniqueEmail("bot");
        Map<String, String> answers = BookingAnEventTest.answers(bot);
        answers.put("website", "https://cheap-pills.example");

        WebClient.Page refused = browser.post("/events/" + full.id() + "/wait", answers);

        PublicFormPages.refusedAsAutomated(refused, "If you want to book a place, phone us on 020 7946 0321.");
        assertEquals(0, waitingBy(bot));
        assertEquals(0, sql.count("SELECT COUNT(*) FROM outbox_email WHERE recipient = ?", bot));
    }
}
