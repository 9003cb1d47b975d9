package uk.frontdoor.core.journey;

import java.time.LocalDateTime;
import uk.frontdoor.core.action.Wording;

/**
 * One step of a journey's history. {@code detail} is what a person typed (or, in lines written before V41, words
 * composed when it was written); {@code wording}, when there is one, is what the portal says of the step.
 */
public record JourneyEventLine(LocalDateTime at, String actorType, JourneyEvent event, JourneyState from,
                               JourneyState to, String detail, Wording wording) {
}
