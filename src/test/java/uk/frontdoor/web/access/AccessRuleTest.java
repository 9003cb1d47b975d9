package uk.frontdoor.web.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.staff.StaffMember;

class AccessRuleTest {
    private static final StaffMember OFFICER = new StaffMember(1, "o@example.org", "Officer",
            Set.of(Role.RECRUITMENT_OFFICER), Set.of(1L));
    private static final StaffMember ADMIN = new StaffMember(2, "a@example.org", "Admin",
            Set.of(Role.ADMINISTRATOR), Set.of());

    @Test
    void a_route_without_a_rule_is_refused_to_everyone_even_administrators() {
        assertEquals(AccessRule.Decision.FORBIDDEN, AccessRule.NONE.decide(null));
        assertEquals(AccessRule.Decision.FORBIDDEN, AccessRule.NONE.decide(ADMIN));
    }

    @Test
    void public_routes_are_open_to_all() {
        assertEquals(AccessRule.Decision.ALLOW, AccessRule.PUBLIC.decide(null));
        assertEquals(AccessRule.Decision.ALLOW, AccessRule.PUBLIC.decide(OFFICER));
    }

    @Test
    void staff_routes_send_anonymous_visitors_to_sign_in_and_check_roles() {
        AccessRule anyStaff = AccessRule.staff(Set.of());
        AccessRule adminOnly = AccessRule.staff(Set.of(Role.ADMINISTRATOR));
        assertEquals(AccessRule.Decision.SIGN_IN_AS_STAFF, anyStaff.decide(null));
        assertEquals(AccessRule.Decision.ALLOW, anyStaff.decide(OFFICER));
        assertEquals(AccessRule.Decision.FORBIDDEN, adminOnly.decide(OFFICER));
        assertEquals(AccessRule.Decision.ALLOW, adminOnly.decide(ADMIN));
    }
}
