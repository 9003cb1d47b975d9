package uk.frontdoor.core.region;

/** A team of a spoke; its function says which kind of work it does (recruitment or adoption support). */
public record Team(long id, long spokeId, String code, String name, TeamFunction function) {
}
