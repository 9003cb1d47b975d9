package uk.frontdoor.core.applicant;

/**
 * A place at an information event as the person who booked it sees it: which event and when, and where the booking
 * stands ({@link State}). "Change or cancel" on the account opens the same pages as the link in the booking email.
 */
public record MyBooking(String reference, long eventId, String title, String when, State state) {

    /** Where a booking stands, from the person's side. */
    public enum State {
        /** Booked, and the event is still to come. */
        BOOKED,
        /** The person cancelled their place. */
        CANCELLED,
        /** We cancelled the event. */
        EVENT_CANCELLED,
        /** The event has happened. */
        PAST
    }

    /** Whether the event's own page is worth opening (it is still to come and still on). */
    public boolean upcoming() {
        return state == State.BOOKED;
    }
}
