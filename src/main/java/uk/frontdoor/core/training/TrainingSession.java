package uk.frontdoor.core.training;

import java.time.LocalDateTime;

/** A session as stored. */
public record TrainingSession(long id, long courseId, LocalDateTime startsAt, LocalDateTime endsAt, String venueAddress,
                              String joiningLink) {
}
