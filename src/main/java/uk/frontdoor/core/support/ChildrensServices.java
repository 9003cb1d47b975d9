package uk.frontdoor.core.support;

/**
 * A borough's children's services numbers: where to call when a child may be in danger (besides 999).
 * Either number may be missing until an administrator records it.
 */
public record ChildrensServices(String boroughCode, String boroughName, String emergencyPhone,
                                String outOfHoursPhone) {
}
