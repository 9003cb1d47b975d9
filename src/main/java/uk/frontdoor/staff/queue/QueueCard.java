package uk.frontdoor.staff.queue;

/**
 * A queue on the staff home page: its counts and when its oldest open item came in (null if none). A support
 * team's card also counts its cases with a support fund application close to its deadline ({@code fundDeadlines},
 * null for other teams).
 */
public record QueueCard(long teamId, String name, long open, long overdue, long unassigned, String oldestReceived,
                        Long fundDeadlines) {
}
