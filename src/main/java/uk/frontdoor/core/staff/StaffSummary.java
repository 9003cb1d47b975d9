package uk.frontdoor.core.staff;

import java.util.Set;

public record StaffSummary(long id, String email, String displayName, boolean active, Set<Role> roles,
                           Set<Long> teamIds) {
}
