package uk.frontdoor.core.journey;

import java.time.LocalDateTime;

/** One step of a journey's history. */
public record JourneyEventLine(LocalDateTime at, String actorType, JourneyEvent event, JourneyState from,
                               JourneyState to, String detail) {
}
