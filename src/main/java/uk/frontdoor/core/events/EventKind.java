package uk.frontdoor.core.events;

/** What sort of event it is: an information evening, a drop-in or an online session. */
public enum EventKind {
    INFORMATION_EVENT, DROP_IN, ONLINE_SESSION
}
