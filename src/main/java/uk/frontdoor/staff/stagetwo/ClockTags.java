package uk.frontdoor.staff.stagetwo;

import jakarta.inject.Singleton;
import uk.frontdoor.core.journey.JourneyClocks.ClockState;
import uk.frontdoor.core.journey.JourneyState;
import uk.frontdoor.staff.StaffWords;
import uk.frontdoor.staff.Tag;

/** The tags of a journey on staff pages: its stage, and how its clock stands (on track, due soon, overdue). */
@Singleton
public class ClockTags {
    private final StaffWords words;

    public ClockTags(StaffWords words) {
        this.words = words;
    }

    /** Null when no clock runs. */
    public Tag clock(ClockState state) {
        if (state == null) {
            return null;
        }
        return new Tag(words.of("staff.clock." + state.name()), switch (state) {
            case OVERDUE -> "red";
            case DUE_SOON -> "yellow";
            case ON_TRACK -> "green";
        });
    }

    public Tag stage(JourneyState state) {
        return new Tag(words.of(stageKey(state)), state.isTerminal() ? "grey" : "blue");
    }

    public static String stageKey(JourneyState state) {
        return "staff.journeyState." + state.name();
    }
}
