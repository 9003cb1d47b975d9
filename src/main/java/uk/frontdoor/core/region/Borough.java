package uk.frontdoor.core.region;

public record Borough(long id, long spokeId, String code, String name) {
}
