package uk.frontdoor.core.training;

import java.time.LocalDateTime;

/** One session of a course: UTC times, and a venue address or an online joining link. */
public record SessionPlan(LocalDateTime startsAt, LocalDateTime endsAt, String venueAddress, String joiningLink) {
}
