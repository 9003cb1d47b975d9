package uk.frontdoor.staff.queue;

/** A queue on the staff home page: its counts and when its oldest open item came in (null if none). */
public record QueueCard(long teamId, String name, long open, long overdue, long unassigned, String oldestReceived) {
}
