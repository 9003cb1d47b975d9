package uk.frontdoor.core.retention;

import java.time.LocalDateTime;

/** One line of the retention schedule: how long a kind of record is kept, and what is done to it then. */
public record RetentionRule(RecordKind kind, RetentionPeriod period, RetentionAction action, LocalDateTime updatedAt) {
}
