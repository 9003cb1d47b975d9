package uk.frontdoor.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.region.Team;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.staff.RolesAndTeams;
import uk.frontdoor.core.staff.StaffAccounts;
import uk.frontdoor.core.staff.StaffAdministration;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.staff.StaffFixture.Person;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Mailbox;
import uk.frontdoor.testing.WebClient;

/** An administrator's page for one colleague's account: their roles and teams, and resetting their password. */
@MicronautTest(transactional = false)
class ManagingAColleaguesAccountTest extends AppTest {
    private static final String NEW_PASSWORD = "walrus purple ladder";

    @Inject
    StaffFixture fixture;
    @Inject
    StaffAccounts accounts;
    @Inject
    StaffAdministration administration;
    @Inject
    Sql sql;

    private static WebClient.Page signIn(WebClient client, String email, String password) {
        client.get("/staff/sign-in");
        return client.post("/staff/sign-in", Map.of("email", email, "password", password));
    }

    private String auditDetail(long adminId, String action, long subjectId) {
        return sql.one("""
                SELECT detail FROM audit_event WHERE actor_type = 'STAFF' AND actor_id = ? AND action = ?
                AND subject_type = 'STAFF' AND subject_id = ? ORDER BY id DESC LIMIT 1""",
                rs -> rs.getString(1), adminId, action, subjectId).orElse(null);
    }

    @Test
    void an_administrator_reaches_a_colleague_s_page_from_the_accounts_list() {
        Person admin = fixture.person("Ada Admin", Role.ADMINISTRATOR);
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, fixture.team("se-recruitment"));
        WebClient browser = fixture.signIn(client(), admin);

        var list = browser.get("/staff/admin/accounts");
        String href = list.html().select("tbody tr a").stream().filter(a -> a.text().equals(sam.name()))
                .findFirst().orElseThrow().attr("href");
        var page = browser.get(href);

        assertEquals("/staff/admin/accounts/" + sam.id(), href);
        assertEquals(sam.name(), page.html().selectFirst("h1").text());
        assertTrue(page.html().selectFirst(".govuk-summary-list").text().contains(sam.email()));
        assertTrue(page.html().getElementById("roles").hasAttr("checked"), "their role is ticked");
        assertEquals(404, browser.get("/staff/admin/accounts/987654321").status());
    }

    @Test
    void an_administrator_changes_a_colleague_s_roles_and_teams_and_it_is_audited_with_before_and_after() {
        Person admin = fixture.person("Ada Admin", Role.ADMINISTRATOR);
        Team first = fixture.newSouthEastTeam();
        Team second = fixture.newSouthEastTeam();
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, first);
        WebClient samsBrowser = fixture.signIn(client(), sam);
        assertEquals(List.of(first.name()), samsBrowser.get("/staff").html().select(".app-queue-card h2").eachText());
        WebClient browser = fixture.signIn(client(), admin);
        browser.get("/staff/admin/accounts/" + sam.id());

        var saved = browser.submit("/staff/admin/accounts/" + sam.id(), Map.of(
                "roles", List.of("RECRUITMENT_OFFICER", "SOCIAL_WORKER"), "teams", List.of(String.valueOf(second.id()))));

        assertEquals("The roles and teams have been saved.",
                saved.html().selectFirst(".govuk-notification-banner__heading").text());
        assertEquals(Set.of(Role.RECRUITMENT_OFFICER, Role.SOCIAL_WORKER), accounts.find(sam.id()).orElseThrow().roles());
        assertEquals(Set.of(second.id()), accounts.find(sam.id()).orElseThrow().teamIds());
        assertEquals("roles [RECRUITMENT_OFFICER] -> [RECRUITMENT_OFFICER, SOCIAL_WORKER], teams [" + first.id()
                + "] -> [" + second.id() + "]", auditDetail(admin.id(), "CHANGE_STAFF_ROLES", sam.id()));
        assertEquals(List.of(second.name()), samsBrowser.get("/staff").html().select(".app-queue-card h2").eachText(),
                "Sam sees the new team's queue on their next page");
        assertEquals(404, samsBrowser.get("/staff/queues/" + first.id()).status(), "and no longer the old one");
    }

    @Test
    void roles_and_teams_follow_the_same_rules_as_a_new_account_s() {
        Person admin = fixture.person("Ada Admin", Role.ADMINISTRATOR);
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, fixture.newSouthEastTeam());
        WebClient browser = fixture.signIn(client(), admin);
        browser.get("/staff/admin/accounts/" + sam.id());

        var noRole = browser.post("/staff/admin/accounts/" + sam.id(), Map.of());
        var noTeam = browser.post("/staff/admin/accounts/" + sam.id(), Map.of("roles", List.of("SUPPORT_WORKER")));
        var unknown = browser.post("/staff/admin/accounts/" + sam.id(), Map.of("roles", List.of("WIZARD"),
                "teams", List.of("999999999")));

        assertEquals(422, noRole.status());
        assertEquals(List.of("Select at least one role"), noRole.errorSummary());
        assertTrue(noRole.html().title().startsWith("Error: "));
        assertEquals(List.of("Select at least one team, unless the person is a team manager, an administrator or only a data protection officer"),
                noTeam.errorSummary());
        assertTrue(noTeam.html().getElementById("roles-SUPPORT_WORKER").hasAttr("checked"), "what was ticked is kept");
        assertEquals(List.of("Select roles from the list", "Select teams from the list"), unknown.errorSummary());
        assertEquals(Set.of(Role.RECRUITMENT_OFFICER), accounts.find(sam.id()).orElseThrow().roles(), "nothing saved");
        assertEquals(0, fixture.audits(admin.id(), "CHANGE_STAFF_ROLES", "STAFF", sam.id()));
        var manager = browser.submit("/staff/admin/accounts/" + sam.id(), Map.of("roles", List.of("TEAM_MANAGER")));
        assertEquals("The roles and teams have been saved.",
                manager.html().selectFirst(".govuk-notification-banner__heading").text(), "a manager sees every queue");
    }

    @Test
    void an_administrator_cannot_remove_their_own_administrator_role() {
        Person admin = fixture.person("Ada Admin", Role.ADMINISTRATOR);
        WebClient browser = fixture.signIn(client(), admin);
        var own = browser.get("/staff/admin/accounts/" + admin.id());
        assertEquals("You cannot remove your own administrator role.", own.html().selectFirst("#roles-hint").text());

        var refused = browser.post("/staff/admin/accounts/" + admin.id(), Map.of("roles", List.of("TEAM_MANAGER")));

        assertEquals(422, refused.status());
        assertEquals(List.of("You cannot remove your own administrator role. Ask another administrator to do it."),
                refused.errorSummary());
        assertTrue(accounts.find(admin.id()).orElseThrow().isAdministrator());
        assertEquals(0, fixture.audits(admin.id(), "CHANGE_STAFF_ROLES", "STAFF", admin.id()));
        var added = browser.submit("/staff/admin/accounts/" + admin.id(),
                Map.of("roles", List.of("ADMINISTRATOR", "TEAM_MANAGER")));
        assertEquals("The roles and teams have been saved.",
                added.html().selectFirst(".govuk-notification-banner__heading").text(), "adding a role is fine");
    }

    @Test
    void an_administrator_whose_own_role_was_just_removed_can_no_longer_change_anyone() {
        Person ada = fixture.person("Ada Admin", Role.ADMINISTRATOR);
        Person bo = fixture.person("Bo Admin", Role.ADMINISTRATOR);
        StaffMember adaSignedIn = accounts.find(ada.id()).orElseThrow();
        StaffMember boSignedIn = accounts.find(bo.id()).orElseThrow();
        RolesAndTeams manager = RolesAndTeams.of(Set.of(Role.TEAM_MANAGER), Set.of());
        assertEquals(Result.done(bo.id()), administration.changeRolesAndTeams(adaSignedIn, bo.id(), manager));

        assertEquals(Result.notFound(), administration.changeRolesAndTeams(boSignedIn, ada.id(), manager),
                "two administrators removing each other at once cannot leave nobody able to administer");
        assertEquals(Result.notFound(), administration.setActive(boSignedIn, ada.id(), false));
        assertTrue(accounts.find(ada.id()).orElseThrow().isAdministrator());
        assertEquals(0, fixture.audits(bo.id(), "CHANGE_STAFF_ROLES", "STAFF", ada.id()));
        assertEquals(0, fixture.audits(bo.id(), "DEACTIVATE_STAFF", "STAFF", ada.id()));
    }

    @Test
    void a_reset_stops_the_old_password_at_once_ends_the_colleague_s_sessions_and_emails_a_new_link() throws Exception {
        Person admin = fixture.person("Ada Admin", Role.ADMINISTRATOR);
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, fixture.team("se-recruitment"));
        WebClient samsLaptop = fixture.signIn(client(), sam);
        WebClient samsPhone = fixture.signIn(client(), sam);
        WebClient browser = fixture.signIn(client(), admin);
        var page = browser.get("/staff/admin/accounts/" + sam.id());
        assertNotNull(page.html().selectFirst(".govuk-warning-text"), "the page warns what a reset does");

        var reset = browser.submit("/staff/admin/accounts/" + sam.id() + "/reset-password", Map.of());

        assertEquals("We have emailed the person a link to set a new password. Their old password no longer works "
                + "and they have been signed out.", reset.html().selectFirst(".govuk-notification-banner__heading").text());
        assertEquals(303, samsLaptop.get("/staff").status(), "signed out");
        assertEquals(303, samsPhone.get("/staff").status(), "everywhere");
        assertEquals(422, signIn(client(), sam.email(), StaffFixture.PASSWORD).status(), "the old password is dead");
        assertEquals(1, fixture.audits(admin.id(), "RESET_STAFF_PASSWORD", "STAFF", sam.id()));
        assertEquals("password removed, 2 sessions ended; set-password link emailed",
                auditDetail(admin.id(), "RESET_STAFF_PASSWORD", sam.id()));

        String link = StaffFixture.setPasswordLink(sam.email(), 1);
        assertEquals("Your password for the staff pages has been reset", Mailbox.to(sam.email()).get(0).getSubject());
        WebClient sams = client();
        sams.get(link);
        assertEquals(303, sams.post("/staff/set-password", Map.of("token", StaffFixture.token(link),
                "password", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD)).status());
        assertEquals(303, signIn(sams, sam.email(), NEW_PASSWORD).status());
    }

    @Test
    void a_second_reset_retires_the_first_link_and_a_new_account_s_link_can_be_sent_again() {
        Person admin = fixture.person("Ada Admin", Role.ADMINISTRATOR);
        WebClient browser = fixture.signIn(client(), admin);
        browser.get("/staff/admin/accounts/new");
        String email = uniqueEmail("late.starter");
        browser.post("/staff/admin/accounts/new", Map.of("fullName", "Lee Late", "email", email,
                "roles", List.of("TEAM_MANAGER")));
        long id = sql.one("SELECT id FROM staff_account WHERE email = ?", rs -> rs.getLong(1), email).orElseThrow();
        String first = StaffFixture.setPasswordLink(email, 1);
        var page = browser.get("/staff/admin/accounts/" + id);
        assertTrue(page.html().selectFirst(".govuk-summary-list").text()
                .contains("Active, waiting for the person to set their password"));
        assertNull(page.html().selectFirst(".govuk-warning-text"), "no password to lose yet");

        browser.submit("/staff/admin/accounts/" + id + "/reset-password", Map.of());

        String second = StaffFixture.setPasswordLink(email, 2);
        assertEquals("This link has already been used", client().get(first).html().selectFirst("h1").text());
        assertEquals(200, client().get(second).status());
        assertEquals("no password was set yet, 0 sessions ended; set-password link emailed",
                auditDetail(admin.id(), "RESET_STAFF_PASSWORD", id));
    }

    @Test
    void an_administrator_cannot_reset_their_own_password_or_a_deactivated_colleague_s() {
        Person admin = fixture.person("Ada Admin", Role.ADMINISTRATOR);
        Person leaver = fixture.person("Lee Leaver", Role.RECRUITMENT_OFFICER, fixture.team("se-recruitment"));
        WebClient browser = fixture.signIn(client(), admin);
        var own = browser.get("/staff/admin/accounts/" + admin.id());
        assertTrue(own.html().select("form[action$=reset-password]").isEmpty());
        assertEquals("/staff/account", own.html().selectFirst("main a[href=/staff/account]").attr("href"));

        var yourself = browser.post("/staff/admin/accounts/" + admin.id() + "/reset-password", Map.of());
        browser.submit("/staff/admin/accounts/" + leaver.id() + "/deactivate", Map.of());
        var deactivated = browser.post("/staff/admin/accounts/" + leaver.id() + "/reset-password", Map.of());

        assertEquals(422, yourself.status());
        assertEquals("You cannot reset your own password here. Change it from your account.",
                yourself.html().selectFirst(".govuk-notification-banner__heading").text());
        assertEquals(200, browser.get("/staff").status(), "still signed in");
        assertEquals(422, deactivated.status());
        assertEquals(0, fixture.audits(admin.id(), "RESET_STAFF_PASSWORD", "STAFF", leaver.id()));
        assertEquals(0, Mailbox.to(leaver.email()).size());
    }
}
