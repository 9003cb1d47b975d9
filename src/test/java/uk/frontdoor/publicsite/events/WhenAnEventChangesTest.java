package uk.frontdoor.publicsite.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.events.EventPlan;
import uk.frontdoor.core.events.EventRequest;
import uk.frontdoor.core.events.EventWhen;
import uk.frontdoor.core.events.Events;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.CalendarFiles;
import uk.frontdoor.testing.Mailbox;
import uk.frontdoor.testing.WebClient;

/** Staff move an event: everyone booked hears of it, with a link that shows the new details. */
@MicronautTest(transactional = false)
class WhenAnEventChangesTest extends AppTest {
    private static final LocalDateTime START = LocalDateTime.of(2027, 5, 12, 18, 30);

    @Inject
    EventFixture fixture;
    @Inject
    Events events;
    @Inject
    Sql sql;

    private void book(long eventId, String email) {
        WebClient client = client();
        client.get("/events/" + eventId + "/book");
        assertEquals(303, client.post("/events/" + eventId + "/book", BookingAnEventTest.answers(email)).status());
        Mailbox.await(email, 1, Duration.ofSeconds(20));
    }

    private long queued(String email) {
        return sql.count("SELECT COUNT(*) FROM outbox_email WHERE recipient = ?", email);
    }

    private static EventPlan moved(EventPlan p, int hours, int capacity) {
        return new EventPlan(p.title(), p.kind(), p.spokeId(), p.place(), p.venueAddress(), p.joiningLink(),
                p.startsAt().plusHours(hours), p.endsAt().plusHours(hours), capacity, p.bookingOpensAt(),
                p.bookingClosesAt());
    }

    @Test
    void everyone_booked_is_emailed_a_link_to_the_new_time_and_will_be_reminded_again() throws Exception {
        var event = fixture.atOffice(START, 10);
        String first = uniqueEmail("moved-one");
        String second = uniqueEmail("moved-two");
        book(event.id(), first);
        book(event.id(), second);
        sql.update("UPDATE event_booking SET reminded_at = UTC_TIMESTAMP(3) WHERE event_id = ?", event.id());

        EventPlan later = moved(events.find(event.id()).orElseThrow().plan(), 1, 10);
        clock.set(clock.instant().plus(Duration.ofMinutes(5))); // the planner changes it a few minutes later
        try {
            assertTrue(events.edit(EventFixture.PLANNER, event.id(), EventRequest.of(later)).isDone());
            theBookedAreToldOfTheNewTime(later, first, second);
        } finally {
            clock.reset();
        }
        assertEquals(0, sql.count("SELECT COUNT(*) FROM event_booking WHERE event_id = ? AND reminded_at IS NOT NULL",
                event.id()), "a new start time means a new reminder");
    }

    private void theBookedAreToldOfTheNewTime(EventPlan later, String first, String second) throws Exception {

        String newTime = EventWhen.of(later);
        for (String email : new String[] {first, second}) {
            var told = Mailbox.await(email, 2, Duration.ofSeconds(20)).get(1);
            assertTrue(told.getSubject().startsWith("The time or place of an event you booked has changed"),
                    told.getSubject());
            String body = BookingAnEventTest.text(told);
            assertTrue(body.contains(newTime), body);
            assertFalse(body.contains("Sam Taylor"), "no personal details in the email");
            var booking = client().get(WaitingListTest.link(told, "booking"));
            assertEquals(200, booking.status());
            assertTrue(booking.html().text().contains(newTime), "the link shows the new time");
            var booked = CalendarFiles.attached(Mailbox.await(email, 2, Duration.ofSeconds(20)).get(0),
                    "invitation.ics", "PUBLISH");
            var changed = CalendarFiles.attached(told, "invitation.ics", "PUBLISH");
            assertEquals(CalendarFiles.statusByUid(booked).keySet(), CalendarFiles.statusByUid(changed).keySet(),
                    "the same entry: it replaces the one in their calendar");
            assertTrue(CalendarFiles.sequences(changed).get(0) > CalendarFiles.sequences(booked).get(0),
                    "with a higher sequence, so calendars take it as the newer");
            VEvent entry = BookingAnEventTest.event(BookingAnEventTest.ics(told));
            ZonedDateTime start = (ZonedDateTime) entry.getDateTimeStart().getDate();
            assertEquals(later.startsAt(), start.withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime(),
                    "at the new time");
        }
    }

    @Test
    void more_places_alone_is_not_worth_an_email() {
        var event = fixture.atOffice(START.plusDays(1), 10);
        String email = uniqueEmail("unmoved");
        book(event.id(), email);
        long before = queued(email);

        EventPlan bigger = moved(events.find(event.id()).orElseThrow().plan(), 0, 15);
        assertTrue(events.edit(EventFixture.PLANNER, event.id(), EventRequest.of(bigger)).isDone());

        assertEquals(before, queued(email));
        assertEquals(15, sql.count("SELECT capacity FROM info_event WHERE id = ?", event.id()));
    }
}
