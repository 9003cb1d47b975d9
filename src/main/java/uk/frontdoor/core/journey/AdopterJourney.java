package uk.frontdoor.core.journey;

import static uk.frontdoor.core.journey.JourneyActor.APPLICANT;
import static uk.frontdoor.core.journey.JourneyActor.RECRUITMENT_OFFICER;
import static uk.frontdoor.core.journey.JourneyActor.SOCIAL_WORKER;
import static uk.frontdoor.core.journey.JourneyActor.TEAM_MANAGER;
import static uk.frontdoor.core.journey.JourneyEvent.*;
import static uk.frontdoor.core.journey.JourneyState.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The adopter's journey as one explicit state machine: the table below is the only place that says which event may
 * move a person from which state to which, and who may fire it (DOMAIN.md; Adoption Agencies Regulations 2005 as
 * amended in 2013). The diagram in docs/journey-state-machine.md is generated from this table.
 */
public final class AdopterJourney {
    private static final Set<JourneyActor> STAFF = EnumSet.of(RECRUITMENT_OFFICER, SOCIAL_WORKER, TEAM_MANAGER);
    private static final Set<JourneyActor> ASSESSORS = EnumSet.of(SOCIAL_WORKER, TEAM_MANAGER);
    private static final Set<JourneyActor> ANYONE = EnumSet.of(APPLICANT, RECRUITMENT_OFFICER, SOCIAL_WORKER, TEAM_MANAGER);

    /** States from which the applicant (or staff for them) may pause; RESUME returns to the state they paused in. */
    public static final Set<JourneyState> PAUSABLE = Collections.unmodifiableSet(EnumSet.of(
            INVITED_TO_REGISTER, REGISTRATION_SUBMITTED, STAGE_ONE, STAGE_ONE_COMPLETE, STAGE_TWO));

    private static final List<Transition> TABLE = buildTable();

    private AdopterJourney() {
    }

    private static List<Transition> buildTable() {
        List<Transition> t = new ArrayList<>();
        t.add(new Transition(ENQUIRY, INVITE_TO_REGISTER, INVITED_TO_REGISTER,
                EnumSet.of(RECRUITMENT_OFFICER, TEAM_MANAGER), "the invitation, sent by email with a sign-in link"));
        t.add(new Transition(INVITED_TO_REGISTER, SUBMIT_REGISTRATION, REGISTRATION_SUBMITTED,
                EnumSet.of(APPLICANT), "the Registration of Interest; a decision is due in 5 working days"));
        t.add(new Transition(REGISTRATION_SUBMITTED, ACCEPT_REGISTRATION, STAGE_ONE,
                EnumSet.of(RECRUITMENT_OFFICER, TEAM_MANAGER), "acceptance date, Stage One plan; decision due in 2 months"));
        t.add(new Transition(REGISTRATION_SUBMITTED, DECLINE_REGISTRATION, REGISTRATION_DECLINED,
                EnumSet.of(RECRUITMENT_OFFICER, TEAM_MANAGER), "the reasons, told to the person with the complaints route"));
        t.add(new Transition(REGISTRATION_SUBMITTED, FAST_TRACK, STAGE_TWO,
                EnumSet.of(RECRUITMENT_OFFICER, TEAM_MANAGER), "previous adopter or approved foster carer; 4-month clock starts"));
        t.add(new Transition(STAGE_ONE, COMPLETE_STAGE_ONE, STAGE_ONE_COMPLETE,
                ASSESSORS, "suitable to proceed; the 6-month window to start Stage Two opens"));
        t.add(new Transition(STAGE_ONE, FIND_NOT_SUITABLE_AT_STAGE_ONE, NOT_SUITABLE_AT_STAGE_ONE,
                ASSESSORS, "the reasons"));
        t.add(new Transition(STAGE_ONE_COMPLETE, START_STAGE_TWO, STAGE_TWO,
                EnumSet.of(APPLICANT), "the applicant's notification (within 6 months); decision due in 4 months"));
        t.add(new Transition(STAGE_TWO, SUBMIT_TO_PANEL, AWAITING_PANEL,
                ASSESSORS, "the Prospective Adopter's Report shared and the panel date"));
        t.add(new Transition(AWAITING_PANEL, APPROVE, APPROVED,
                EnumSet.of(TEAM_MANAGER), "the panel recommendation and the agency decision maker's decision"));
        t.add(new Transition(AWAITING_PANEL, DECIDE_NOT_SUITABLE, NOT_SUITABLE,
                EnumSet.of(TEAM_MANAGER), "the decision; 40 working days for representations or the IRM"));
        for (JourneyState s : PAUSABLE) {
            t.add(new Transition(s, PAUSE, PAUSED, ANYONE, "the date and an optional reason"));
            t.add(new Transition(PAUSED, RESUME, s, ANYONE, "back to the state the person paused in"));
        }
        for (JourneyState s : JourneyState.values()) {
            if (!s.isTerminal()) {
                t.add(new Transition(s, WITHDRAW, WITHDRAWN, ANYONE, "the date and an optional reason"));
            }
        }
        return List.copyOf(t);
    }

    public static List<Transition> table() {
        return TABLE;
    }

    /** Whether any of {@code actors} may fire {@code event} from {@code from}. */
    public static boolean allows(JourneyState from, JourneyEvent event, Set<JourneyActor> actors) {
        return TABLE.stream().anyMatch(t -> t.from() == from && t.event() == event
                && t.firedBy().stream().anyMatch(actors::contains));
    }

    /** The events this actor may fire now (what buttons to offer). */
    public static List<Transition> available(JourneyState current, JourneyState pausedFrom, Set<JourneyActor> actors) {
        return TABLE.stream()
                .filter(t -> t.from() == current)
                .filter(t -> t.event() != RESUME || t.to() == pausedFrom)
                .filter(t -> t.firedBy().stream().anyMatch(actors::contains))
                .toList();
    }

    /**
     * The state after {@code event}, or {@link RefusedTransition} if the table does not allow it from
     * {@code current}, or not for any of {@code actors}. {@code pausedFrom} is the state a paused journey resumes to.
     */
    public static Transition apply(JourneyState current, JourneyEvent event, Set<JourneyActor> actors,
                                   JourneyState pausedFrom) {
        List<Transition> candidates = TABLE.stream()
                .filter(t -> t.from() == current && t.event() == event)
                .filter(t -> event != RESUME || t.to() == pausedFrom)
                .toList();
        if (candidates.isEmpty()) {
            throw new RefusedTransition(current, event, "no such step in the journey");
        }
        Optional<Transition> allowed = candidates.stream()
                .filter(t -> t.firedBy().stream().anyMatch(actors::contains)).findFirst();
        return allowed.orElseThrow(() -> new RefusedTransition(current, event, "not allowed for " + actors));
    }

    /** The journey as a Mermaid state diagram, generated from the table (docs/journey-state-machine.md). */
    public static String mermaid() {
        StringBuilder out = new StringBuilder("stateDiagram-v2\n");
        out.append("    [*] --> ENQUIRY\n");
        for (Transition t : TABLE) {
            out.append("    ").append(t.from()).append(" --> ").append(t.to()).append(": ")
                    .append(t.event()).append(" (").append(actors(t.firedBy())).append(")\n");
        }
        for (JourneyState s : JourneyState.values()) {
            if (s.isTerminal()) {
                out.append("    ").append(s).append(" --> [*]\n");
            }
        }
        return out.toString();
    }

    private static String actors(Set<JourneyActor> actors) {
        if (actors.equals(ANYONE)) {
            return "applicant or staff";
        }
        if (actors.equals(STAFF)) {
            return "staff";
        }
        return String.join(", ", actors.stream().map(a -> a.name().toLowerCase().replace('_', ' ')).toList());
    }
}
