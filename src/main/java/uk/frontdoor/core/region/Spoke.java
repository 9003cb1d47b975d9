package uk.frontdoor.core.region;

public record Spoke(long id, String code, String name, String officeName) {
}
