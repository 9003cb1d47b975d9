package uk.frontdoor.core.journey;

/** Where a prospective adopter stands. Terminal states end the journey; a new one starts with a new registration. */
public enum JourneyState {
    ENQUIRY(false),
    INVITED_TO_REGISTER(false),
    REGISTRATION_SUBMITTED(false),
    REGISTRATION_DECLINED(true),
    STAGE_ONE(false),
    STAGE_ONE_COMPLETE(false),
    NOT_SUITABLE_AT_STAGE_ONE(true),
    STAGE_TWO(false),
    AWAITING_PANEL(false),
    APPROVED(true),
    NOT_SUITABLE(true),
    PAUSED(false),
    WITHDRAWN(true);

    private final boolean terminal;

    JourneyState(boolean terminal) {
        this.terminal = terminal;
    }

    public boolean isTerminal() {
        return terminal;
    }
}
