package uk.frontdoor.core.training;

import java.util.Optional;
import uk.frontdoor.core.journey.JourneyState;

/** The part of the journey a preparation course serves. */
public enum TrainingStage {
    STAGE_ONE, STAGE_TWO, AFTER_APPROVAL;

    /** The courses a person may enrol on where their journey stands now; none before Stage One or after it ends. */
    public static Optional<TrainingStage> forJourney(JourneyState state) {
        return switch (state) {
            case STAGE_ONE -> Optional.of(STAGE_ONE);
            case STAGE_TWO -> Optional.of(STAGE_TWO);
            case APPROVED -> Optional.of(AFTER_APPROVAL);
            default -> Optional.empty();
        };
    }
}
