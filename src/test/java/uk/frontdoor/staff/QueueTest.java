package uk.frontdoor.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.region.Team;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.staff.StaffAccounts;
import uk.frontdoor.core.work.TriageChoice;
import uk.frontdoor.core.work.TriageOutcome;
import uk.frontdoor.core.work.WorkQueue;
import uk.frontdoor.staff.StaffFixture.Item;
import uk.frontdoor.staff.StaffFixture.Person;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.WebClient;

@MicronautTest(transactional = false)
class QueueTest extends AppTest {
    /** Wednesday 12 June 2030, mid-morning in London: the "today" of these tests. */
    private static final Instant TODAY = Instant.parse("2030-06-12T09:00:00Z");

    @Inject
    StaffFixture fixture;
    @Inject
    WorkQueue queue;
    @Inject
    StaffAccounts accounts;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private Item receivedOn(Team team, String instant) {
        clock.set(Instant.parse(instant));
        return fixture.enquiry(team);
    }

    private static List<String> column(WebClient.Page page, int column) {
        List<String> cells = new ArrayList<>();
        for (Element row : page.html().select("#queue-results tbody tr")) {
            cells.add(row.select("td").get(column + 1).text()); // after the tick box of a bulk move
        }
        return cells;
    }

    @Test
    void overdue_items_come_first_then_the_rest_by_due_date_with_their_clocks() {
        Team team = fixture.newSouthEastTeam();
        Item dueInTen = receivedOn(team, "2030-06-12T08:00:00Z");
        Item oldest = receivedOn(team, "2030-05-15T09:00:00Z");
        Item dueToday = receivedOn(team, "2030-05-29T09:00:00Z");
        Item overdue = receivedOn(team, "2030-05-22T09:00:00Z");
        clock.set(TODAY);
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, team);

        var page = fixture.signIn(client(), sam).get("/staff/queues/" + team.id());

        assertEquals(200, page.status());
        assertEquals(List.of(oldest.reference(), overdue.reference(), dueToday.reference(), dueInTen.reference()),
                column(page, 0));
        assertEquals(List.of("30 May 2030 Overdue", "6 June 2030 Overdue", "12 June 2030 Due today",
                "26 June 2030 Due in 10 working days"), column(page, 3));
        assertEquals("15 May 2030", column(page, 2).get(0));
        assertEquals(List.of("New", "New", "New", "New"), column(page, 4));
        assertEquals("govuk-tag govuk-tag--red", page.html().select("#queue-results tbody tr").get(0)
                .selectFirst("td:eq(4) strong").className());
    }

    @Test
    void the_home_page_shows_each_queue_with_its_counts() {
        Team team = fixture.newSouthEastTeam();
        receivedOn(team, "2030-05-15T09:00:00Z");
        receivedOn(team, "2030-05-22T09:00:00Z");
        Item claimed = receivedOn(team, "2030-06-12T08:00:00Z");
        clock.set(TODAY);
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, team);
        queue.claim(claimed.id(), accounts.find(sam.id()).orElseThrow());

        var home = fixture.signIn(client(), sam).get("/staff");

        assertEquals(200, home.status());
        var cards = home.html().select(".app-queue-card");
        assertEquals(1, cards.size(), "a recruitment officer sees only their own team's queue");
        Element card = cards.first();
        assertEquals(team.name(), card.selectFirst("h2 a").text());
        assertEquals("/staff/queues/" + team.id(), card.selectFirst("h2 a").attr("href"));
        assertEquals(List.of("3", "2", "2"), card.select("dd").eachText(), "open, overdue, unassigned");
        assertEquals("Oldest open item received 15 May 2030", card.selectFirst("p").text());
    }

    @Test
    void a_team_manager_sees_every_queue() {
        Team team = fixture.newSouthEastTeam();
        Person manager = fixture.person("Kim Lee", Role.TEAM_MANAGER);

        var home = fixture.signIn(client(), manager).get("/staff");

        List<String> queues = home.html().select(".app-queue-card h2").eachText();
        assertTrue(queues.containsAll(List.of("South East recruitment", "South West recruitment", team.name())), queues.toString());
    }

    @Test
    void a_person_in_no_team_is_told_who_to_ask() {
        Person newcomer = fixture.person("Ali Khan", Role.RECRUITMENT_OFFICER);

        var home = fixture.signIn(client(), newcomer).get("/staff");

        assertTrue(home.html().select(".app-queue-card").isEmpty());
        assertTrue(home.body().contains("You are not in a team yet"));
        assertTrue(home.body().contains("Ask an administrator or your team manager to add you to your team."));
    }

    @Test
    void the_filters_show_my_items_unassigned_items_or_one_status() {
        Team team = fixture.newSouthEastTeam();
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, team);
        Person kim = fixture.person("Kim Lee", Role.RECRUITMENT_OFFICER, team);
        Item mine = fixture.enquiry(team);
        Item kims = fixture.enquiry(team);
        Item nobodys = fixture.enquiry(team);
        Item closed = fixture.enquiry(team);
        queue.claim(mine.id(), accounts.find(sam.id()).orElseThrow());
        queue.claim(kims.id(), accounts.find(kim.id()).orElseThrow());
        queue.recordOutcome(closed.id(), 0, accounts.find(kim.id()).orElseThrow(),
                new TriageChoice(TriageOutcome.NO_FURTHER_ACTION, "", "Moved abroad", "", null));
        WebClient browser = fixture.signIn(client(), sam);
        String path = "/staff/queues/" + team.id();

        assertEquals(new HashSet<>(List.of(mine.reference(), kims.reference(), nobodys.reference())),
                new HashSet<>(column(browser.get(path), 0)), "every open item by default");
        assertEquals(List.of(mine.reference()), column(browser.get(path + "?assigned=me"), 0));
        assertEquals(List.of(nobodys.reference()), column(browser.get(path + "?assigned=unassigned"), 0));
        assertEquals(List.of(closed.reference()), column(browser.get(path + "?assigned=anyone&status=NO_FURTHER_ACTION"), 0));
        assertEquals(List.of(mine.reference()), column(browser.get(path + "?assigned=me&status=NEW"), 0));
        var none = browser.get(path + "?assigned=me&status=SIGNPOSTED");
        assertTrue(column(none, 0).isEmpty());
        assertEquals("There are no items that match these filters.", none.html().selectFirst("#queue-results p").text());

        var filtered = browser.get(path + "?assigned=unassigned");
        assertEquals("unassigned", filtered.html().selectFirst("#assigned option[selected]").val(), "the form keeps the filter");
        var everyone = browser.get(path);
        List<String> refs = column(everyone, 0);
        List<String> assignees = column(everyone, 5);
        assertEquals(kim.name(), assignees.get(refs.indexOf(kims.reference())));
        assertEquals("Unassigned", assignees.get(refs.indexOf(nobodys.reference())));
    }

    @Test
    void nonsense_in_the_address_shows_the_default_queue_rather_than_an_error() {
        Team team = fixture.newSouthEastTeam();
        Item item = fixture.enquiry(team);
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, team);

        var page = fixture.signIn(client(), sam)
                .get("/staff/queues/" + team.id() + "?assigned=everyone&status=LOST&afterDue=yesterday&afterId=x");

        assertEquals(200, page.status());
        assertEquals(List.of(item.reference()), column(page, 0));
    }

    @Test
    void paging_shows_25_items_at_a_time_and_the_next_page_carries_on_without_repeats() {
        Team team = fixture.newSouthEastTeam();
        List<String> all = new ArrayList<>();
        for (int day = 0; day < 27; day++) {
            // three a day, so that several items share a due date and the id breaks the tie
            all.add(receivedOn(team, Instant.parse("2030-05-01T09:00:00Z").plusSeconds(86_400L * (day / 3)).toString())
                    .reference());
        }
        clock.set(TODAY);
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, team);
        WebClient browser = fixture.signIn(client(), sam);

        var first = browser.get("/staff/queues/" + team.id() + "?assigned=anyone");
        List<String> firstRefs = column(first, 0);
        Element next = first.html().selectFirst(".govuk-pagination__next a");
        assertNotNull(next, "there is a next page");
        assertNull(first.html().selectFirst(".govuk-pagination__prev a"), "no way back from the first page");
        var second = browser.get(next.attr("href"));
        List<String> secondRefs = column(second, 0);

        assertEquals(25, firstRefs.size());
        assertEquals(2, secondRefs.size());
        List<String> seen = new ArrayList<>(firstRefs);
        seen.addAll(secondRefs);
        assertEquals(all, seen, "every item once, in due order");
        assertTrue(next.attr("href").contains("assigned=anyone"), "the next page keeps the filters");
        assertNull(second.html().selectFirst(".govuk-pagination__next a"), "no next page after the last");
        assertEquals("/staff/queues/" + team.id() + "?assigned=anyone&status=",
                second.html().selectFirst(".govuk-pagination__prev a").attr("href"));
    }

    @Test
    void with_htmx_the_filters_fetch_only_the_results() {
        Team team = fixture.newSouthEastTeam();
        Item item = fixture.enquiry(team);
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, team);
        WebClient browser = fixture.signIn(client(), sam);

        var whole = browser.get("/staff/queues/" + team.id());
        var partial = browser.get("/staff/queues/" + team.id() + "?assigned=unassigned", Map.of("HX-Request", "true"));

        assertTrue(whole.body().contains("<html"));
        assertEquals("/staff/queues/" + team.id(), whole.html().selectFirst("form[data-hx-get]").attr("data-hx-get"));
        assertEquals("#queue-results", whole.html().selectFirst("form[data-hx-get]").attr("data-hx-target"));
        assertEquals(200, partial.status());
        assertFalse(partial.body().contains("<html"), "no page around the results");
        assertFalse(partial.body().contains("govuk-header"));
        assertTrue(partial.body().trim().startsWith("<div id=\"queue-results\""), partial.body());
        assertEquals(List.of(item.reference()), column(partial, 0));
    }

    @Test
    void looking_at_a_queue_is_written_to_the_audit_log() {
        Team team = fixture.newSouthEastTeam();
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, team);
        WebClient browser = fixture.signIn(client(), sam);

        browser.get("/staff/queues/" + team.id());
        browser.get("/staff/queues/" + team.id() + "?assigned=me");

        assertEquals(2, fixture.audits(sam.id(), "VIEW_QUEUE", "TEAM", team.id()));
    }
}
