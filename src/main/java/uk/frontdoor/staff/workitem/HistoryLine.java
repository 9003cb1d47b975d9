package uk.frontdoor.staff.workitem;

/** One line of an item's history, ready to show. {@code who} is null for the system; {@code detail} may be. */
public record HistoryLine(String when, String who, String what, String detail) {
}
