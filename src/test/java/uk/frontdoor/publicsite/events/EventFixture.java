package uk.frontdoor.publicsite.events;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.events.EventKind;
import uk.frontdoor.core.events.EventPlace;
import uk.frontdoor.core.events.EventPlan;
import uk.frontdoor.core.events.EventRequest;
import uk.frontdoor.core.events.Events;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;

/** Information events for tests, each with a title of its own, open for booking from yesterday until they start. */
@Singleton
public class EventFixture {
    private final Events events;
    private final Sql sql;
    private final Clock clock;

    public EventFixture(Events events, Sql sql, Clock clock) {
        this.events = events;
        this.sql = sql;
        this.clock = clock;
    }

    /** Who plans the fixtures' events (the first administrator's id). */
    public static final StaffMember PLANNER = new StaffMember(1, "planner@example.org", "Planner",
            Set.of(Role.ADMINISTRATOR), Set.of());

    public record Made(long id, String title) { }

    public long spoke(String code) {
        return sql.one("SELECT id FROM spoke WHERE code = ?", rs -> rs.getLong(1), code).orElseThrow();
    }

    /** An event at the South East office starting at {@code startUk} (UK time), two hours long. */
    public Made atOffice(LocalDateTime startUk, int capacity) {
        return make(startUk, capacity, EventPlace.SPOKE_OFFICE, null, "south-east");
    }

    public Made online(LocalDateTime startUk, int capacity, String link) {
        return make(startUk, capacity, EventPlace.ONLINE, link, "south-west");
    }

    public Made make(LocalDateTime startUk, int capacity, EventPlace place, String link, String spokeCode) {
        String title = "Event " + UUID.randomUUID().toString().substring(0, 8);
        LocalDateTime start = startUk.atZone(Times.UK).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
        EventPlan plan = new EventPlan(title, place == EventPlace.ONLINE ? EventKind.ONLINE_SESSION : EventKind.INFORMATION_EVENT,
                spoke(spokeCode), place, null, link, start, start.plusHours(2), capacity,
                Times.nowUtc(clock).minusDays(1), start);
        long id = ((Result.Done<Long>) events.create(PLANNER, EventRequest.of(plan))).value();
        return new Made(id, title);
    }

    public int placesTaken(long eventId) {
        return (int) sql.count("SELECT places_taken FROM info_event WHERE id = ?", eventId);
    }

    public long bookings(long eventId) {
        return sql.count("SELECT COUNT(*) FROM event_booking WHERE event_id = ? AND status = 'BOOKED'", eventId);
    }
}
