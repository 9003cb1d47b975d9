package uk.frontdoor.core.journey;

/** What moves a prospective adopter from one state to another. */
public enum JourneyEvent {
    INVITE_TO_REGISTER,
    SUBMIT_REGISTRATION,
    ACCEPT_REGISTRATION,
    DECLINE_REGISTRATION,
    FAST_TRACK,
    COMPLETE_STAGE_ONE,
    FIND_NOT_SUITABLE_AT_STAGE_ONE,
    START_STAGE_TWO,
    SUBMIT_TO_PANEL,
    APPROVE,
    DECIDE_NOT_SUITABLE,
    PAUSE,
    RESUME,
    WITHDRAW
}
