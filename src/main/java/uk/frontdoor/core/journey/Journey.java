package uk.frontdoor.core.journey;

import java.time.LocalDateTime;

/** One person's journey towards adoption, where it stands now. */
public record Journey(long id, long applicantId, Long enquiryId, long teamId, JourneyState state,
                      JourneyState pausedFrom, LocalDateTime stateSince, int version) {
}
