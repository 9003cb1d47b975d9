package uk.frontdoor.core.journey;

import java.util.Set;

/** One row of the journey's transition table: from a state, an event leads to a state, fired by these actors. */
public record Transition(JourneyState from, JourneyEvent event, JourneyState to, Set<JourneyActor> firedBy,
                         String records) {
}
