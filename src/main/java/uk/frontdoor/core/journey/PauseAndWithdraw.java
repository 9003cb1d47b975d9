package uk.frontdoor.core.journey;

import java.util.List;
import java.util.Set;

/**
 * The person may pause or withdraw at any time, with an optional reason (kept short: it is a note, not a letter),
 * and resume a paused journey. Which of these the table allows now is {@link AdopterJourney#available}.
 */
public final class PauseAndWithdraw {
    public static final int REASON_LIMIT = 500;
    public static final Set<JourneyEvent> EVENTS = Set.of(JourneyEvent.PAUSE, JourneyEvent.RESUME, JourneyEvent.WITHDRAW);

    private PauseAndWithdraw() {
    }

    public static boolean reasonTooLong(String reason) {
        return reason != null && reason.strip().length() > REASON_LIMIT;
    }

    /** The reason as recorded in the history: null when none was given. */
    public static String detail(String reason) {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }

    /** Of pause, resume and withdraw, those these actors may fire now. */
    public static List<JourneyEvent> available(Journey journey, Set<JourneyActor> actors) {
        return AdopterJourney.available(journey.state(), journey.pausedFrom(), actors).stream()
                .map(Transition::event).filter(EVENTS::contains).distinct().toList();
    }
}
