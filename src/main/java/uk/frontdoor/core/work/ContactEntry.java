package uk.frontdoor.core.work;

import java.time.LocalDateTime;

/** A call, email, letter or note in an item's contact log. */
public record ContactEntry(LocalDateTime at, String staffName, ContactChannel channel, String summary) {
}
