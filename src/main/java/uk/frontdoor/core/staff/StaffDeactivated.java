package uk.frontdoor.core.staff;

/**
 * Published (a Micronaut application event, inside the deactivation's transaction) when an administrator deactivates
 * a colleague: other parts of core let go of what the person held, such as their open work items
 * ({@code core.work.WorkQueue}), without core.staff depending on them.
 */
public record StaffDeactivated(long staffId, String displayName, long administratorId) {
}
