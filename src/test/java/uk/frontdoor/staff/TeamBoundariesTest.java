package uk.frontdoor.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.core.region.Team;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.work.WorkKind;
import uk.frontdoor.core.work.WorkQueue;
import uk.frontdoor.staff.StaffFixture.Item;
import uk.frontdoor.staff.StaffFixture.Person;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.WebClient;

@MicronautTest(transactional = false)
class TeamBoundariesTest extends AppTest {
    @Inject
    StaffFixture fixture;
    @Inject
    WorkQueue queue;
    @Inject
    RegionDirectory region;

    @Test
    void a_south_east_recruitment_officer_cannot_open_a_south_west_queue_or_item() {
        Team southWest = fixture.team("sw-recruitment");
        Item theirs = fixture.enquiry(southWest, "sutton");
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, fixture.team("se-recruitment"));
        WebClient browser = fixture.signIn(client(), sam);

        var queuePage = browser.get("/staff/queues/" + southWest.id());
        var itemPage = browser.get("/staff/items/" + theirs.id());

        assertEquals(404, queuePage.status(), "another team's queue is not found, as if there were none");
        assertEquals("Page not found", queuePage.html().selectFirst("h1").text());
        assertEquals(404, itemPage.status());
        assertEquals("Page not found", itemPage.html().selectFirst("h1").text());
        assertTrue(!itemPage.body().contains(theirs.fullName()), "nothing of the enquiry is shown");
        assertEquals(0, fixture.audits(sam.id(), "VIEW_ENQUIRY", "ENQUIRY", theirs.enquiryId()));
        assertEquals(200, browser.get("/staff/queues/" + fixture.team("se-recruitment").id()).status(), "their own queue opens");
    }

    @Test
    void a_south_east_recruitment_officer_cannot_change_a_south_west_item() {
        Item theirs = fixture.enquiry(fixture.team("sw-recruitment"), "sutton");
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, fixture.team("se-recruitment"));
        WebClient browser = fixture.signIn(client(), sam);
        browser.get("/staff");
        String path = "/staff/items/" + theirs.id();

        assertEquals(404, browser.post(path + "/claim", Map.of()).status());
        assertEquals(404, browser.post(path + "/assign", Map.of("assignee", String.valueOf(sam.id()), "version", "0")).status());
        assertEquals(404, browser.post(path + "/contacts", Map.of("channel", "NOTE", "summary", "Hello")).status());
        assertEquals(404, browser.post(path + "/outcome", Map.of("outcome", "INVITE_TO_EVENT", "version", "0")).status());

        var item = queue.find(theirs.id()).orElseThrow();
        assertNull(item.assignedTo());
        assertEquals(0, item.version(), "untouched");
    }

    @Test
    void a_form_sent_without_its_csrf_token_is_refused() {
        Team team = fixture.newSouthEastTeam();
        Item item = fixture.enquiry(team);
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, team);
        WebClient browser = fixture.signIn(client(), sam);

        var forged = browser.postRaw("/staff/items/" + item.id() + "/claim", Map.of());

        assertEquals(403, forged.status());
        assertEquals("Your form could not be sent", forged.html().selectFirst("h1").text());
        assertNull(queue.find(item.id()).orElseThrow().assignedTo());
    }

    @Test
    void a_team_manager_can_open_any_teams_item() {
        Item theirs = fixture.enquiry(fixture.team("sw-recruitment"), "sutton");
        Person manager = fixture.person("Kim Lee", Role.TEAM_MANAGER);

        var page = fixture.signIn(client(), manager).get("/staff/items/" + theirs.id());

        assertEquals(200, page.status());
        assertEquals(1, fixture.audits(manager.id(), "VIEW_ENQUIRY", "ENQUIRY", theirs.enquiryId()));
    }

    @Test
    void a_person_who_is_not_an_administrator_cannot_open_or_use_administration() {
        Person manager = fixture.person("Kim Lee", Role.TEAM_MANAGER);
        WebClient browser = fixture.signIn(client(), manager);
        var before = region.routing();
        long croydon = region.boroughByCode("croydon").orElseThrow().id();

        for (String path : List.of("/staff/admin", "/staff/admin/accounts", "/staff/admin/accounts/new",
                "/staff/admin/routing", "/staff/admin/targets")) {
            var page = browser.get(path);
            assertEquals(403, page.status(), path);
            assertEquals("You cannot view this page", page.html().selectFirst("h1").text(), path);
        }
        var post = browser.post("/staff/admin/routing",
                Map.of("route-ENQUIRY-" + croydon, String.valueOf(fixture.team("sw-recruitment").id())));
        var create = browser.post("/staff/admin/accounts/new", Map.of("fullName", "Eve", "email", uniqueEmail("eve"),
                "password", "a long enough password", "roles", "ADMINISTRATOR"));

        assertEquals(403, post.status());
        assertEquals(403, create.status());
        assertEquals(before.teamFor(WorkKind.ENQUIRY, croydon), region.routing().teamFor(WorkKind.ENQUIRY, croydon));
        assertTrue(browser.get("/staff").html().select("a[href=/staff/admin]").isEmpty(), "no Administration link");
    }
}
