package uk.frontdoor.core.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdopterJourneyTest {
    private static final Set<JourneyActor> EVERYONE = EnumSet.allOf(JourneyActor.class);
    static final Path DIAGRAM = Path.of("docs/journey-state-machine.md");

    @Test
    void every_step_in_the_table_is_allowed_for_each_of_its_actors() {
        for (Transition t : AdopterJourney.table()) {
            for (JourneyActor actor : t.firedBy()) {
                Transition applied = AdopterJourney.apply(t.from(), t.event(), EnumSet.of(actor), t.to());
                assertEquals(t.to(), applied.to(), t.toString());
            }
        }
    }

    @Test
    void every_step_is_refused_to_the_actors_it_does_not_name() {
        for (Transition t : AdopterJourney.table()) {
            for (JourneyActor actor : EnumSet.complementOf(EnumSet.copyOf(t.firedBy()))) {
                assertThrows(RefusedTransition.class,
                        () -> AdopterJourney.apply(t.from(), t.event(), EnumSet.of(actor), t.to()),
                        actor + " must not " + t.event() + " from " + t.from());
            }
        }
    }

    @Test
    void every_event_not_in_the_table_for_a_state_is_refused_even_to_everyone() {
        int refused = 0;
        for (JourneyState state : JourneyState.values()) {
            for (JourneyEvent event : JourneyEvent.values()) {
                boolean inTable = AdopterJourney.table().stream().anyMatch(t -> t.from() == state && t.event() == event);
                if (!inTable) {
                    assertThrows(RefusedTransition.class, () -> AdopterJourney.apply(state, event, EVERYONE, null),
                            event + " from " + state);
                    refused++;
                }
            }
        }
        assertTrue(refused > 100, "most pairs are refused: " + refused);
    }

    @Test
    void terminal_states_lead_nowhere() {
        for (JourneyState state : JourneyState.values()) {
            if (state.isTerminal()) {
                assertTrue(AdopterJourney.available(state, null, EVERYONE).isEmpty(), state.name());
            }
        }
    }

    @Test
    void a_paused_journey_resumes_only_to_where_it_was_paused() {
        assertEquals(JourneyState.STAGE_TWO,
                AdopterJourney.apply(JourneyState.PAUSED, JourneyEvent.RESUME, EnumSet.of(JourneyActor.APPLICANT),
                        JourneyState.STAGE_TWO).to());
        assertEquals(1, AdopterJourney.available(JourneyState.PAUSED, JourneyState.STAGE_ONE,
                EnumSet.of(JourneyActor.APPLICANT)).stream().filter(t -> t.event() == JourneyEvent.RESUME).count());
        assertThrows(RefusedTransition.class, () -> AdopterJourney.apply(JourneyState.PAUSED, JourneyEvent.RESUME,
                EVERYONE, JourneyState.APPROVED));
    }

    @Test
    void only_the_applicant_registers_interest_and_starts_stage_two_and_only_a_manager_decides() {
        assertEquals(Set.of(JourneyActor.APPLICANT), firedBy(JourneyState.INVITED_TO_REGISTER, JourneyEvent.SUBMIT_REGISTRATION));
        assertEquals(Set.of(JourneyActor.APPLICANT), firedBy(JourneyState.STAGE_ONE_COMPLETE, JourneyEvent.START_STAGE_TWO));
        assertEquals(Set.of(JourneyActor.TEAM_MANAGER), firedBy(JourneyState.AWAITING_PANEL, JourneyEvent.APPROVE));
    }

    @Test
    void fast_track_skips_stage_one() {
        assertEquals(JourneyState.STAGE_TWO, AdopterJourney.apply(JourneyState.REGISTRATION_SUBMITTED,
                JourneyEvent.FAST_TRACK, EnumSet.of(JourneyActor.RECRUITMENT_OFFICER), null).to());
    }

    @Test
    void every_state_can_be_reached_from_an_enquiry() {
        Set<JourneyState> seen = EnumSet.of(JourneyState.ENQUIRY);
        Deque<JourneyState> todo = new ArrayDeque<>(seen);
        while (!todo.isEmpty()) {
            JourneyState s = todo.pop();
            for (Transition t : AdopterJourney.table()) {
                if (t.from() == s && seen.add(t.to())) {
                    todo.push(t.to());
                }
            }
        }
        assertEquals(EnumSet.allOf(JourneyState.class), seen);
        assertFalse(AdopterJourney.table().isEmpty());
    }

    /**
     * docs/journey-state-machine.md must show the table as it is. After changing the table, regenerate it with
     * {@code ./mvnw test -Dtest=AdopterJourneyTest -Dfrontdoor.write-docs=true}.
     */
    @Test
    void the_diagram_in_docs_is_generated_from_the_table() throws IOException {
        String expected = document();
        if (Boolean.getBoolean("frontdoor.write-docs")) {
            Files.writeString(DIAGRAM, expected, StandardCharsets.UTF_8);
        }
        assertEquals(expected, Files.readString(DIAGRAM, StandardCharsets.UTF_8),
                "docs/journey-state-machine.md is out of date: regenerate it (see this test's comment)");
    }

    static String document() {
        return """
                # The adopter's journey: state machine

                Generated from `uk.frontdoor.core.journey.AdopterJourney` by `AdopterJourneyTest`; do not edit by hand.
                Each arrow is an event and who may fire it. PAUSED resumes only to the state it was paused in.

                ```mermaid
                """ + AdopterJourney.mermaid() + "```\n";
    }

    private static Set<JourneyActor> firedBy(JourneyState from, JourneyEvent event) {
        return AdopterJourney.table().stream().filter(t -> t.from() == from && t.event() == event)
                .findFirst().orElseThrow().firedBy();
    }
}
