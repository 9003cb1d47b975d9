package uk.frontdoor.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.audit.Subject;
import uk.frontdoor.core.region.Team;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.staff.StaffAccounts;
import uk.frontdoor.core.work.WorkItem;
import uk.frontdoor.core.work.WorkKind;
import uk.frontdoor.core.work.WorkQueue;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.staff.StaffFixture.Item;
import uk.frontdoor.staff.StaffFixture.Person;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Mailbox;
import uk.frontdoor.testing.WebClient;

/**
 * Issue 15, moving work: an enquiry taken by phone keyed in by staff, several items assigned or returned at once while
 * someone else changes one of them, a queue sorted and filtered from its address, and its download.
 */
@MicronautTest(transactional = false)
class MovingWorkTest extends AppTest {
    @Inject
    StaffFixture fixture;
    @Inject
    WorkQueue queue;
    @Inject
    StaffAccounts accounts;
    @Inject
    Sql sql;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** Everything the public form asks, as a member of staff would key it in for someone in {@code borough}. */
    static Map<String, Object> phoneEnquiry(String borough, String fullName, String email) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("method", "phone");
        form.put("borough", borough);
        form.put("fullName", fullName);
        form.put("email", email);
        form.put("phone", "07700 900982");
        form.put("contactMethod", "phone");
        form.put("contactTimes", List.of("weekday-evenings", "weekends"));
        form.put("applyingWith", "partner");
        form.put("partnerName", "Robin Okafor");
        form.put("interests", List.of("adopting-a-child"));
        form.put("heardAbout", "friend-or-family");
        form.put("privacy", "yes");
        return form;
    }

    @Test
    void an_enquiry_taken_by_phone_lands_in_the_queue_for_the_callers_council_with_its_method_and_is_acknowledged() throws Exception {
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, fixture.team("se-recruitment"));
        Person ola = fixture.person("Ola Berg", Role.RECRUITMENT_OFFICER, fixture.team("sw-recruitment"));
        String email = "caller-" + System.nanoTime() + "@example.org";
        WebClient browser = fixture.signIn(client(), sam);
        assertTrue(browser.get("/staff").html().select("a[href=/staff/enquiries/new]").size() == 1,
                "the work queues page leads to it");

        var sent = browser.post("/staff/enquiries/new", phoneEnquiry("wandsworth", "Dana Okafor", email));

        assertEquals(303, sent.status());
        var confirmation = browser.get(sent.location());
        String banner = confirmation.html().selectFirst(".govuk-notification-banner").text();
        String reference = sql.one("SELECT reference FROM enquiry WHERE email = ?", rs -> rs.getString(1), email)
                .orElseThrow();
        assertTrue(banner.contains("Enquiry " + reference + " recorded and sent to South West recruitment"), banner);
        assertEquals(List.of("PHONE", String.valueOf(sam.id())), sql.one(
                "SELECT method, recorded_by FROM enquiry WHERE reference = ?",
                rs -> List.of(rs.getString(1), rs.getString(2)), reference).orElseThrow());
        WorkItem item = queue.findByReference(reference, WorkKind.ENQUIRY).orElseThrow();
        assertEquals(fixture.team("sw-recruitment").id(), item.teamId(), "routed by the caller's council, not by Sam's team");
        assertEquals(1, fixture.audits(sam.id(), "ENQUIRY_RECORDED", "ENQUIRY", item.subjectId()));

        var itemPage = fixture.signIn(client(), ola).get("/staff/items/" + item.id());
        String details = itemPage.html().text();
        assertTrue(details.contains("How they enquired By phone Recorded by " + sam.name()), details);
        Element created = itemPage.html().select("#history + ol li").last();
        assertTrue(created.text().contains("Received") && created.text().contains(sam.name())
                && created.text().contains("Taken by phone and recorded by staff"), created.text());

        MimeMessage ack = Mailbox.await(email, 1, Duration.ofSeconds(15)).get(0);
        String text = ack.getSubject() + "\n" + Mailbox.body(ack);
        assertTrue(text.contains(reference), "the same acknowledgement as the public form: " + text);
        for (String personal : List.of("Dana", "Okafor", email, "07700", "Wandsworth")) {
            assertFalse(text.contains(personal), "no personal details in the email: " + personal);
        }
    }

    @Test
    void the_same_enquiry_form_sent_twice_or_twice_at_once_records_one_enquiry() throws Exception {
        Person sam = fixture.person("Sam Twice", Role.RECRUITMENT_OFFICER, fixture.team("se-recruitment"));
        String email = "twice-" + System.nanoTime() + "@example.org";
        WebClient browser = fixture.signIn(client(), sam);
        Map<String, Object> form = phoneEnquiry("wandsworth", "Dana Twice", email);
        form.put("formKey", browser.get("/staff/enquiries/new").html().selectFirst("input[name=formKey]").val());

        var first = browser.post("/staff/enquiries/new", form);
        var again = browser.post("/staff/enquiries/new", form); // a double click, or the browser resending
        assertEquals(303, again.status());
        assertEquals(first.location(), again.location(), "both answered with the one enquiry recorded");
        assertEquals(1, sql.count("SELECT COUNT(*) FROM enquiry WHERE email = ?", email));
        assertEquals(1, sql.count("SELECT COUNT(*) FROM outbox_email WHERE recipient = ?", email), "one acknowledgement");

        // two sendings of one new form at the same moment (from two tabs signed in as Sam)
        String other = "twice-at-once-" + System.nanoTime() + "@example.org";
        WebClient tab1 = fixture.signIn(client(), sam);
        WebClient tab2 = fixture.signIn(client(), sam);
        Map<String, Object> same = phoneEnquiry("wandsworth", "Dana Twice", other);
        same.put("formKey", tab1.get("/staff/enquiries/new").html().selectFirst("input[name=formKey]").val());
        tab2.get("/staff/enquiries/new");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> tab1.post("/staff/enquiries/new", same));
            var b = pool.submit(() -> tab2.post("/staff/enquiries/new", same));
            assertEquals(a.get().location(), b.get().location());
            assertEquals(303, b.get().status());
        } finally {
            pool.shutdown();
        }
        assertEquals(1, sql.count("SELECT COUNT(*) FROM enquiry WHERE email = ?", other));
    }

    @Test
    void an_enquiry_keyed_by_staff_keeps_the_public_forms_rules_and_needs_how_it_came_and_the_privacy_notice() {
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, fixture.team("se-recruitment"));
        WebClient browser = fixture.signIn(client(), sam);
        Map<String, Object> form = phoneEnquiry("southwark", "Dana Okafor", "not-an-address");
        form.remove("method");
        form.remove("privacy");
        form.remove("partnerName");

        var page = browser.submit("/staff/enquiries/new", form);

        assertEquals(422, page.status());
        assertEquals(List.of("Select how they enquired",
                "Enter an email address in the correct format, like name@example.com",
                "Enter your partner’s full name",
                "Tell them how we will use their information, then confirm you have"), page.errorSummary());
        assertEquals("Dana Okafor", page.html().getElementById("fullName").val(), "what was typed is kept");
        assertEquals(0, sql.count("SELECT COUNT(*) FROM enquiry WHERE full_name = 'Dana Okafor' AND email = ?",
                "not-an-address"));

        form.put("method", "phone");
        form.put("privacy", "yes");
        form.put("email", "dana@example.org");
        form.put("partnerName", "Robin");
        form.put("borough", "elsewhere");
        assertEquals(List.of("We only take enquiries from people who live in our council areas: give them the details"
                        + " of the adoption agency for where they live"),
                browser.submit("/staff/enquiries/new", form).errorSummary());
        assertEquals(403, fixture.signIn(client(), fixture.person("Ada Admin", Role.ADMINISTRATOR))
                .get("/staff/enquiries/new").status(), "administrators work no cases");
    }

    /** The value each row's tick box sends, by reference, as the page showed it. */
    private static Map<String, String> tickBoxes(WebClient.Page page) {
        Map<String, String> boxes = new LinkedHashMap<>();
        for (Element row : page.html().select("#queue-results tbody tr")) {
            boxes.put(row.select("td").get(1).text(), row.selectFirst("input[name=items]").val());
        }
        return boxes;
    }

    private long historyLines(long itemId, String type) {
        return sql.count("SELECT COUNT(*) FROM work_item_event WHERE work_item_id = ? AND event_type = ?", itemId, type);
    }

    @Test
    void several_items_are_assigned_at_once_and_one_someone_else_claimed_meanwhile_is_skipped_and_named() {
        Team team = fixture.newSouthEastTeam();
        Item first = fixture.enquiry(team);
        Item claimedMeanwhile = fixture.enquiry(team);
        Item third = fixture.enquiry(team);
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, team);
        Person kim = fixture.person("Kim Lee", Role.RECRUITMENT_OFFICER, team);
        Person ola = fixture.person("Ola Berg", Role.RECRUITMENT_OFFICER, team);
        WebClient browser = fixture.signIn(client(), sam);
        Map<String, String> boxes = tickBoxes(browser.get("/staff/queues/" + team.id() + "?assigned=unassigned"));
        assertEquals(3, boxes.size());

        queue.claim(claimedMeanwhile.id(), accounts.find(kim.id()).orElseThrow()); // Kim, at the same moment
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("items", new ArrayList<>(boxes.values()));
        form.put("assignee", String.valueOf(ola.id()));
        form.put("action", "assign");
        form.put("assigned", "unassigned");
        var moved = browser.post("/staff/queues/" + team.id() + "/move", form);

        assertEquals(303, moved.status());
        assertTrue(moved.location().startsWith("/staff/queues/" + team.id() + "?assigned=unassigned&"), moved.location());
        String banner = browser.get(moved.location()).html().selectFirst(".govuk-notification-banner").text();
        assertTrue(banner.contains("2 items were moved"), banner);
        assertTrue(banner.contains("Not moved, because someone changed them since you opened this page: "
                + claimedMeanwhile.reference()), banner);
        assertEquals(ola.id(), queue.find(first.id()).orElseThrow().assignedTo());
        assertEquals(ola.id(), queue.find(third.id()).orElseThrow().assignedTo());
        assertEquals(kim.id(), queue.find(claimedMeanwhile.id()).orElseThrow().assignedTo(), "Kim keeps it");
        assertEquals(1, historyLines(first.id(), "ASSIGNED"));
        assertEquals(1, historyLines(third.id(), "ASSIGNED"));
        assertEquals(0, historyLines(claimedMeanwhile.id(), "ASSIGNED"));
        assertTrue(browser.get("/staff/items/" + first.id()).html().select("#history + ol li").first().text()
                .contains("Assigned to " + ola.name()));

        Map<String, String> assigned = tickBoxes(browser.get("/staff/queues/" + team.id()));
        var back = browser.post("/staff/queues/" + team.id() + "/move", Map.of("action", "return",
                "items", List.of(assigned.get(first.reference()), assigned.get(third.reference()))));
        assertEquals(303, back.status());
        assertNull(queue.find(first.id()).orElseThrow().assignedTo());
        assertNull(queue.find(third.id()).orElseThrow().assignedTo());
        assertEquals(1, historyLines(first.id(), WorkQueue.UNASSIGNED));
        assertEquals(1, fixture.audits(sam.id(), WorkQueue.UNASSIGNED, "ENQUIRY", first.enquiryId()));
    }

    @Test
    void a_move_needs_ticked_items_of_that_queue_and_a_colleague_in_its_team() {
        Team team = fixture.newSouthEastTeam();
        Team other = fixture.newSouthEastTeam();
        Item item = fixture.enquiry(team);
        Item elsewhere = fixture.enquiry(other);
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, team, other);
        Person outsider = fixture.person("Pat Out", Role.RECRUITMENT_OFFICER, other);
        WebClient browser = fixture.signIn(client(), sam);
        String path = "/staff/queues/" + team.id() + "/move";

        var none = browser.submit(path, Map.of("action", "assign", "assignee", String.valueOf(sam.id())));
        assertEquals(422, none.status());
        assertEquals(List.of("Select at least one item to move"), none.errorSummary());

        String box = item.id() + ":0";
        var stranger = browser.submit(path, Map.of("action", "assign", "items", box,
                "assignee", String.valueOf(outsider.id())));
        assertEquals(422, stranger.status());
        assertEquals(1, stranger.errorSummary().size(), "only a colleague in the item's team");
        assertEquals(404, browser.submit(path, Map.of("action", "return",
                "items", List.of(box, elsewhere.id() + ":0"))).status(), "an item of another queue moves nothing");
        assertNull(queue.find(item.id()).orElseThrow().assignedTo());
    }

    private static List<String> references(WebClient.Page page) {
        return page.html().select("#queue-results tbody tr").stream().map(r -> r.select("td").get(1).text()).toList();
    }

    @Test
    void a_queue_sorted_by_a_column_and_filtered_is_all_in_its_address_page_after_page() {
        Team team = fixture.newSouthEastTeam();
        List<String> newestFirst = new ArrayList<>();
        for (int day = 1; day <= 27; day++) {
            clock.set(Instant.parse("2030-05-01T09:00:00Z").plus(Duration.ofDays(day)));
            newestFirst.add(0, fixture.enquiry(team).reference());
        }
        clock.set(Instant.parse("2030-06-12T09:00:00Z"));
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, team);
        WebClient browser = fixture.signIn(client(), sam);

        String address = "/staff/queues/" + team.id() + "?assigned=unassigned&status=NEW&sort=received&order=descending";
        var first = browser.get(address);

        assertEquals(newestFirst.subList(0, 25), references(first));
        Element received = first.html().select("#queue-results thead th").get(2);
        assertEquals("descending", received.attr("aria-sort"));
        assertEquals(1, first.html().select("#queue-results thead th[aria-sort]").size(), "only the sorted column");
        assertEquals("/staff/queues/" + team.id() + "?assigned=unassigned&status=NEW&sort=received&order=ascending",
                received.selectFirst("a").attr("href"), "its heading turns the order round, keeping the filters");
        assertEquals("/staff/queues/" + team.id() + "?assigned=unassigned&status=NEW&sort=assignee&order=ascending",
                first.html().select("#queue-results thead th").get(5).selectFirst("a").attr("href"));
        assertEquals("received", first.html().selectFirst("form[method=get] input[name=sort]").val(),
                "applying other filters keeps the order");
        String next = first.html().selectFirst(".govuk-pagination__next a").attr("href");
        assertTrue(next.contains("sort=received&order=descending"), next);

        assertEquals(newestFirst.subList(25, 27), references(browser.get(next)), "the rest, none twice");
        assertEquals(newestFirst.subList(0, 25), references(browser.get(address)), "the same address, the same view");
    }

    @Test
    void the_download_is_exactly_the_page_shown_with_a_byte_order_mark_formula_safe_and_audited() {
        Team team = fixture.newSouthEastTeam();
        Item plain = fixture.enquiry(team);
        Item formula = fixture.enquiry(team);
        sql.update("UPDATE work_item SET title = '=HYPERLINK(\"http://evil.example\")' WHERE id = ?", formula.id());
        Item claimed = fixture.enquiry(team);
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, team);
        queue.claim(claimed.id(), accounts.find(sam.id()).orElseThrow());
        WebClient browser = fixture.signIn(client(), sam);
        var page = browser.get("/staff/queues/" + team.id() + "?assigned=unassigned");
        String csvHref = page.html().getElementById("queue-csv").attr("href");
        assertTrue(csvHref.startsWith("/staff/queues/" + team.id() + "/queue.csv?assigned=unassigned"), csvHref);

        var csv = browser.get(csvHref);

        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Type").orElseThrow().startsWith("text/csv"));
        assertTrue(csv.body().startsWith("\uFEFF"), "UTF-8 with a byte order mark, for spreadsheets");
        List<String> lines = csv.body().substring(1).lines().toList();
        assertTrue(lines.get(0).startsWith("\"Reference\",\"Title\",\"Received\",\"Due\""), lines.get(0));
        assertEquals(List.of(plain.reference(), formula.reference()),
                lines.subList(1, lines.size()).stream().map(l -> l.substring(1, l.indexOf('"', 1))).toList(),
                "only what the page shows: the claimed item is filtered out");
        assertEquals(references(page), List.of(plain.reference(), formula.reference()));
        assertTrue(lines.get(2).contains(",\"'=HYPERLINK(\"\"http://evil.example\"\")\","), lines.get(2));
        assertEquals(1, fixture.audits(sam.id(), "EXPORT_QUEUE", Subject.TEAM.name(), team.id()));
    }
}
