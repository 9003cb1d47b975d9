package uk.frontdoor.core.events;

import java.time.LocalDateTime;

/** One booking of an information event, as its owner (through their link) or staff see it. */
public record Booking(long id, long eventId, String reference, String fullName, String email, int attending,
                      String accessNeeds, String status, LocalDateTime bookedAt, String attendance) {
    public boolean active() {
        return status.equals("BOOKED");
    }
}
