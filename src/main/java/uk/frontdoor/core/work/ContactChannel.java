package uk.frontdoor.core.work;

public enum ContactChannel {
    PHONE_CALL, EMAIL, LETTER, MEETING, NOTE
}
