package uk.frontdoor.core.support;

import java.time.LocalDateTime;

/** Information a requester added to their support request after sending it; {@code seenAt} null until staff opened it. */
public record AddedInformation(long id, LocalDateTime addedAt, String text, LocalDateTime seenAt) {
}
