package uk.frontdoor.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.core.region.Team;
import uk.frontdoor.core.staff.NewAccount;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.staff.RolesAndTeams;
import uk.frontdoor.core.staff.StaffAccounts;
import uk.frontdoor.core.staff.StaffAdministration;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.core.work.WorkItemStatus;
import uk.frontdoor.core.work.WorkKind;
import uk.frontdoor.core.work.WorkQueue;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.staff.StaffFixture.Person;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.WebClient;

@MicronautTest(transactional = false)
class AdministrationTest extends AppTest {
    @Inject
    StaffFixture fixture;
    @Inject
    StaffAdministration administration;
    @Inject
    DataSource dataSource;
    @Inject
    DataSourceResolver resolver;
    @Inject
    StaffAccounts accounts;
    @Inject
    RegionDirectory region;
    @Inject
    Sql sql;
    @Inject
    WorkQueue queue;

    private long auditsOf(long adminId, String action) {
        return sql.count("SELECT COUNT(*) FROM audit_event WHERE actor_type = 'STAFF' AND actor_id = ? AND action = ?",
                adminId, action);
    }

    /** The routing form as the page shows it: every select with the team it has chosen. */
    private static Map<String, Object> routingForm(WebClient.Page page) {
        Map<String, Object> form = new LinkedHashMap<>();
        for (Element select : page.html().select("form[action=/staff/admin/routing] select")) {
            Element chosen = select.selectFirst("option[selected]");
            form.put(select.attr("name"), chosen == null ? select.selectFirst("option").val() : chosen.val());
        }
        return form;
    }

    @Test
    void an_administrator_creates_a_staff_account_and_the_person_sets_their_own_password_then_signs_in() {
        Person admin = fixture.person("Ada Admin", Role.ADMINISTRATOR);
        Team team = fixture.newSouthEastTeam();
        WebClient browser = fixture.signIn(client(), admin);
        String email = uniqueEmail("new.officer");
        var form = browser.get("/staff/admin/accounts/new");
        assertTrue(form.html().select("input[type=password]").isEmpty(), "nobody types a password for someone else");

        var list = browser.submit("/staff/admin/accounts/new", Map.of("fullName", "Nia Newton", "email", email,
                "roles", List.of("RECRUITMENT_OFFICER"), "teams", List.of(String.valueOf(team.id()))));

        assertEquals("The staff account has been created. We have emailed the person a link to set their password. "
                + "It works for 24 hours.", list.html().selectFirst(".govuk-notification-banner__heading").text());
        Element row = list.html().select("tbody tr").stream().filter(r -> r.text().contains(email)).findFirst().orElseThrow();
        assertTrue(row.text().contains("Nia Newton"));
        assertTrue(row.text().contains("Recruitment officer"));
        assertTrue(row.text().contains(team.name()));
        assertTrue(row.text().contains("Waiting for password"));
        assertEquals(1, auditsOf(admin.id(), "CREATE_STAFF"));

        WebClient nia = client();
        String link = StaffFixture.setPasswordLink(email, 1);
        nia.get(link);
        var done = nia.submit("/staff/set-password", Map.of("token", StaffFixture.token(link),
                "password", "a good long password", "confirmPassword", "a good long password"));
        assertEquals("Your password has been set", done.html().selectFirst("h1").text());
        nia.get("/staff/sign-in");
        var otherCapitals = nia.post("/staff/sign-in", Map.of("email", email.toUpperCase(),
                "password", "a good long password"));
        assertEquals(422, otherCapitals.status(), "capitals before the @ make another address (ADR 29)");
        var signedIn = nia.post("/staff/sign-in", Map.of("email", email.replace("@example.org", "@Example.ORG"),
                "password", "a good long password"));
        assertEquals(303, signedIn.status(), "a domain's letter case is no part of the address");
        assertEquals(List.of(team.name()), nia.get("/staff").html().select(".app-queue-card h2").eachText());
    }

    @Test
    void a_staff_account_with_problems_is_not_created_and_each_problem_is_shown() {
        Person admin = fixture.person("Ada Admin", Role.ADMINISTRATOR);
        Person existing = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, fixture.team("se-recruitment"));
        WebClient browser = fixture.signIn(client(), admin);
        browser.get("/staff/admin/accounts/new");

        var blank = browser.post("/staff/admin/accounts/new", Map.of());
        var problems = browser.post("/staff/admin/accounts/new", Map.of("fullName", "Sam Again", "email", existing.email(),
                "roles", List.of("RECRUITMENT_OFFICER")));
        var badEmail = browser.post("/staff/admin/accounts/new", Map.of("fullName", "Eve", "email", "eve.example.org",
                "roles", List.of("WIZARD"), "teams", List.of("999999999")));

        assertEquals(422, blank.status());
        assertEquals(List.of("Enter the person’s full name", "Enter their work email address",
                "Select at least one role"), blank.errorSummary());
        assertTrue(blank.html().title().startsWith("Error: Create a staff account"));
        assertTrue(blank.html().select("label[for^=teams]").eachText().contains("South West adoption support"),
                "teams are offered by name");
        assertTrue(blank.html().select("label[for^=roles]").eachText().contains("Team manager"));
        assertEquals(List.of("There is already a staff account with this email address",
                "Select at least one team, unless the person is a team manager, an administrator or only a data protection officer"), problems.errorSummary());
        assertEquals("Sam Again", problems.html().getElementById("fullName").val(), "what was typed is kept");
        assertTrue(problems.html().getElementById("roles").hasAttr("checked"));
        assertEquals(List.of("Enter an email address in the correct format, like name@example.org",
                "Select roles from the list", "Select teams from the list"), badEmail.errorSummary());
        assertEquals(0, sql.count("SELECT COUNT(*) FROM staff_account WHERE display_name IN ('Sam Again', 'Eve')"));
        assertEquals(0, auditsOf(admin.id(), "CREATE_STAFF"));
    }

    @Test
    void an_account_someone_created_with_the_same_address_a_moment_ago_is_refused_like_a_taken_address()
            throws Exception {
        StaffMember admin = accounts.find(fixture.person("Ada Admin", Role.ADMINISTRATOR).id()).orElseThrow();
        String email = uniqueEmail("typed.twice");
        NewAccount account = new NewAccount("Tam Second", email, RolesAndTeams.of(Set.of(Role.TEAM_MANAGER), Set.of()));
        try (Connection other = resolver.resolve(dataSource).getConnection()) {
            // another administrator's account with the address, not committed yet: ours passes its checks, then waits
            other.setAutoCommit(false);
            try (PreparedStatement insert = other.prepareStatement("""
                    INSERT INTO staff_account (email, display_name, active, created_at)
                    VALUES (?, 'Tam First', TRUE, NOW(3))""")) {
                insert.setString(1, email);
                insert.executeUpdate();
            }
            CompletableFuture<Result<Long>> ours =
                    CompletableFuture.supplyAsync(() -> administration.create(admin, account));
            String waiting = """
                    SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE INFO LIKE 'INSERT INTO staff_account%'""";
            for (int tries = 0; sql.count(waiting) == 0 && !ours.isDone(); tries++) {
                assertTrue(tries < 200, "our create waits for the other one");
                Thread.sleep(50);
            }
            assertFalse(ours.isDone(), () -> "ours did not wait: " + ours.handle((r, e) -> r + " " + e).join());
            other.commit();

            assertEquals(Result.refused("email", "staff.account.error.emailTaken"), ours.get(30, TimeUnit.SECONDS));
        }
        assertEquals(List.of("Tam First"),
                sql.list("SELECT display_name FROM staff_account WHERE email = ?", rs -> rs.getString(1), email));
        assertEquals(0, auditsOf(admin.id(), "CREATE_STAFF"));
    }

    @Test
    void a_deactivated_person_is_signed_out_at_once_and_can_be_reactivated() {
        Person admin = fixture.person("Ada Admin", Role.ADMINISTRATOR);
        Person leaver = fixture.person("Lee Leaver", Role.RECRUITMENT_OFFICER, fixture.team("se-recruitment"));
        WebClient leaversBrowser = fixture.signIn(client(), leaver);
        WebClient browser = fixture.signIn(client(), admin);
        browser.get("/staff/admin/accounts");

        var deactivated = browser.submit("/staff/admin/accounts/" + leaver.id() + "/deactivate", Map.of());

        assertEquals("The account has been deactivated. The person has been signed out.",
                deactivated.html().selectFirst(".govuk-notification-banner__heading").text());
        assertEquals(303, leaversBrowser.get("/staff").status(), "their session has ended");
        leaversBrowser.get("/staff/sign-in");
        assertEquals(422, leaversBrowser.post("/staff/sign-in", Map.of("email", leaver.email(), "password", StaffFixture.PASSWORD)).status());
        assertEquals(1, fixture.audits(admin.id(), "DEACTIVATE_STAFF", "STAFF", leaver.id()));

        browser.submit("/staff/admin/accounts/" + leaver.id() + "/reactivate", Map.of());

        assertTrue(accounts.find(leaver.id()).isPresent());
        assertEquals(1, fixture.audits(admin.id(), "REACTIVATE_STAFF", "STAFF", leaver.id()));
    }

    @Test
    void deactivating_a_colleague_returns_their_open_items_to_the_team_s_queue_unassigned_with_a_history_entry() {
        Person admin = fixture.person("Ada Admin", Role.ADMINISTRATOR);
        Team team = fixture.newSouthEastTeam();
        Person leaver = fixture.person("Lee Leaver", Role.RECRUITMENT_OFFICER, team);
        Person stayer = fixture.person("Sue Stayer", Role.RECRUITMENT_OFFICER, team);
        StaffMember lee = accounts.find(leaver.id()).orElseThrow();
        var open = fixture.enquiry(team);
        var alsoOpen = fixture.enquiry(team);
        var closed = fixture.enquiry(team);
        var someoneElses = fixture.enquiry(team);
        for (var item : List.of(open, alsoOpen, closed)) {
            queue.claim(item.id(), lee);
        }
        queue.claim(someoneElses.id(), accounts.find(stayer.id()).orElseThrow());
        queue.closeWithDecision(closed.id(), lee, WorkItemStatus.NO_FURTHER_ACTION, "Nothing more to do");
        int versionBefore = queue.find(open.id()).orElseThrow().version();
        WebClient browser = fixture.signIn(client(), admin);
        browser.get("/staff/admin/accounts");

        browser.submit("/staff/admin/accounts/" + leaver.id() + "/deactivate", Map.of());

        for (var item : List.of(open, alsoOpen)) {
            assertNull(queue.find(item.id()).orElseThrow().assignedTo(), "back in the queue, unassigned");
            assertEquals(team.id(), queue.find(item.id()).orElseThrow().teamId(), "the same team's queue");
            var entry = queue.history(item.id()).get(0);
            assertEquals(WorkQueue.RETURNED_TO_QUEUE, entry.eventType());
            assertEquals(admin.name(), entry.staffName(), "by the administrator who deactivated them");
            assertEquals(leaver.name(), entry.detail(), "the entry keeps the name; the words come from the bundle");
            assertEquals(1, fixture.audits(admin.id(), WorkQueue.RETURNED_TO_QUEUE, "ENQUIRY", item.enquiryId()));
        }
        assertEquals(versionBefore + 1, queue.find(open.id()).orElseThrow().version(),
                "a colleague's stale 'assign' form is refused rather than undoing it");
        assertEquals(leaver.id(), queue.find(closed.id()).orElseThrow().assignedTo(), "closed items keep who did them");
        assertEquals(stayer.id(), queue.find(someoneElses.id()).orElseThrow().assignedTo());
        assertEquals(1, fixture.audits(admin.id(), "DEACTIVATE_STAFF", "STAFF", leaver.id()));

        WebClient colleague = fixture.signIn(client(), stayer); // the administrator works no cases: the team reads it
        var itemPage = colleague.get("/staff/items/" + open.id());
        var history = itemPage.html().select("#history ~ ol li").first();
        assertEquals("Returned to the team’s queue, unassigned: " + leaver.name() + " no longer has an active account",
                history.selectFirst("h3").text());
        assertTrue(history.text().contains("by " + admin.name()));
        var queuePage = colleague.get("/staff/queues/" + team.id() + "?assigned=unassigned");
        assertTrue(queuePage.body().contains(open.reference()) && queuePage.body().contains(alsoOpen.reference()),
                "the team sees them among the unassigned");
    }

    @Test
    void an_administrator_cannot_deactivate_their_own_account() {
        Person admin = fixture.person("Ada Admin", Role.ADMINISTRATOR);
        WebClient browser = fixture.signIn(client(), admin);
        var list = browser.get("/staff/admin/accounts");
        Element ownRow = list.html().select("tbody tr").stream().filter(r -> r.text().contains(admin.email())).findFirst().orElseThrow();
        assertTrue(ownRow.select("form").isEmpty(), "no button to deactivate themselves");

        var page = browser.post("/staff/admin/accounts/" + admin.id() + "/deactivate", Map.of());

        assertEquals(422, page.status());
        assertEquals("You cannot deactivate your own account. Ask another administrator to do it.",
                page.html().selectFirst(".govuk-notification-banner__heading").text());
        assertTrue(accounts.find(admin.id()).isPresent());
        assertEquals(200, browser.get("/staff").status());
    }

    @Test
    void changing_a_routing_rule_sends_that_borough_s_work_to_the_new_team() {
        Person admin = fixture.person("Ada Admin", Role.ADMINISTRATOR);
        long croydon = region.boroughByCode("croydon").orElseThrow().id();
        Team southWestSupport = fixture.team("sw-support");
        Team before = region.routing().teamFor(WorkKind.SUPPORT_REQUEST, croydon).orElseThrow();
        WebClient browser = fixture.signIn(client(), admin);
        try {
            Map<String, Object> form = routingForm(browser.get("/staff/admin/routing"));
            assertEquals(String.valueOf(before.id()), form.get("route-SUPPORT_REQUEST-" + croydon));
            form.put("route-SUPPORT_REQUEST-" + croydon, String.valueOf(southWestSupport.id()));

            var saved = browser.submit("/staff/admin/routing", form);

            assertEquals("The routing has been saved.", saved.html().selectFirst(".govuk-notification-banner__heading").text());
            assertEquals(southWestSupport.id(), region.routing().teamFor(WorkKind.SUPPORT_REQUEST, croydon).orElseThrow().id());
            assertEquals(String.valueOf(southWestSupport.id()), routingForm(saved).get("route-SUPPORT_REQUEST-" + croydon));
            assertEquals(1, fixture.audits(admin.id(), "CHANGE_ROUTING", "BOROUGH", croydon), "only the changed rule");
            assertEquals(1, auditsOf(admin.id(), "CHANGE_ROUTING"));
        } finally {
            region.route(WorkKind.SUPPORT_REQUEST, croydon, before.id());
        }
    }

    @Test
    void work_cannot_be_routed_to_a_team_that_does_not_do_it() {
        Person admin = fixture.person("Ada Admin", Role.ADMINISTRATOR);
        long croydon = region.boroughByCode("croydon").orElseThrow().id();
        Team before = region.routing().teamFor(WorkKind.ENQUIRY, croydon).orElseThrow();
        WebClient browser = fixture.signIn(client(), admin);
        Map<String, Object> form = routingForm(browser.get("/staff/admin/routing"));
        form.put("route-ENQUIRY-" + croydon, String.valueOf(fixture.team("se-support").id()));

        var page = browser.post("/staff/admin/routing", form);

        assertEquals(422, page.status());
        assertEquals(List.of("Select a team that does this kind of work"), page.errorSummary());
        assertEquals("#route-ENQUIRY-" + croydon, page.html().selectFirst(".govuk-error-summary__list a").attr("href"));
        assertEquals(before.id(), region.routing().teamFor(WorkKind.ENQUIRY, croydon).orElseThrow().id());
        assertEquals(0, auditsOf(admin.id(), "CHANGE_ROUTING"));
    }

    @Test
    void an_administrator_sets_the_target_for_a_kind_of_work_within_1_to_60_working_days() {
        Person admin = fixture.person("Ada Admin", Role.ADMINISTRATOR);
        int enquiries = region.targetWorkingDays(WorkKind.ENQUIRY);
        int support = region.targetWorkingDays(WorkKind.SUPPORT_REQUEST);
        String registrations = String.valueOf(region.targetWorkingDays(WorkKind.REGISTRATION_DECISION));
        WebClient browser = fixture.signIn(client(), admin);
        var page = browser.get("/staff/admin/targets");
        assertEquals(String.valueOf(enquiries), page.html().getElementById("target-ENQUIRY").val());
        try {
            var refused = browser.post("/staff/admin/targets", Map.of("target-ENQUIRY", "0", "target-SUPPORT_REQUEST", "ten", "target-REGISTRATION_DECISION", registrations));
            assertEquals(422, refused.status());
            assertEquals(List.of("Enter a whole number of working days from 1 to 60",
                    "Enter a whole number of working days from 1 to 60"), refused.errorSummary());
            assertEquals("ten", refused.html().getElementById("target-SUPPORT_REQUEST").val());
            assertEquals(List.of("Enter a number of working days"),
                    browser.post("/staff/admin/targets", Map.of("target-ENQUIRY", String.valueOf(enquiries), "target-SUPPORT_REQUEST", "", "target-REGISTRATION_DECISION", registrations)).errorSummary());
            assertEquals(List.of("Enter a whole number of working days from 1 to 60"),
                    browser.post("/staff/admin/targets", Map.of("target-ENQUIRY", "61", "target-SUPPORT_REQUEST", String.valueOf(support), "target-REGISTRATION_DECISION", registrations)).errorSummary());
            assertEquals(support, region.targetWorkingDays(WorkKind.SUPPORT_REQUEST), "nothing saved");

            var saved = browser.submit("/staff/admin/targets",
                    Map.of("target-ENQUIRY", String.valueOf(enquiries), "target-SUPPORT_REQUEST", String.valueOf(support + 2), "target-REGISTRATION_DECISION", registrations));

            assertEquals("The targets have been saved.", saved.html().selectFirst(".govuk-notification-banner__heading").text());
            assertEquals(support + 2, region.targetWorkingDays(WorkKind.SUPPORT_REQUEST));
            assertEquals(enquiries, region.targetWorkingDays(WorkKind.ENQUIRY));
            assertEquals(1, auditsOf(admin.id(), "SET_TARGET"), "only the changed target is recorded");
        } finally {
            region.setTargetWorkingDays(WorkKind.SUPPORT_REQUEST, support);
        }
    }

    @Test
    void the_administration_start_page_links_to_each_task() {
        Person admin = fixture.person("Ada Admin", Role.ADMINISTRATOR);
        WebClient browser = fixture.signIn(client(), admin);

        var page = browser.get("/staff/admin");

        assertEquals(List.of("/staff/admin/accounts", "/staff/admin/routing", "/staff/admin/emergency-numbers",
                        "/staff/admin/contact-details", "/staff/admin/retention", "/staff/subject-access", "/staff/admin/region",
                        "/staff/admin/bank-holidays", "/staff/admin/population", "/staff/admin/targets"),
                page.html().select("main li > a").eachAttr("href"));
        assertFalse(browser.get("/staff").html().select("a[href=/staff/admin]").isEmpty(), "the menu links to it");
    }
}
