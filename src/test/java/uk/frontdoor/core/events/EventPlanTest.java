package uk.frontdoor.core.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.action.Problem;

class EventPlanTest {
    private static final LocalDateTime START = LocalDateTime.of(2027, 3, 10, 18, 0);

    private static EventPlan plan(EventPlace place, String address, String link, LocalDateTime end, int capacity,
                                  LocalDateTime opens, LocalDateTime closes) {
        return new EventPlan("Information evening", EventKind.INFORMATION_EVENT, 1, place, address, link, START, end,
                capacity, opens, closes);
    }

    private static EventPlan good() {
        return plan(EventPlace.SPOKE_OFFICE, null, null, START.plusHours(2), 20, START.minusDays(30), START);
    }

    private static List<String> keys(EventPlan plan, int taken) {
        return plan.problems(taken).stream().map(Problem::messageKey).toList();
    }

    @Test
    void a_sound_plan_has_no_problems() {
        assertEquals(List.of(), keys(good(), 0));
    }

    @Test
    void an_event_must_end_after_it_starts() {
        assertEquals(List.of("events.error.endBeforeStart"),
                keys(plan(EventPlace.SPOKE_OFFICE, null, null, START, 20, START.minusDays(1), START), 0));
        assertEquals(List.of("events.error.endBeforeStart"),
                keys(plan(EventPlace.SPOKE_OFFICE, null, null, START.minusMinutes(1), 20, START.minusDays(1), START), 0));
    }

    @Test
    void capacity_cannot_go_below_the_places_taken() {
        assertEquals(List.of("events.error.capacityBelowTaken"), keys(good(), 21));
        assertEquals(List.of(), keys(good(), 20));
    }

    @Test
    void capacity_must_be_between_1_and_500() {
        assertEquals(List.of("events.error.capacityTooSmall"),
                keys(plan(EventPlace.SPOKE_OFFICE, null, null, START.plusHours(1), 0, START.minusDays(1), START), 0));
        assertEquals(List.of("events.error.capacityTooBig"),
                keys(plan(EventPlace.SPOKE_OFFICE, null, null, START.plusHours(1), 501, START.minusDays(1), START), 0));
    }

    @Test
    void booking_must_close_after_it_opens_and_no_later_than_the_start() {
        assertEquals(List.of("events.error.closesBeforeOpens"),
                keys(plan(EventPlace.SPOKE_OFFICE, null, null, START.plusHours(1), 5, START.minusDays(1), START.minusDays(2)), 0));
        assertEquals(List.of("events.error.closesAfterStart"),
                keys(plan(EventPlace.SPOKE_OFFICE, null, null, START.plusHours(1), 5, START.minusDays(1), START.plusMinutes(1)), 0));
    }

    @Test
    void an_online_event_needs_an_https_joining_link() {
        assertEquals(List.of("events.error.linkMissing"),
                keys(plan(EventPlace.ONLINE, null, " ", START.plusHours(1), 5, START.minusDays(1), START), 0));
        assertEquals(List.of("events.error.linkInvalid"),
                keys(plan(EventPlace.ONLINE, null, "javascript:alert(1)", START.plusHours(1), 5, START.minusDays(1), START), 0));
        assertEquals(List.of(),
                keys(plan(EventPlace.ONLINE, null, "https://meet.example.org/abc", START.plusHours(1), 5, START.minusDays(1), START), 0));
    }

    @Test
    void a_venue_needs_an_address_but_a_spoke_office_does_not() {
        assertEquals(List.of("events.error.addressMissing"),
                keys(plan(EventPlace.VENUE, "", null, START.plusHours(1), 5, START.minusDays(1), START), 0));
        assertEquals(List.of(),
                keys(plan(EventPlace.VENUE, "Library, 1 High St", null, START.plusHours(1), 5, START.minusDays(1), START), 0));
    }
}
