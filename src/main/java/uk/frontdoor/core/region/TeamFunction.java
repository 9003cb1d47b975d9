package uk.frontdoor.core.region;

public enum TeamFunction {
    RECRUITMENT, SUPPORT
}
