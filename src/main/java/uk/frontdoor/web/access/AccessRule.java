package uk.frontdoor.web.access;

import java.util.Set;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.staff.StaffMember;

/**
 * The access rule a route declares, and the decision it gives for a visitor. A route that declares none
 * is refused to everyone: nothing is reachable unless a rule allows it.
 */
public record AccessRule(Kind kind, Set<Role> roles) {
    public enum Kind { NONE, PUBLIC, STAFF, APPLICANT }

    public enum Decision { ALLOW, SIGN_IN_AS_STAFF, SIGN_IN_AS_APPLICANT, FORBIDDEN }

    public static final AccessRule NONE = new AccessRule(Kind.NONE, Set.of());
    public static final AccessRule PUBLIC = new AccessRule(Kind.PUBLIC, Set.of());
    public static final AccessRule APPLICANT = new AccessRule(Kind.APPLICANT, Set.of());

    public static AccessRule staff(Set<Role> roles) {
        return new AccessRule(Kind.STAFF, roles);
    }

    /** Staff signed in, or an applicant signed in, or neither (a browser has at most one of the two). */
    public Decision decide(StaffMember staff, boolean applicantSignedIn) {
        if (kind == Kind.APPLICANT) {
            return applicantSignedIn ? Decision.ALLOW : staff != null ? Decision.FORBIDDEN : Decision.SIGN_IN_AS_APPLICANT;
        }
        return decide(staff);
    }

    public Decision decide(StaffMember staff) {
        return switch (kind) {
            case NONE -> Decision.FORBIDDEN;
            case PUBLIC -> Decision.ALLOW;
            case APPLICANT -> staff != null ? Decision.FORBIDDEN : Decision.SIGN_IN_AS_APPLICANT;
            case STAFF -> {
                if (staff == null) {
                    yield Decision.SIGN_IN_AS_STAFF;
                }
                yield roles.isEmpty() || roles.stream().anyMatch(staff::has) ? Decision.ALLOW : Decision.FORBIDDEN;
            }
        };
    }
}
