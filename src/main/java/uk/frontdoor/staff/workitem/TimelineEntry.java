package uk.frontdoor.staff.workitem;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One entry of an item's timeline, ready to show: a contact logged ({@code contact}: what was said, line by line) or a
 * line of its history (what happened, and what was said beside it). {@code who} is null for the system.
 */
public record TimelineEntry(LocalDateTime at, String when, String who, String what, List<String> lines,
                            boolean contact) {

    /** Contacts and history as one list, the latest first (a contact before the history line it caused). */
    static List<TimelineEntry> merge(List<TimelineEntry> contacts, List<TimelineEntry> history) {
        List<TimelineEntry> all = new ArrayList<>(contacts);
        all.addAll(history);
        all.sort(Comparator.comparing(TimelineEntry::at).reversed());
        return all;
    }
}
