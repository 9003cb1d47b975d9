package uk.frontdoor.staff.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.web.form.FormErrors;

class AccountFormTest {
    private static final List<Long> TEAMS = List.of(1L, 2L);

    private static Map<String, String> errors(AccountForm form) {
        return form.check(TEAMS, false, new FormErrors()).asMap();
    }

    private static Map<String, String> errors(RolesForm form) {
        return form.check(TEAMS, new FormErrors()).asMap();
    }

    private static AccountForm officer(List<String> teams) {
        return new AccountForm("Sam Jones", "sam@council.example", List.of("RECRUITMENT_OFFICER"), teams);
    }

    @Test
    void a_complete_account_has_no_problems_and_no_password() {
        AccountForm form = officer(List.of("1"));
        assertTrue(errors(form).isEmpty());
        assertEquals(EnumSet.of(Role.RECRUITMENT_OFFICER), form.chosenRoles());
        assertEquals(Set.of(1L), form.chosenTeams());
    }

    @Test
    void staff_who_do_not_see_every_queue_need_a_team() {
        assertEquals(Map.of("teams", "staff.account.error.teamsMissing"), errors(officer(List.of())));
        assertTrue(errors(new AccountForm("Kim Lee", "kim@council.example", List.of("TEAM_MANAGER"), List.of())).isEmpty());
        assertTrue(errors(new AccountForm("Ada", "ada@council.example", List.of("ADMINISTRATOR"), List.of())).isEmpty());
    }

    @Test
    void roles_and_teams_must_come_from_the_lists() {
        assertEquals(Map.of("teams", "staff.account.error.teamsUnknown"), errors(officer(List.of("3"))));
        assertEquals(Map.of("teams", "staff.account.error.teamsUnknown"), errors(officer(List.of("one"))));
        assertEquals("staff.account.error.rolesUnknown", errors(new AccountForm("Eve", "eve@council.example",
                List.of("RECRUITMENT_OFFICER", "SUPERUSER"), List.of("1"))).get("roles"));
    }

    @Test
    void changing_roles_and_teams_later_follows_the_same_rules_as_creating() {
        assertTrue(errors(new RolesForm(List.of("SOCIAL_WORKER"), List.of("2"))).isEmpty());
        assertEquals(Map.of("roles", "staff.account.error.rolesMissing"), errors(new RolesForm(List.of(), List.of("1"))));
        assertEquals(Map.of("teams", "staff.account.error.teamsMissing"),
                errors(new RolesForm(List.of("SUPPORT_WORKER"), List.of())));
        assertTrue(errors(new RolesForm(List.of("TEAM_MANAGER"), List.of())).isEmpty());
        assertEquals(Map.of("roles", "staff.account.error.rolesUnknown", "teams", "staff.account.error.teamsUnknown"),
                errors(new RolesForm(List.of("WIZARD", "SUPPORT_WORKER"), List.of("9"))));
    }

    @Test
    void the_email_must_look_like_one_and_be_free() {
        AccountForm badEmail = new AccountForm("Sam", "sam@council", List.of("TEAM_MANAGER"), List.of());
        assertEquals(Map.of("email", "staff.account.email.format"), errors(badEmail));
        AccountForm lookAlike = new AccountForm("Sam", "sám@council.example", List.of("TEAM_MANAGER"), List.of());
        assertEquals(Map.of("email", "emailAddress.notAsciiBeforeAt"), errors(lookAlike));
        AccountForm taken = new AccountForm("Sam", "sam@council.example", List.of("TEAM_MANAGER"), List.of());
        assertEquals(Map.of("email", "staff.account.error.emailTaken"), taken.check(TEAMS, true, new FormErrors()).asMap());
    }

    @Test
    void problems_are_listed_in_page_order() {
        FormErrors errors = new AccountForm("", "", List.of(), List.of()).check(TEAMS, false, new FormErrors());
        assertEquals(List.of("fullName", "email", "roles"), errors.summary().stream().map(Map.Entry::getKey).toList());
    }
}
