package uk.frontdoor.core.stagetwo;

import java.time.LocalDateTime;

/** A home visit of the assessment, at a UK date and time arranged with the family. */
public record HomeVisit(long id, LocalDateTime at, String note) {
}
