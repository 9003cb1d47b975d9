package uk.frontdoor.staff.queue;

/** Said once on a queue after a move: how many items moved, and ({@code skipped}, or null) which were left alone. */
public record MovedBanner(String text, String skipped) {
}
