package uk.frontdoor.web.access;

import java.util.Set;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.staff.StaffMember;

/**
 * The access rule a route declares, and the decision it gives for a visitor. A route that declares none
 * is refused to everyone: nothing is reachable unless a rule allows it.
 */
public record AccessRule(Kind kind, Set<Role> roles) {
    public enum Kind { NONE, PUBLIC, STAFF }

    public enum Decision { ALLOW, SIGN_IN_AS_STAFF, FORBIDDEN }

    public static final AccessRule NONE = new AccessRule(Kind.NONE, Set.of());
    public static final AccessRule PUBLIC = new AccessRule(Kind.PUBLIC, Set.of());

    public static AccessRule staff(Set<Role> roles) {
        return new AccessRule(Kind.STAFF, roles);
    }

    public Decision decide(StaffMember staff) {
        return switch (kind) {
            case NONE -> Decision.FORBIDDEN;
            case PUBLIC -> Decision.ALLOW;
            case STAFF -> {
                if (staff == null) {
                    yield Decision.SIGN_IN_AS_STAFF;
                }
                yield roles.isEmpty() || roles.stream().anyMatch(staff::has) ? Decision.ALLOW : Decision.FORBIDDEN;
            }
        };
    }
}
