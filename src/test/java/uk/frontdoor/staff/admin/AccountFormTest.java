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

    private static AccountForm officer(String password, List<String> teams) {
        return new AccountForm("Sam Jones", "sam@council.example", password, List.of("RECRUITMENT_OFFICER"), teams);
    }

    @Test
    void a_complete_account_has_no_problems() {
        AccountForm form = officer("twelve chars", List.of("1"));
        assertTrue(errors(form).isEmpty());
        assertEquals(EnumSet.of(Role.RECRUITMENT_OFFICER), form.chosenRoles());
        assertEquals(Set.of(1L), form.chosenTeams());
    }

    @Test
    void the_first_password_has_at_least_12_characters_and_at_most_200() {
        assertEquals(Map.of("password", "staff.account.error.passwordTooShort"), errors(officer("eleven char", List.of("1"))));
        assertEquals(Map.of("password", "staff.account.error.passwordTooLong"), errors(officer("x".repeat(201), List.of("1"))));
        assertEquals(Map.of("password", "staff.account.error.passwordMissing"), errors(officer("", List.of("1"))));
    }

    @Test
    void staff_who_do_not_see_every_queue_need_a_team() {
        assertEquals(Map.of("teams", "staff.account.error.teamsMissing"), errors(officer("twelve chars", List.of())));
        assertTrue(errors(new AccountForm("Kim Lee", "kim@council.example", "twelve chars", List.of("TEAM_MANAGER"), List.of())).isEmpty());
        assertTrue(errors(new AccountForm("Ada", "ada@council.example", "twelve chars", List.of("ADMINISTRATOR"), List.of())).isEmpty());
    }

    @Test
    void roles_and_teams_must_come_from_the_lists() {
        assertEquals(Map.of("teams", "staff.account.error.teamsUnknown"), errors(officer("twelve chars", List.of("3"))));
        assertEquals(Map.of("teams", "staff.account.error.teamsUnknown"), errors(officer("twelve chars", List.of("one"))));
        assertEquals("staff.account.error.rolesUnknown", errors(new AccountForm("Eve", "eve@council.example", "twelve chars",
                List.of("RECRUITMENT_OFFICER", "SUPERUSER"), List.of("1"))).get("roles"));
    }

    @Test
    void the_email_must_look_like_one_and_be_free() {
        AccountForm badEmail = new AccountForm("Sam", "sam@council", "twelve chars", List.of("TEAM_MANAGER"), List.of());
        assertEquals(Map.of("email", "staff.account.email.format"), errors(badEmail));
        AccountForm lookAlike = new AccountForm("Sam", "sám@council.example", "twelve chars", List.of("TEAM_MANAGER"),
                List.of());
        assertEquals(Map.of("email", "emailAddress.notAsciiBeforeAt"), errors(lookAlike));
        AccountForm taken = new AccountForm("Sam", "sam@council.example", "twelve chars", List.of("TEAM_MANAGER"), List.of());
        assertEquals(Map.of("email", "staff.account.error.emailTaken"), taken.check(TEAMS, true, new FormErrors()).asMap());
    }

    @Test
    void problems_are_listed_in_page_order() {
        FormErrors errors = new AccountForm("", "", "", List.of(), List.of()).check(TEAMS, false, new FormErrors());
        assertEquals(List.of("fullName", "email", "password", "roles"), errors.summary().stream().map(Map.Entry::getKey).toList());
    }
}
