package uk.frontdoor.core.events;

/** Where an event happens: at the hosting spoke's office, at another venue, or online. */
public enum EventPlace {
    SPOKE_OFFICE, VENUE, ONLINE
}
