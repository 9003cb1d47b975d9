package uk.frontdoor.staff.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.audit.Subject;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.work.WorkKind;
import uk.frontdoor.core.work.WorkQueue;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.staff.subjectaccess.SubjectAccessPeople;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Enquiries;
import uk.frontdoor.testing.WebClient;

/** Staff search and a person's page, over HTTP as staff use them (issue 15). */
@MicronautTest(transactional = false)
class StaffSearchTest extends AppTest {
    @Inject
    StaffFixture staff;
    @Inject
    SubjectAccessPeople people;
    @Inject
    Sql sql;
    @Inject
    WorkQueue queue;
    @Inject
    RegionDirectory region;

    private final Random random = new Random();

    /** Someone in the South East with an enquiry, a registration, a booking, training, a support request and emails. */
    private record Someone(SubjectAccessPeople.Everything has, String phone, String postcode, String tag) {
    }

    private Someone someone() {
        String tag = SubjectAccessPeople.tag();
        var has = people.everything(tag);
        String phone = "07700 9" + String.format("%05d", random.nextInt(100000));
        sql.update("UPDATE enquiry SET phone = ? WHERE email = ?", "+44 (0)" + phone.substring(1), has.email());
        String postcode = "SE" + (1 + random.nextInt(28)) + " " + random.nextInt(10) + "PB";
        sql.update("UPDATE registration_of_interest SET answers = REPLACE(answers, 'London', ?) WHERE reference = ?",
                "London%2C+" + postcode.replace(' ', '+'), has.registration());
        long request = sql.one("SELECT id FROM support_request WHERE reference = ?", rs -> rs.getLong(1),
                has.supportRequest()).orElseThrow();
        queue.create(WorkKind.SUPPORT_REQUEST, staff.team("se-support").id(), Subject.SUPPORT_REQUEST, request,
                has.supportRequest(), "Support request");
        return new Someone(has, phone, postcode, tag);
    }

    private static WebClient.Page search(WebClient browser, String typed) {
        return browser.get("/staff/search?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8));
    }

    /** Each hit: reference, kind and what matched. */
    private static List<String> hits(WebClient.Page page) {
        return page.html().select("#results tr.app-hit").stream()
                .map(r -> r.select("td").get(0).text() + " | " + r.select("td").get(1).text() + " | "
                        + r.select("td").get(3).text()).toList();
    }

    private long searches(long staffId) {
        return sql.count("SELECT COUNT(*) FROM audit_event WHERE actor_type = 'STAFF' AND actor_id = ?"
                + " AND action = 'STAFF_SEARCH' AND subject_type = 'PERSON'", staffId);
    }

    @Test
    void an_officer_finds_a_person_by_each_key_exact_keys_first_and_every_search_is_audited_without_what_was_typed() {
        Someone s = someone();
        var officer = staff.person("Sol Search", Role.RECRUITMENT_OFFICER, staff.team("se-recruitment"));
        WebClient browser = staff.signIn(client(), officer);

        assertEquals(List.of(s.has().enquiry() + " | Enquiry | Reference"),
                hits(search(browser, s.has().enquiry().toLowerCase().replace("-", " "))), "a reference typed any way");
        assertEquals(s.has().registration() + " | Registration of interest | Reference",
                hits(search(browser, s.has().registration())).get(0));
        var byEmail = hits(search(browser, " " + s.has().email().replace("example.org", "Example.ORG")));
        assertTrue(byEmail.contains(s.has().enquiry() + " | Enquiry | Email address"), byEmail.toString());
        assertTrue(byEmail.contains(s.has().booking() + " | Event booking | Email address"), byEmail.toString());
        assertTrue(byEmail.stream().anyMatch(h -> h.endsWith("| Adopter journey | Email address")), byEmail.toString());
        assertEquals(List.of(s.has().enquiry() + " | Enquiry | Phone number"), hits(search(browser, s.phone())),
                "+44 (0)7700… is found as 07700…");
        var byPostcode = hits(search(browser, s.postcode().toLowerCase().replace(" ", "")));
        assertTrue(byPostcode.contains(s.has().registration() + " | Registration of interest | Postcode"),
                byPostcode.toString());
        var byName = search(browser, "subj " + s.tag());
        assertTrue(hits(byName).contains(s.has().enquiry() + " | Enquiry | Name"), hits(byName).toString());
        assertTrue(hits(byName).contains(s.has().booking() + " | Event booking | Name"), hits(byName).toString());
        assertFalse(hits(byName).stream().anyMatch(h -> h.startsWith(s.has().supportRequest())),
                "the support team's request is not a recruitment officer's to find");
        Element enquiryRow = byName.html().select("#results tr.app-hit").stream()
                .filter(r -> r.text().contains(s.has().enquiry())).findFirst().orElseThrow();
        assertTrue(enquiryRow.selectFirst("a").attr("href").startsWith("/staff/items/"));

        assertEquals(6, searches(officer.id()));
        String details = String.join("\n", sql.list("SELECT detail FROM audit_event WHERE actor_id = ?"
                + " AND action = 'STAFF_SEARCH'", rs -> rs.getString(1), officer.id()));
        assertTrue(details.contains(s.has().enquiry()), "the audit names the records shown");
        assertFalse(details.toLowerCase().contains(s.has().email().toLowerCase()), "never the address typed");
        assertFalse(details.contains(s.phone().substring(1, 7)), "nor the number");
        assertFalse(details.contains(s.tag()), "nor the name");
    }

    @Test
    void a_search_never_crosses_a_team_boundary_but_a_team_manager_sees_every_team() {
        Someone s = someone();
        var elsewhere = Enquiries.make(sql, queue, region, "far-" + s.tag() + "@example.org", s.has().name(), "merton");
        WebClient southEast = staff.signIn(client(), staff.person("Sol East", Role.RECRUITMENT_OFFICER,
                staff.team("se-recruitment")));
        WebClient southWest = staff.signIn(client(), staff.person("Wren West", Role.RECRUITMENT_OFFICER,
                staff.team("sw-recruitment")));
        WebClient manager = staff.signIn(client(), staff.person("Mo Manager", Role.TEAM_MANAGER,
                staff.team("se-recruitment")));

        var east = hits(search(southEast, s.has().name()));
        assertTrue(east.contains(s.has().enquiry() + " | Enquiry | Name"));
        assertFalse(east.stream().anyMatch(h -> h.startsWith(elsewhere.reference())), east.toString());
        var notTheirs = search(southEast, elsewhere.reference());
        assertEquals(200, notTheirs.status());
        assertTrue(hits(notTheirs).isEmpty());
        assertTrue(notTheirs.html().selectFirst("#no-results").text().contains(elsewhere.reference()));
        assertFalse(hits(search(southWest, s.has().enquiry())).stream().anyMatch(h -> h.contains(s.has().enquiry())));
        assertEquals(List.of(elsewhere.reference() + " | Enquiry | Reference"),
                hits(search(southWest, elsewhere.reference())));

        var all = hits(search(manager, s.has().name()));
        assertTrue(all.contains(s.has().enquiry() + " | Enquiry | Name"), all.toString());
        assertTrue(all.contains(elsewhere.reference() + " | Enquiry | Name"), all.toString());
        assertTrue(all.contains(s.has().supportRequest() + " | Support request | Name"), all.toString());
    }

    @Test
    void nothing_or_too_little_typed_is_a_clear_error_and_the_box_is_on_every_staff_page() {
        var officer = staff.person("Sol Short", Role.SUPPORT_WORKER, staff.team("se-support"));
        WebClient browser = staff.signIn(client(), officer);
        var start = browser.get("/staff/search");
        assertEquals(200, start.status());
        assertTrue(start.errorSummary().isEmpty());
        var blank = search(browser, "  ");
        assertEquals(422, blank.status());
        assertEquals(List.of("Enter a reference, name, email address, phone number or postcode"), blank.errorSummary());
        assertEquals("Enter a reference, name, email address, phone number or postcode", blank.inlineError("q"));
        var shortOne = search(browser, "Al");
        assertEquals(422, shortOne.status());
        assertEquals(List.of("Enter at least 3 characters"), shortOne.errorSummary());
        assertEquals("Al", shortOne.html().selectFirst("#q").val());
        assertEquals(422, search(browser, "not@an@address").status());
        assertEquals(3, searches(officer.id()), "refusals are audited too; opening the empty page is not a search");

        for (String page : List.of("/staff", "/staff/account", "/staff/search")) {
            Element box = browser.get(page).html().selectFirst("form[role=search][action=/staff/search][method=get]");
            assertTrue(box != null && box.selectFirst("input[name=q]") != null, page);
        }
        WebClient admin = staff.signIn(client(), staff.person("Ada Admin", Role.ADMINISTRATOR));
        assertEquals(403, admin.get("/staff/search?q=Alice").status());
        assertTrue(admin.get("/staff/admin").html().select("form[role=search]").isEmpty(),
                "no box for someone who may not search");
    }

    @Test
    void a_persons_page_shows_every_kind_of_record_the_viewer_may_see_and_each_view_is_audited() {
        Someone s = someone();
        var manager = staff.person("Mo Person", Role.TEAM_MANAGER, staff.team("se-recruitment"));
        WebClient browser = staff.signIn(client(), manager);
        var found = search(browser, s.has().enquiry());
        String personHref = found.html().selectFirst("#results a.app-person-link").attr("href");
        long before = sql.count("SELECT COUNT(*) FROM audit_event WHERE actor_id = ? AND action = 'VIEW_PERSON'",
                manager.id());

        var page = browser.get(personHref);
        assertEquals(200, page.status());
        String text = page.html().selectFirst("main").text();
        assertEquals(s.has().name(), page.html().selectFirst("h1").text());
        for (String shown : List.of(s.has().enquiry(), s.has().supportRequest(), s.has().registration(),
                s.has().booking(), s.has().course(), "Accepted")) {
            assertTrue(text.contains(shown), shown + " on the person's page");
        }
        assertFalse(page.html().select("#emails + table tbody tr").isEmpty(), "the emails sent");
        assertTrue(page.html().select("#timeline ~ ol li").size() >= 3, "the history as one timeline");
        assertEquals("page", page.html().selectFirst(".govuk-service-navigation__item--active a")
                .attr("aria-current"));
        assertEquals("Search", page.html().selectFirst(".govuk-service-navigation__item--active").text());
        assertEquals(before + 1, sql.count("SELECT COUNT(*) FROM audit_event WHERE actor_id = ?"
                + " AND action = 'VIEW_PERSON'", manager.id()), "one audit row per view");
        String detail = sql.one("SELECT detail FROM audit_event WHERE actor_id = ? AND action = 'VIEW_PERSON'"
                + " ORDER BY id DESC LIMIT 1", rs -> rs.getString(1), manager.id()).orElseThrow();
        assertTrue(detail.contains(s.has().enquiry()) && !detail.contains(s.has().email()), detail);

        WebClient support = staff.signIn(client(), staff.person("Sam Person", Role.SUPPORT_WORKER,
                staff.team("se-support")));
        String theirs = support.get(personHref).html().selectFirst("main").text();
        assertTrue(theirs.contains(s.has().supportRequest()));
        assertFalse(theirs.contains(s.has().enquiry()), "the recruitment team's enquiry is not the support team's");
        assertFalse(theirs.contains(s.has().booking()), "nor are the events' registers");
        WebClient officer = staff.signIn(client(), staff.person("Wren Person", Role.RECRUITMENT_OFFICER,
                staff.team("sw-recruitment")));
        String registers = officer.get(personHref).html().selectFirst("main").text();
        assertTrue(registers.contains(s.has().booking()), "every recruitment officer reads events' registers");
        assertFalse(registers.contains(s.has().enquiry()), "but not another team's enquiry");
        WebClient southWest = staff.signIn(client(), staff.person("Sid Person", Role.SOCIAL_WORKER,
                staff.team("sw-recruitment")));
        assertEquals(404, southWest.get(personHref).status(), "someone none of whose records are theirs");
        assertEquals(404, browser.get("/staff/people/not-a-key").status());
    }
}
