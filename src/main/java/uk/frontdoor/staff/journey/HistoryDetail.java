package uk.frontdoor.staff.journey;

import uk.frontdoor.core.journey.JourneyEventLine;
import uk.frontdoor.staff.StaffWords;

/** What a journey's history line says beside its event: the portal's wording from the bundles, else what was typed. */
public final class HistoryDetail {
    private HistoryDetail() {
    }

    /** Null when the line says nothing more. */
    public static String of(StaffWords words, JourneyEventLine line) {
        return line.wording() == null ? line.detail()
                : words.of(line.wording().code(), line.wording().args().toArray());
    }
}
