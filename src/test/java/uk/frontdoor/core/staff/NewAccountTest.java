package uk.frontdoor.core.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.action.Problem;

/** The rules of a new staff account, and of its roles and teams when they are changed later. */
class NewAccountTest {
    private static final List<Long> TEAMS = List.of(1L, 2L);

    private static Map<String, String> byField(List<Problem> problems) {
        Map<String, String> byField = new LinkedHashMap<>();
        problems.forEach(p -> byField.putIfAbsent(p.field(), p.messageKey()));
        return byField;
    }

    private static Map<String, String> errors(NewAccount account, boolean emailTaken) {
        return byField(account.problems(TEAMS, address -> emailTaken));
    }

    private static Map<String, String> errors(NewAccount account) {
        return errors(account, false);
    }

    private static Map<String, String> errors(RolesAndTeams rolesAndTeams) {
        return byField(rolesAndTeams.problems(TEAMS));
    }

    private static NewAccount account(String name, String email, List<String> roles, List<String> teams) {
        return new NewAccount(name, email, RolesAndTeams.read(roles, teams));
    }

    private static NewAccount officer(List<String> teams) {
        return account("Sam Jones", "sam@council.example", List.of("RECRUITMENT_OFFICER"), teams);
    }

    @Test
    void a_complete_account_has_no_problems_and_no_password() {
        NewAccount account = officer(List.of("1"));
        assertTrue(errors(account).isEmpty());
        assertEquals(EnumSet.of(Role.RECRUITMENT_OFFICER), account.rolesAndTeams().roles());
        assertEquals(Set.of(1L), account.rolesAndTeams().teamIds());
    }

    @Test
    void staff_who_do_not_see_every_queue_need_a_team() {
        assertEquals(Map.of("teams", "staff.account.error.teamsMissing"), errors(officer(List.of())));
        assertTrue(errors(account("Kim Lee", "kim@council.example", List.of("TEAM_MANAGER"), List.of())).isEmpty());
        assertTrue(errors(account("Ada", "ada@council.example", List.of("ADMINISTRATOR"), List.of())).isEmpty());
    }

    @Test
    void a_data_protection_officer_works_no_queue_and_needs_no_team_unless_they_also_work_cases() {
        assertTrue(errors(account("Dee", "dee@council.example", List.of("DATA_PROTECTION_OFFICER"), List.of())).isEmpty());
        assertEquals(Map.of("teams", "staff.account.error.teamsMissing"), errors(account("Dee", "dee@council.example",
                List.of("DATA_PROTECTION_OFFICER", "SOCIAL_WORKER"), List.of())));
    }

    @Test
    void roles_and_teams_must_come_from_the_lists() {
        assertEquals(Map.of("teams", "staff.account.error.teamsUnknown"), errors(officer(List.of("3"))));
        assertEquals(Map.of("teams", "staff.account.error.teamsUnknown"), errors(officer(List.of("one"))));
        assertEquals("staff.account.error.rolesUnknown", errors(account("Eve", "eve@council.example",
                List.of("RECRUITMENT_OFFICER", "SUPERUSER"), List.of("1"))).get("roles"));
    }

    @Test
    void changing_roles_and_teams_later_follows_the_same_rules_as_creating() {
        assertTrue(errors(RolesAndTeams.read(List.of("SOCIAL_WORKER"), List.of("2"))).isEmpty());
        assertEquals(Map.of("roles", "staff.account.error.rolesMissing"),
                errors(RolesAndTeams.read(List.of(), List.of("1"))));
        assertEquals(Map.of("teams", "staff.account.error.teamsMissing"),
                errors(RolesAndTeams.read(List.of("SUPPORT_WORKER"), List.of())));
        assertTrue(errors(RolesAndTeams.read(List.of("TEAM_MANAGER"), List.of())).isEmpty());
        assertEquals(Map.of("roles", "staff.account.error.rolesUnknown", "teams", "staff.account.error.teamsUnknown"),
                errors(RolesAndTeams.read(List.of("WIZARD", "SUPPORT_WORKER"), List.of("9"))));
    }

    @Test
    void the_email_must_look_like_one_and_be_free() {
        NewAccount badEmail = account("Sam", "sam@council", List.of("TEAM_MANAGER"), List.of());
        assertEquals(Map.of("email", "staff.account.email.format"), errors(badEmail));
        NewAccount lookAlike = account("Sam", "sám@council.example", List.of("TEAM_MANAGER"), List.of());
        assertEquals(Map.of("email", "emailAddress.notAsciiBeforeAt"), errors(lookAlike));
        NewAccount taken = account("Sam", "sam@council.example", List.of("TEAM_MANAGER"), List.of());
        assertEquals(Map.of("email", "staff.account.error.emailTaken"), errors(taken, true));
    }

    @Test
    void a_name_is_needed_and_at_most_200_characters() {
        List<String> teams = List.of("1");
        List<String> roles = List.of("RECRUITMENT_OFFICER");
        assertEquals(Map.of("fullName", "staff.account.error.nameMissing"),
                errors(account("", "sam@council.example", roles, teams)));
        assertTrue(errors(account("S".repeat(200), "sam@council.example", roles, teams)).isEmpty());
        assertEquals(Map.of("fullName", "staff.account.error.nameTooLong"),
                errors(account("S".repeat(201), "sam@council.example", roles, teams)));
    }

    @Test
    void problems_are_listed_in_page_order() {
        List<Problem> problems = account("", "", List.of(), List.of()).problems(TEAMS, address -> false);
        assertEquals(List.of("fullName", "email", "roles"), problems.stream().map(Problem::field).toList());
    }
}
