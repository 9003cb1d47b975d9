package uk.frontdoor.publicsite.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.events.EventBookings;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.CalendarFiles;
import uk.frontdoor.testing.Mailbox;
import uk.frontdoor.testing.WebClient;

@MicronautTest(transactional = false)
class WaitingListTest extends AppTest {
    private static final LocalDateTime START = LocalDateTime.of(2027, 5, 12, 19, 0);

    @Inject
    EventFixture events;
    @Inject
    EventBookings bookings;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static String link(MimeMessage message, String path) throws Exception {
        String body = BookingAnEventTest.text(message);
        Matcher m = Pattern.compile("(/events/" + path + "/[A-Za-z0-9_-]+)").matcher(body);
        assertTrue(m.find(), body);
        return m.group(1);
    }

    private WebClient book(long eventId, String email) {
        WebClient client = client();
        client.get("/events/" + eventId + "/book");
        var page = client.post("/events/" + eventId + "/book", BookingAnEventTest.answers(email));
        assertEquals(303, page.status(), "booking for " + email);
        return client;
    }

    private void wait(long eventId, String email, int attending) {
        WebClient client = client();
        client.get("/events/" + eventId + "/book");
        var answers = BookingAnEventTest.answers(email);
        answers.put("attending", String.valueOf(attending));
        var full = client.post("/events/" + eventId + "/book", answers);
        assertEquals(409, full.status());
        assertEquals("Sorry, the last place has just gone", full.html().select("h1").text());
        var waiting = client.submit("/events/" + eventId + "/wait", answers);
        assertEquals("You are on the waiting list", waiting.html().select("h1").text());
    }

    @Test
    void a_person_cancels_from_the_link_in_their_email_after_confirming_and_the_place_is_free_again() throws Exception {
        var event = events.atOffice(START, 5);
        String email = uniqueEmail("canceller");
        book(event.id(), email);
        assertEquals(2, events.placesTaken(event.id()));
        MimeMessage booked = Mailbox.await(email, 1, Duration.ofSeconds(20)).get(0);
        String manage = link(booked, "booking");
        var invitation = CalendarFiles.attached(booked, "invitation.ics", "PUBLISH");

        WebClient fromEmail = client();
        var booking = fromEmail.get(manage);
        assertEquals(200, booking.status());
        var confirm = fromEmail.get(manage + "/cancel");
        assertEquals("Are you sure you want to cancel your booking?", confirm.html().select("h1").text());
        assertEquals(2, events.placesTaken(event.id()), "nothing happens until they confirm");
        var done = fromEmail.submit(manage + "/cancel", Map.of());
        assertTrue(done.html().select(".govuk-notification-banner").text().contains("Your booking is cancelled"));
        assertEquals(0, events.placesTaken(event.id()));
        assertEquals(404, fromEmail.get(manage + "/cancel").status(), "a cancelled booking cannot be cancelled again");
        MimeMessage cancelled = Mailbox.await(email, 2, Duration.ofSeconds(20)).get(1);
        assertTrue(cancelled.getSubject().startsWith("Your booking is cancelled"));
        var cancelling = CalendarFiles.attached(cancelled, "cancelled.ics", "CANCEL");
        assertEquals(Map.of(CalendarFiles.statusByUid(invitation).keySet().iterator().next(), "CANCELLED"),
                CalendarFiles.statusByUid(cancelling), "their booking's calendar entry, cancelled");
    }

    @Test
    void when_a_place_frees_up_the_first_person_waiting_is_offered_it_and_can_accept() throws Exception {
        var event = events.atOffice(START, 2);
        String booker = uniqueEmail("first");
        book(event.id(), booker);
        String waiter = uniqueEmail("waiter");
        wait(event.id(), waiter, 1);
        assertTrue(Mailbox.await(waiter, 1, Duration.ofSeconds(20)).get(0).getSubject().startsWith("You are on the waiting list"));

        String manage = link(Mailbox.await(booker, 1, Duration.ofSeconds(20)).get(0), "booking");
        WebClient bookerBrowser = client();
        bookerBrowser.get(manage + "/cancel");
        bookerBrowser.post(manage + "/cancel", Map.of());

        MimeMessage offer = Mailbox.await(waiter, 2, Duration.ofSeconds(20)).get(1);
        assertTrue(offer.getSubject().startsWith("A place is free for you"));
        assertEquals(1, events.placesTaken(event.id()), "the offered place is held for the waiting person");
        String offerLink = link(offer, "offer");
        WebClient waiterBrowser = client();
        assertEquals("A place is free for you", waiterBrowser.get(offerLink).html().select("h1").text());
        var booked = waiterBrowser.submit(offerLink, Map.of());
        assertEquals("Place booked", booked.html().select(".govuk-panel__title").text());
        assertEquals(1, events.bookings(event.id()));
        assertEquals(1, events.placesTaken(event.id()));
        assertTrue(Mailbox.await(waiter, 3, Duration.ofSeconds(20)).get(2).getSubject().startsWith("Your place is booked"));
        assertEquals("This offer has ended", waiterBrowser.get(offerLink).html().select("h1").text());
    }

    @Test
    void an_offer_not_taken_in_time_goes_to_the_next_person_waiting() throws Exception {
        var event = events.atOffice(START, 2);
        String booker = uniqueEmail("holder");
        book(event.id(), booker);
        String slow = uniqueEmail("slow");
        String next = uniqueEmail("next");
        wait(event.id(), slow, 2);
        wait(event.id(), next, 2);
        Mailbox.await(slow, 1, Duration.ofSeconds(20));
        Mailbox.await(next, 1, Duration.ofSeconds(20));

        WebClient bookerBrowser = client();
        String manage = link(Mailbox.await(booker, 1, Duration.ofSeconds(20)).get(0), "booking");
        bookerBrowser.get(manage + "/cancel");
        bookerBrowser.post(manage + "/cancel", Map.of());
        String slowOffer = link(Mailbox.await(slow, 2, Duration.ofSeconds(20)).get(1), "offer");
        assertEquals(1, Mailbox.to(next).size(), "the second person waits while the first has the offer");

        clock.set(Instant.now().plus(Duration.ofHours(49)));
        bookings.expiredOffers().forEach(bookings::expire);

        List<MimeMessage> nextMail = Mailbox.await(next, 2, Duration.ofSeconds(20));
        assertTrue(nextMail.get(1).getSubject().startsWith("A place is free for you"));
        WebClient slowBrowser = client();
        assertEquals("This offer has ended", slowBrowser.get(slowOffer).html().select("h1").text());
        slowBrowser.post(slowOffer, Map.of());
        assertEquals(0, events.bookings(event.id()));
        assertEquals(2, events.placesTaken(event.id()), "the places are held for the next person");
    }
}
