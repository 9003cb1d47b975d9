package uk.frontdoor.core.work;

import java.time.LocalDate;
import uk.frontdoor.core.region.Team;

/** What the staff home page shows of one queue. */
public record QueueSummary(Team team, long open, long overdue, long unassigned, LocalDate oldestOpenSince) {
}
