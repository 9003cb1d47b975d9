package uk.frontdoor.core.events;

import java.time.LocalDateTime;

/** An information event as stored, with the spoke that hosts it and how many places are taken. */
public record InfoEvent(long id, EventPlan plan, String spokeName, String officeName, int placesTaken,
                        LocalDateTime cancelledAt) {
    public int placesLeft() {
        return Math.max(0, plan.capacity() - placesTaken);
    }

    public boolean cancelled() {
        return cancelledAt != null;
    }

    public boolean openForBooking(LocalDateTime nowUtc) {
        return !cancelled() && !nowUtc.isBefore(plan.bookingOpensAt()) && nowUtc.isBefore(plan.bookingClosesAt());
    }

    public boolean online() {
        return plan.place() == EventPlace.ONLINE;
    }

    /** Where it is, for people not yet booked: never the joining link. */
    public String whereText() {
        return switch (plan.place()) {
            case SPOKE_OFFICE -> officeName;
            case VENUE -> plan.venueAddress();
            case ONLINE -> null;
        };
    }
}
