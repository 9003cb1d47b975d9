package uk.frontdoor.staff.stagetwo;

import uk.frontdoor.staff.Tag;

/** One journey in a caseload or oversight table, ready to show; {@code clock} null when no clock runs. */
public record CaseLine(long journeyId, String name, Tag stage, String spoke, String team, String assessor,
                       String due, Tag clock, boolean hasStageTwo) {
}
