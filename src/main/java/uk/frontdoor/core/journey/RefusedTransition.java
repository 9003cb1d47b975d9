package uk.frontdoor.core.journey;

/** An event that the journey's transition table does not allow, from this state or for this actor. */
public class RefusedTransition extends RuntimeException {
    private final JourneyState from;
    private final JourneyEvent event;

    public RefusedTransition(JourneyState from, JourneyEvent event, String why) {
        super(event + " is not allowed from " + from + ": " + why);
        this.from = from;
        this.event = event;
    }

    public JourneyState from() {
        return from;
    }

    public JourneyEvent event() {
        return event;
    }
}
