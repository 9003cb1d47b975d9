package uk.frontdoor.core.events;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.frontdoor.core.action.Problem;

/**
 * An information event as staff plan it: every time is UTC (as stored). {@link #problems} holds the rules an event
 * must keep; they are checked on create and on every edit.
 */
public record EventPlan(String title, EventKind kind, long spokeId, EventPlace place, String venueAddress,
                        String joiningLink, LocalDateTime startsAt, LocalDateTime endsAt, int capacity,
                        LocalDateTime bookingOpensAt, LocalDateTime bookingClosesAt) {
    public static final int MAX_TITLE = 200;
    public static final int MAX_ADDRESS = 500;
    public static final int MAX_LINK = 500;
    public static final int MAX_CAPACITY = 500;

    /** What is wrong with this plan for an event that already has {@code placesTaken} places booked or offered. */
    public List<Problem> problems(int placesTaken) {
        List<Problem> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add(new Problem("title", "events.error.titleMissing"));
        } else if (title.length() > MAX_TITLE) {
            problems.add(new Problem("title", "events.error.titleTooLong"));
        }
        if (place == EventPlace.VENUE && (venueAddress == null || venueAddress.isBlank())) {
            problems.add(new Problem("venueAddress", "events.error.addressMissing"));
        } else if (venueAddress != null && venueAddress.length() > MAX_ADDRESS) {
            problems.add(new Problem("venueAddress", "events.error.addressTooLong"));
        }
        if (place == EventPlace.ONLINE && (joiningLink == null || joiningLink.isBlank())) {
            problems.add(new Problem("joiningLink", "events.error.linkMissing"));
        } else if (place == EventPlace.ONLINE && !isWebAddress(joiningLink)) {
            problems.add(new Problem("joiningLink", "events.error.linkInvalid"));
        }
        if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
            problems.add(new Problem("endTime", "events.error.endBeforeStart"));
        }
        if (capacity < 1) {
            problems.add(new Problem("capacity", "events.error.capacityTooSmall"));
        } else if (capacity > MAX_CAPACITY) {
            problems.add(new Problem("capacity", "events.error.capacityTooBig"));
        } else if (capacity < placesTaken) {
            problems.add(new Problem("capacity", "events.error.capacityBelowTaken"));
        }
        if (bookingOpensAt != null && bookingClosesAt != null && !bookingClosesAt.isAfter(bookingOpensAt)) {
            problems.add(new Problem("bookingCloses", "events.error.closesBeforeOpens"));
        } else if (bookingClosesAt != null && startsAt != null && bookingClosesAt.isAfter(startsAt)) {
            problems.add(new Problem("bookingCloses", "events.error.closesAfterStart"));
        }
        return problems;
    }

    static boolean isWebAddress(String link) {
        if (link == null || link.length() > MAX_LINK) {
            return false;
        }
        try {
            URI uri = new URI(link.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals("https") && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (Exception e) {
            return false;
        }
    }
}
