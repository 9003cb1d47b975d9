package uk.frontdoor.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.region.Team;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.staff.StaffAccounts;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.core.work.WorkItem;
import uk.frontdoor.core.work.WorkItemStatus;
import uk.frontdoor.core.work.WorkQueue;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.staff.StaffFixture.Item;
import uk.frontdoor.staff.StaffFixture.Person;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.WebClient;

@MicronautTest(transactional = false)
class TriageTest extends AppTest {
    @Inject
    StaffFixture fixture;
    @Inject
    WorkQueue queue;
    @Inject
    StaffAccounts accounts;
    @Inject
    Sql sql;

    private String itemPath(Item item) {
        return "/staff/items/" + item.id();
    }

    private WorkItem now(Item item) {
        return queue.find(item.id()).orElseThrow();
    }

    private static String banner(WebClient.Page page) {
        var heading = page.html().selectFirst(".govuk-notification-banner__heading");
        return heading == null ? null : heading.text();
    }

    private static String version(WebClient.Page page) {
        return page.html().selectFirst("form[action$=/outcome] input[name=version]").val();
    }

    private long contactsLogged(Item item) {
        return sql.count("SELECT COUNT(*) FROM contact_log WHERE work_item_id = ?", item.id());
    }

    @Test
    void a_recruitment_officer_reads_the_enquiry_in_full_and_the_viewing_is_audited() {
        Team team = fixture.newSouthEastTeam();
        Item item = fixture.enquiry(team, "lewisham");
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, team);

        var page = fixture.signIn(client(), sam).get(itemPath(item));

        assertEquals(200, page.status());
        assertEquals("Enquiry from " + item.fullName(), page.html().selectFirst("h1").text());
        String text = page.html().selectFirst("main").text();
        for (String expected : List.of(item.reference(), item.fullName(), "Lewisham", "07700 900123", "Phone",
                "Evenings", "Weekends", "With a partner", "With Jo Smith", "Early permanence (fostering for adoption)",
                "Adopting brothers and sisters together", "A child of school age", "We have a spare room and a dog.",
                "Somewhere else", "A poster at the library", "Due in 10 working days", "Nobody yet")) {
            assertTrue(text.contains(expected), "shows " + expected);
        }
        assertEquals(1, fixture.audits(sam.id(), "VIEW_ENQUIRY", "ENQUIRY", item.enquiryId()));
        assertTrue(page.html().selectFirst("form[action$=/contacts] legend").hasClass("govuk-fieldset__legend--m"),
                page.html().selectFirst("form[action$=/contacts] legend").className());
        assertTrue(page.html().selectFirst("h2:containsOwn(Enquiry) + dl .govuk-summary-list__row")
                .hasClass("govuk-summary-list__row--no-actions"));
    }

    @Test
    void a_second_person_claiming_an_item_already_claimed_is_told_who_has_it() {
        Team team = fixture.newSouthEastTeam();
        Item item = fixture.enquiry(team);
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, team);
        Person kim = fixture.person("Kim Lee", Role.RECRUITMENT_OFFICER, team);
        WebClient samsBrowser = fixture.signIn(client(), sam);
        WebClient kimsBrowser = fixture.signIn(client(), kim);
        assertNotNull(samsBrowser.get(itemPath(item)).html().selectFirst("form[action$=/claim]"));
        assertNotNull(kimsBrowser.get(itemPath(item)).html().selectFirst("form[action$=/claim]"));

        var samClaims = samsBrowser.submit(itemPath(item) + "/claim", Map.of());
        var kimClaims = kimsBrowser.post(itemPath(item) + "/claim", Map.of());

        assertEquals("This item is now assigned to you.", banner(samClaims));
        assertEquals(sam.name(), samClaims.html().getElementById("item-assignee").text());
        assertEquals(409, kimClaims.status());
        assertEquals(sam.name() + " is already dealing with this item, so it has not been assigned to you.",
                banner(kimClaims));
        assertEquals(sam.name(), kimClaims.html().getElementById("item-assignee").text());
        assertNull(kimClaims.html().selectFirst("form[action$=/claim]"), "no claim button on a claimed item");
        assertEquals(sam.id(), now(item).assignedTo(), "the item keeps its first owner");
        assertEquals(1, fixture.audits(sam.id(), "CLAIMED", "ENQUIRY", item.enquiryId()));
        assertEquals(0, fixture.audits(kim.id(), "CLAIMED", "ENQUIRY", item.enquiryId()));
    }

    @Test
    void an_item_is_assigned_to_a_colleague_unless_someone_changed_it_first() {
        Team team = fixture.newSouthEastTeam();
        Item item = fixture.enquiry(team);
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, team);
        Person kim = fixture.person("Kim Lee", Role.RECRUITMENT_OFFICER, team);
        Person outsider = fixture.person("Ola Ade", Role.RECRUITMENT_OFFICER, fixture.team("sw-recruitment"));
        WebClient samsBrowser = fixture.signIn(client(), sam);
        WebClient kimsBrowser = fixture.signIn(client(), kim);
        String staleVersion = version(samsBrowser.get(itemPath(item)));
        kimsBrowser.get(itemPath(item));
        kimsBrowser.submit(itemPath(item) + "/claim", Map.of());

        var stale = samsBrowser.post(itemPath(item) + "/assign", Map.of("version", staleVersion, "assignee", String.valueOf(sam.id())));
        assertEquals(409, stale.status());
        assertEquals(kim.name() + " changed this item while you had it open, so your change was not made. "
                + "Check the item as it is now and try again.", banner(stale));
        assertEquals(kim.id(), now(item).assignedTo());

        var notInTeam = samsBrowser.post(itemPath(item) + "/assign",
                Map.of("version", version(stale), "assignee", String.valueOf(outsider.id())));
        assertEquals(422, notInTeam.status());
        assertEquals(List.of("Choose a colleague in this team"), notInTeam.errorSummary());
        assertEquals(kim.id(), now(item).assignedTo());

        var assigned = samsBrowser.submit(itemPath(item) + "/assign",
                Map.of("version", version(notInTeam), "assignee", String.valueOf(sam.id())));
        assertEquals("The item has been assigned.", banner(assigned));
        assertEquals(sam.id(), now(item).assignedTo());
        assertTrue(assigned.html().select("#history + ol li").text().contains("Assigned to " + sam.name()));
    }

    @Test
    void the_queue_itself_gives_an_item_only_to_someone_in_its_team() {
        Team team = fixture.newSouthEastTeam();
        Item item = fixture.enquiry(team);
        StaffMember manager = accounts.find(fixture.person("Kim Lee", Role.TEAM_MANAGER).id()).orElseThrow();
        Person outsider = fixture.person("Lee Park", Role.RECRUITMENT_OFFICER, fixture.team("sw-recruitment"));

        assertEquals(Result.refused("assignee", "staff.item.assign.error.choose"),
                queue.assign(item.id(), 0, outsider.id(), manager), "even for someone who sees every queue");
        assertNull(now(item).assignedTo());
        assertEquals(0, now(item).version(), "untouched");
    }

    @Test
    void a_logged_phone_call_appears_with_who_and_when_and_starts_work_on_the_item() {
        Team team = fixture.newSouthEastTeam();
        Item item = fixture.enquiry(team);
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, team);
        WebClient browser = fixture.signIn(client(), sam);
        browser.get(itemPath(item));

        var page = browser.submit(itemPath(item) + "/contacts",
                Map.of("channel", "PHONE_CALL", "summary", "Talked about the next information evening.\nWill send details."));

        assertEquals("The contact has been added to the log.", banner(page));
        var entry = page.html().selectFirst("#history + ol li.app-log--contact");
        assertEquals("Phone call", entry.selectFirst("h3").text());
        assertTrue(entry.text().contains("by " + sam.name()), entry.text());
        assertTrue(entry.text().matches(".*\\d{1,2} \\w+ \\d{4} at \\d{1,2}:\\d{2}(am|pm), by .*"), entry.text());
        assertEquals(2, entry.select("p").get(1).textNodes().size(), "line breaks are kept");
        assertEquals(WorkItemStatus.IN_PROGRESS, now(item).status());
        assertNotNull(now(item).firstResponseAt(), "the first contact is the first response");
        assertTrue(page.html().select("#history + ol li").text().contains("Status changed from New to In progress"));
        assertEquals(1, fixture.audits(sam.id(), "LOG_CONTACT", "ENQUIRY", item.enquiryId()));
    }

    @Test
    void the_item_says_at_the_top_what_to_do_next_as_the_work_goes_on() {
        Team team = fixture.newSouthEastTeam();
        Item item = fixture.enquiry(team);
        WebClient browser = fixture.signIn(client(), fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, team));
        String due = DisplayDates.day(now(item).dueDate());
        assertEquals("Next: assign this item to someone, or to yourself. The first response is due by " + due + ".",
                browser.get(itemPath(item)).html().getElementById("next-action").text());
        browser.submit(itemPath(item) + "/claim", Map.of());
        assertEquals("Next: get in touch and add it to the contact log. The first response is due by " + due + ".",
                browser.get(itemPath(item)).html().getElementById("next-action").text());
        var logged = browser.submit(itemPath(item) + "/contacts", Map.of("channel", "PHONE_CALL", "summary", "Called."));
        assertEquals("Next: keep the contact log up to date, and record the outcome when there is one.",
                logged.html().getElementById("next-action").text());
    }

    @Test
    void a_contact_without_a_summary_is_refused_and_nothing_is_written() {
        Team team = fixture.newSouthEastTeam();
        Item item = fixture.enquiry(team);
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, team);
        WebClient browser = fixture.signIn(client(), sam);
        browser.get(itemPath(item));

        var blank = browser.post(itemPath(item) + "/contacts", Map.of("summary", "  "));
        var tooLong = browser.post(itemPath(item) + "/contacts", Map.of("channel", "EMAIL", "summary", "x".repeat(4001)));
        var madeUp = browser.post(itemPath(item) + "/contacts", Map.of("channel", "CARRIER_PIGEON", "summary", "Hello"));

        assertEquals(422, blank.status());
        assertEquals(List.of("Select how you made contact", "Enter what was said or done"), blank.errorSummary());
        assertEquals("Enter what was said or done", blank.inlineError("summary"));
        assertTrue(blank.html().title().startsWith("Error: "));
        assertEquals(422, tooLong.status());
        assertEquals(List.of("What was said or done must be 4,000 characters or fewer"), tooLong.errorSummary());
        assertEquals("x".repeat(4001), tooLong.html().getElementById("summary").text(), "what was typed is kept");
        assertTrue(tooLong.html().getElementById("channel-EMAIL").hasAttr("checked"));
        assertEquals(List.of("Select how you made contact"), madeUp.errorSummary());
        assertEquals(0, contactsLogged(item));
        assertEquals(WorkItemStatus.NEW, now(item).status());
    }

    @Test
    void an_outcome_changes_the_status_and_appears_in_the_history() {
        Team team = fixture.newSouthEastTeam();
        Item item = fixture.enquiry(team);
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, team);
        WebClient browser = fixture.signIn(client(), sam);
        var before = browser.get(itemPath(item));

        var page = browser.submit(itemPath(item) + "/outcome", Map.of("outcome", "INVITE_TO_EVENT", "version", version(before)));

        assertEquals("The outcome has been recorded.", banner(page));
        assertEquals("Invited to information event", page.html().getElementById("item-status").text());
        var latest = page.html().selectFirst("#history + ol li");
        assertTrue(latest.text().startsWith("Invited to an information event"), latest.text());
        assertTrue(latest.text().contains("by " + sam.name()), latest.text());
        assertEquals(WorkItemStatus.EVENT_INVITED, now(item).status());
        assertEquals(1, fixture.audits(sam.id(), "TRIAGE_INVITE_TO_EVENT", "ENQUIRY", item.enquiryId()));
    }

    @Test
    void outcomes_that_need_more_said_are_refused_without_it_and_nothing_is_written() {
        Team team = fixture.newSouthEastTeam();
        Item item = fixture.enquiry(team);
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, team);
        WebClient browser = fixture.signIn(client(), sam);
        String version = version(browser.get(itemPath(item)));

        var nothingChosen = browser.post(itemPath(item) + "/outcome", Map.of("version", version));
        var signpost = browser.post(itemPath(item) + "/outcome", Map.of("outcome", "SIGNPOST", "version", version));
        var noAction = browser.post(itemPath(item) + "/outcome", Map.of("outcome", "NO_FURTHER_ACTION", "version", version));

        assertEquals(422, nothingChosen.status());
        assertEquals(List.of("Select what you have decided"), nothingChosen.errorSummary());
        assertEquals(List.of("Enter the name of the agency you are signposting them to"), signpost.errorSummary());
        assertEquals("Enter the name of the agency you are signposting them to", signpost.inlineError("agency"));
        assertTrue(signpost.html().getElementById("outcome-SIGNPOST").hasAttr("checked"), "the choice is kept");
        assertEquals(List.of("Enter the reason for no further action"), noAction.errorSummary());
        assertEquals(WorkItemStatus.NEW, now(item).status());
        assertEquals(Integer.parseInt(version), now(item).version(), "nothing changed");
        assertEquals(1, queue.history(item.id()).size(), "only its creation");
    }

    @Test
    void signposting_records_the_agency_and_closes_the_item() {
        Team team = fixture.newSouthEastTeam();
        Item item = fixture.enquiry(team);
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, team);
        WebClient browser = fixture.signIn(client(), sam);
        String version = version(browser.get(itemPath(item)));

        var page = browser.submit(itemPath(item) + "/outcome",
                Map.of("outcome", "SIGNPOST", "agency", "Kinship carers' charity", "version", version));

        assertEquals(WorkItemStatus.SIGNPOSTED, now(item).status());
        assertTrue(page.html().selectFirst("#history + ol li").text().contains("Kinship carers' charity"));
        assertTrue(page.body().contains("This item is closed."));
        assertNull(page.html().selectFirst("form[action$=/outcome]"), "a closed item has no outcome form");
        assertNull(page.html().selectFirst("form[action$=/contacts]"), "nor a contact form");
        assertNull(page.html().selectFirst("form[action$=/claim]"), "nor a claim button");

        var late = browser.post(itemPath(item) + "/contacts", Map.of("channel", "NOTE", "summary", "Too late"));
        assertEquals(409, late.status());
        assertEquals("This item has been closed, so it cannot be changed.", banner(late));
        assertEquals(0, contactsLogged(item));
        var again = browser.post(itemPath(item) + "/outcome", Map.of("outcome", "INVITE_TO_EVENT", "version", version));
        assertEquals(409, again.status());
        assertEquals(WorkItemStatus.SIGNPOSTED, now(item).status());
    }

    @Test
    void re_routing_opens_an_item_in_the_other_spokes_queue() {
        Team team = fixture.newSouthEastTeam();
        Team southWest = fixture.team("sw-recruitment");
        Item item = fixture.enquiry(team, "merton");
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, team);
        Person ola = fixture.person("Ola Ade", Role.RECRUITMENT_OFFICER, southWest);
        WebClient browser = fixture.signIn(client(), sam);
        String version = version(browser.get(itemPath(item)));

        var page = browser.submit(itemPath(item) + "/outcome", Map.of("outcome", "REROUTE", "version", version));

        WorkItem old = now(item);
        assertEquals(WorkItemStatus.REROUTED, old.status());
        WorkItem moved = queue.find(old.relatedItemId()).orElseThrow();
        assertEquals(southWest.id(), moved.teamId());
        assertEquals(WorkItemStatus.NEW, moved.status());
        assertEquals(item.reference(), moved.reference());
        assertEquals(old.dueDate(), moved.dueDate(), "the clock keeps running from the enquiry");
        long merton = sql.one("SELECT id FROM borough WHERE code = 'merton'", rs -> rs.getLong(1)).orElseThrow();
        assertEquals(List.of(merton, merton), sql.list("SELECT borough_id FROM work_item WHERE id IN (?, ?)",
                rs -> rs.getLong(1), old.id(), moved.id()), "both items count in Merton's figures (V66)");
        assertTrue(page.html().selectFirst("#history + ol li").text().contains("Re-routed to South West recruitment"));
        assertEquals("/staff/items/" + moved.id(), page.html().selectFirst(".govuk-inset-text a").attr("href"));

        WebClient olasBrowser = fixture.signIn(client(), ola);
        var swQueue = olasBrowser.get("/staff/queues/" + southWest.id() + "?afterDue=" + moved.dueDate()
                + "&afterId=" + (moved.id() - 1));
        assertEquals(item.reference(), swQueue.html().selectFirst("#queue-results tbody tr td a").text());
        var movedPage = olasBrowser.get("/staff/items/" + moved.id());
        assertEquals(200, movedPage.status());
        assertEquals("New", movedPage.html().getElementById("item-status").text());
        assertTrue(movedPage.html().select("#history + ol li").text().contains("Re-routed from " + team.name()));
        assertEquals(404, browser.get("/staff/items/" + moved.id()).status(), "it has left Sam's team");
    }

    @Test
    void a_duplicate_needs_the_reference_of_another_enquiry_that_exists() {
        Team team = fixture.newSouthEastTeam();
        Item item = fixture.enquiry(team);
        Item earlier = fixture.enquiry(team);
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, team);
        WebClient browser = fixture.signIn(client(), sam);
        String version = version(browser.get(itemPath(item)));
        String path = itemPath(item) + "/outcome";
        String unknown = new uk.frontdoor.core.reference.ReferenceNumbers().next("ENQ");

        assertEquals(List.of("Enter the reference of the other enquiry"),
                browser.post(path, Map.of("outcome", "DUPLICATE", "version", version)).errorSummary());
        assertEquals(List.of("Enter a reference in the right format, like ENQ-7K3M-9QW4-B"),
                browser.post(path, Map.of("outcome", "DUPLICATE", "otherReference", "ENQ-1234", "version", version)).errorSummary());
        assertEquals(List.of("Enter the reference of a different enquiry, not this one"),
                browser.post(path, Map.of("outcome", "DUPLICATE", "otherReference", item.reference().toLowerCase(), "version", version)).errorSummary());
        var notThere = browser.post(path, Map.of("outcome", "DUPLICATE", "otherReference", unknown, "version", version));
        assertEquals(422, notThere.status());
        assertEquals(List.of("There is no enquiry with that reference"), notThere.errorSummary());
        assertEquals(WorkItemStatus.NEW, now(item).status());

        var page = browser.submit(path, Map.of("outcome", "DUPLICATE", "otherReference", " " + earlier.reference().toLowerCase(), "version", version));

        assertEquals(WorkItemStatus.DUPLICATE, now(item).status());
        assertEquals(earlier.id(), now(item).relatedItemId(), "the two items are linked");
        assertEquals("/staff/items/" + earlier.id(), page.html().selectFirst(".govuk-inset-text a").attr("href"));
        assertTrue(page.html().selectFirst("#history + ol li").text().contains(earlier.reference()));
    }

    @Test
    void a_stale_outcome_is_refused_and_names_who_changed_the_item() {
        Team team = fixture.newSouthEastTeam();
        Item item = fixture.enquiry(team);
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, team);
        Person kim = fixture.person("Kim Lee", Role.RECRUITMENT_OFFICER, team);
        WebClient samsBrowser = fixture.signIn(client(), sam);
        WebClient kimsBrowser = fixture.signIn(client(), kim);
        String samsVersion = version(samsBrowser.get(itemPath(item)));
        kimsBrowser.get(itemPath(item));
        kimsBrowser.submit(itemPath(item) + "/contacts", Map.of("channel", "EMAIL", "summary", "Sent the information pack"));

        var stale = samsBrowser.post(itemPath(item) + "/outcome", Map.of("outcome", "ARRANGE_VISIT", "version", samsVersion));

        assertEquals(409, stale.status());
        assertTrue(banner(stale).startsWith(kim.name() + " changed this item while you had it open"), banner(stale));
        assertEquals(WorkItemStatus.IN_PROGRESS, now(item).status());
    }

    @Test
    void the_audit_log_records_views_and_changes_and_cannot_be_altered() {
        Team team = fixture.newSouthEastTeam();
        Item item = fixture.enquiry(team);
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, team);
        WebClient browser = fixture.signIn(client(), sam);
        browser.get(itemPath(item));
        browser.submit(itemPath(item) + "/claim", Map.of());
        var page = browser.submit(itemPath(item) + "/contacts", Map.of("channel", "NOTE", "summary", "Left a voicemail"));
        browser.submit(itemPath(item) + "/outcome", Map.of("outcome", "ARRANGE_VISIT", "version", version(page)));

        assertEquals(4, fixture.audits(sam.id(), "VIEW_ENQUIRY", "ENQUIRY", item.enquiryId()), "each page shown");
        assertEquals(1, fixture.audits(sam.id(), "CLAIMED", "ENQUIRY", item.enquiryId()));
        assertEquals(1, fixture.audits(sam.id(), "LOG_CONTACT", "ENQUIRY", item.enquiryId()));
        assertEquals(1, fixture.audits(sam.id(), "TRIAGE_ARRANGE_VISIT", "ENQUIRY", item.enquiryId()));

        long row = sql.one("SELECT MAX(id) FROM audit_event WHERE actor_id = ?", rs -> rs.getLong(1), sam.id()).orElseThrow();
        assertThrows(RuntimeException.class, () -> sql.update("UPDATE audit_event SET detail = 'edited' WHERE id = ?", row));
        assertThrows(RuntimeException.class, () -> sql.update("DELETE FROM audit_event WHERE id = ?", row));
        assertEquals(1, sql.count("SELECT COUNT(*) FROM audit_event WHERE id = ? AND (detail IS NULL OR detail <> 'edited')", row));
    }

    @Test
    void a_form_shown_again_after_a_refusal_or_a_conflict_is_one_audited_view_and_the_refusal_writes_nothing() {
        Team team = fixture.newSouthEastTeam();
        Item item = fixture.enquiry(team);
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, team);
        WebClient browser = fixture.signIn(client(), sam);
        browser.get(itemPath(item));

        assertEquals(422, browser.post(itemPath(item) + "/contacts", Map.of("channel", "NOTE")).status());
        assertEquals(409, browser.post(itemPath(item) + "/outcome", Map.of("outcome", "ARRANGE_VISIT", "version", "7"))
                .status());

        assertEquals(3, fixture.audits(sam.id(), "VIEW_ENQUIRY", "ENQUIRY", item.enquiryId()), "one per page shown");
        assertEquals(0, fixture.audits(sam.id(), "LOG_CONTACT", "ENQUIRY", item.enquiryId()));
        assertEquals(0, fixture.audits(sam.id(), "TRIAGE_ARRANGE_VISIT", "ENQUIRY", item.enquiryId()));
    }

    @Test
    void an_unknown_item_is_not_found_and_a_garbled_address_is_a_bad_request() {
        Person sam = fixture.person("Sam Jones", Role.TEAM_MANAGER);
        WebClient browser = fixture.signIn(client(), sam);

        assertEquals(404, browser.get("/staff/items/999999999").status());
        assertEquals(404, browser.get("/staff/queues/999999999").status());
        assertEquals(400, browser.get("/staff/items/abc").status());
        assertFalse(browser.get("/staff/items/abc").body().contains("Exception"));
    }
}
