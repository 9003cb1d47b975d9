package uk.frontdoor.publicsite.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Mailbox;
import uk.frontdoor.testing.WebClient;

/** A person changes their booking from the link in their email: how many come, and their access needs. */
@MicronautTest(transactional = false)
class ChangingABookingTest extends AppTest {
    private static final LocalDateTime START = LocalDateTime.of(2027, 6, 9, 18, 30);

    @Inject
    EventFixture events;

    private String bookAndReadLink(long eventId, String email, int attending) throws Exception {
        WebClient client = client();
        client.get("/events/" + eventId + "/book");
        var answers = BookingAnEventTest.answers(email);
        answers.put("attending", String.valueOf(attending));
        assertEquals(303, client.post("/events/" + eventId + "/book", answers).status());
        return WaitingListTest.link(Mailbox.await(email, 1, Duration.ofSeconds(20)).get(0), "booking");
    }

    @Test
    void a_person_coming_alone_brings_a_second_person_while_a_place_is_free_and_their_needs_are_kept() throws Exception {
        var event = events.atOffice(START, 3);
        String manage = bookAndReadLink(event.id(), uniqueEmail("changer"), 1);
        WebClient fromEmail = client();
        var form = fromEmail.get(manage + "/change");
        assertEquals("Change your booking", form.html().select("h1").text());
        assertEquals("1", form.html().select("input[name=attending][checked]").val());

        var done = fromEmail.submit(manage + "/change", Map.of("attending", "2", "accessNeeds", "A hearing loop"));
        assertTrue(done.html().select(".govuk-notification-banner").text().contains("Your booking has been changed"));
        assertEquals("2", done.html().select(".govuk-summary-list__row:contains(People attending) dd").text());
        assertEquals("A hearing loop", fromEmail.get(manage + "/change").html().select("textarea[name=accessNeeds]").text());
        assertEquals(2, events.placesTaken(event.id()));
    }

    @Test
    void a_second_place_is_refused_plainly_when_none_is_free_and_nothing_changes() throws Exception {
        var event = events.atOffice(START, 2);
        String manage = bookAndReadLink(event.id(), uniqueEmail("alone"), 1);
        bookAndReadLink(event.id(), uniqueEmail("other"), 1);
        WebClient fromEmail = client();
        fromEmail.get(manage + "/change");
        var refused = fromEmail.post(manage + "/change", Map.of("attending", "2", "accessNeeds", ""));
        assertEquals(422, refused.status());
        assertEquals(java.util.List.of("There is no place free for a second person. You can keep your booking for 1 person"),
                refused.errorSummary());
        assertTrue(refused.inlineError("attending").contains("There is no place free for a second person"));
        assertEquals(2, events.placesTaken(event.id()), "never overbooked");
    }

    @Test
    void coming_alone_instead_of_two_gives_the_place_to_the_first_person_waiting() throws Exception {
        var event = events.atOffice(START, 2);
        String manage = bookAndReadLink(event.id(), uniqueEmail("pair"), 2);
        String waiter = uniqueEmail("waiting");
        WebClient waiting = client();
        waiting.get("/events/" + event.id() + "/book");
        var answers = BookingAnEventTest.answers(waiter);
        answers.put("attending", "1");
        waiting.submit("/events/" + event.id() + "/wait", answers);
        Mailbox.await(waiter, 1, Duration.ofSeconds(20));

        WebClient fromEmail = client();
        fromEmail.get(manage + "/change");
        fromEmail.submit(manage + "/change", Map.of("attending", "1", "accessNeeds", ""));
        assertTrue(Mailbox.await(waiter, 2, Duration.ofSeconds(20)).get(1).getSubject().startsWith("A place is free for you"));
        assertEquals(2, events.placesTaken(event.id()), "one booked, one held for the person offered it");
    }

    @Test
    void a_change_without_a_number_or_with_needs_too_long_is_explained_on_the_page() throws Exception {
        var event = events.atOffice(START, 4);
        String manage = bookAndReadLink(event.id(), uniqueEmail("typo"), 1);
        WebClient fromEmail = client();
        fromEmail.get(manage + "/change");
        var page = fromEmail.post(manage + "/change", Map.of("attending", "3", "accessNeeds", "x".repeat(1001)));
        assertEquals(422, page.status());
        assertTrue(page.inlineError("attending").contains("Select how many people are coming"));
        assertTrue(page.inlineError("accessNeeds").contains("1000 characters or fewer"));
        assertEquals(1, events.placesTaken(event.id()));
        assertEquals(404, client().get("/events/booking/not-a-real-token/change").status());
    }

    @Test
    void the_link_to_manage_a_booking_stops_working_when_the_event_ends() throws Exception {
        var event = events.atOffice(START, 4);
        String manage = bookAndReadLink(event.id(), uniqueEmail("after"), 1);
        assertEquals(200, client().get(manage).status());
        try {
            clock.set(uk.frontdoor.platform.time.Times.toInstant(uk.frontdoor.platform.time.Times.fromUk(START))
                    .plus(Duration.ofHours(6)));
            assertEquals(404, client().get(manage).status(), "after the event the link has done its work");
            assertEquals(404, client().get(manage + "/cancel").status());
        } finally {
            clock.reset();
        }
    }
}
