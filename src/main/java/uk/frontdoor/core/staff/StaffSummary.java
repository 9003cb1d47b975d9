package uk.frontdoor.core.staff;

import java.util.Set;

/** A staff account as administrators see it; {@code passwordSet} is false while it waits for its owner's password. */
public record StaffSummary(long id, String email, String displayName, boolean active, Set<Role> roles,
                           Set<Long> teamIds, boolean passwordSet) {
}
