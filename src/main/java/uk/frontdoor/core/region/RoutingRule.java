package uk.frontdoor.core.region;

import uk.frontdoor.core.work.WorkKind;

public record RoutingRule(long id, WorkKind kind, long boroughId, long teamId) {
}
