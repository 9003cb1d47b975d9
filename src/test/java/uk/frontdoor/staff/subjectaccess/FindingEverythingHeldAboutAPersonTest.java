package uk.frontdoor.staff.subjectaccess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.WebClient;

/**
 * A data protection officer finds a person by address, reference and name and reads everything held about them, as a
 * page and as a file: every kind of record is there, nothing of a look-alike address is, no secret is, each search and
 * report is one audit row, bad input is a GOV.UK error, and a team manager may not look.
 */
@MicronautTest(transactional = false)
class FindingEverythingHeldAboutAPersonTest extends AppTest {
    @Inject
    StaffFixture staff;

    @Inject
    SubjectAccessPeople people;

    @Inject
    Sql sql;

    @Inject
    JsonMapper json;

    StaffFixture.Person dpo;
    WebClient browser;
    SubjectAccessPeople.Everything alice;
    String lookAlikeEnquiry;

    @BeforeAll
    void make() {
        dpo = staff.person("Dana Protection", Role.DATA_PROTECTION_OFFICER);
        browser = staff.signIn(client(), dpo);
        alice = people.everything(SubjectAccessPeople.tag());
        lookAlikeEnquiry = people.lookAlike(alice.email(), alice.name()).reference();
    }

    @Test
    void the_page_and_the_file_hold_every_kind_of_record_and_nothing_of_a_look_alike_address() throws IOException {
        String report = reportAddress(alice.email());
        WebClient.Page page = browser.get(report);
        assertEquals(200, page.status());
        WebClient.Page file = browser.get(report + "/report.json");
        assertEquals(200, file.status());
        assertTrue(file.header("Content-Disposition").orElse("").startsWith("attachment; filename=\"subject-access-"));

        String html = page.html().select("main").text();
        String ethnicity = "white-irish";
        List<String> held = List.of(alice.email(), alice.enquiry(), ethnicity, alice.registration(),
                "Inhaler for asthma", // a registration answer
                "ACCEPT_REGISTRATION", // an audit entry about the registration
                alice.booking(), "Step-free access please", alice.waitingEvent(), alice.course(), "ATTENDED",
                alice.supportRequest(), alice.addedText(), template(alice.email()));
        for (String value : held) {
            assertTrue(html.contains(value), "the page shows " + value);
            assertTrue(file.body().contains(value), "the file holds " + value);
        }
        for (String section : List.of("accounts", "enquiries", "registrations", "journeys", "bookings", "waitingList",
                "training", "supportRequests", "emails", "auditEntries")) {
            assertFalse(page.html().select("#section-" + section + " .app-report-item").isEmpty(),
                    "the page has a record in " + section);
            assertFalse(sectionOf(file, section).isEmpty(), "the file has a record in " + section);
        }
        assertTrue(page.html().select("#section-journeys caption").eachText().containsAll(
                List.of("History", "Stage One checks")), "the journey's history and its checks");
        assertTrue(html.contains("Equality monitoring answers"));

        // Alice@ and alice@ are two people, though they share a name
        assertFalse(html.contains(lookAlikeEnquiry), "the look-alike's enquiry is not in Alice's report");
        assertFalse(file.body().contains(lookAlikeEnquiry));
        assertEquals(sql.count("SELECT COUNT(*) FROM outbox_email WHERE BINARY recipient = BINARY ?", alice.email()),
                page.html().select("#section-emails tbody tr").size(), "only the emails sent to Alice@, not alice@'s");
        assertTrue(sql.count("SELECT COUNT(*) FROM outbox_email WHERE BINARY recipient = BINARY ?",
                lower(alice.email())) > 0, "the look-alike was sent an email too");
        assertFalse(html.contains(lower(alice.email())));
        assertFalse(file.body().contains(lower(alice.email())));
    }

    @Test
    void a_second_applicant_named_in_a_registration_is_found_by_their_own_address() {
        String tag = SubjectAccessPeople.tag();
        String partner = "Pat.Partner-" + tag + "@example.org";
        String registration = people.registrationNaming(partner, tag);
        WebClient.Page report = browser.get(reportAddress(partner));
        assertTrue(report.html().select("#section-registrations").text().contains(registration));
        assertFalse(report.html().select("#section-journeys .app-report-item").isEmpty(), "and the journey it is on");
        WebClient.Page lookAlike = browser.post("/staff/subject-access", Map.of("query", lower(partner)));
        assertEquals(422, lookAlike.status(), "pat.Partner@ is not Pat.Partner@");
    }

    @Test
    void no_secret_is_in_the_report() {
        String report = reportAddress(alice.email());
        String page = browser.get(report).body();
        String file = browser.get(report + "/report.json").body();
        List<String> secrets = new ArrayList<>();
        secrets.addAll(sql.list("SELECT t.token_hash FROM sign_in_token t JOIN applicant_account a"
                + " ON a.id = t.applicant_id WHERE a.email = ?", rs -> rs.getString(1), alice.email()));
        secrets.addAll(sql.list("SELECT t.token_hash FROM event_booking_token t JOIN event_booking b"
                + " ON b.id = t.booking_id WHERE b.email = ?", rs -> rs.getString(1), alice.email()));
        secrets.addAll(sql.list("SELECT params FROM outbox_email WHERE recipient = ? AND params LIKE '%token%'",
                rs -> rs.getString(1), alice.email()));
        secrets.addAll(sql.list("SELECT password_hash FROM staff_account WHERE password_hash IS NOT NULL",
                rs -> rs.getString(1)));
        secrets.addAll(sql.list("SELECT secret FROM staff_totp", rs -> rs.getString(1)));
        assertFalse(secrets.isEmpty(), "there are secrets to look for");
        for (String secret : secrets) {
            assertFalse(page.contains(secret), "the page holds no secret");
            assertFalse(file.contains(secret), "the file holds no secret");
        }
        assertFalse(page.contains("token_hash") || file.contains("tokenHash") || file.contains("params"));
    }

    @Test
    void a_name_lists_both_people_and_each_search_and_report_is_one_audit_row() {
        long before = lastAudit();
        WebClient.Page found = browser.post("/staff/subject-access", Map.of("query", alice.name()));
        assertEquals(200, found.status());
        List<String> emails = found.html().select(".app-candidate-email").eachText();
        assertEquals(List.of(alice.email(), lower(alice.email())).stream().sorted().toList(),
                emails.stream().sorted().toList(), "the same name, two addresses: two people");
        assertEquals(List.of("SUBJECT_ACCESS_SEARCH"), auditsSince(before));

        before = lastAudit();
        WebClient.Page byReference = browser.post("/staff/subject-access", Map.of("query", alice.booking()));
        assertEquals(303, byReference.status(), "a reference leads to the person whose record it is");
        assertEquals(List.of("SUBJECT_ACCESS_SEARCH"), auditsSince(before));
        before = lastAudit();
        assertEquals(200, browser.get(byReference.location()).status());
        assertEquals(List.of("SUBJECT_ACCESS_REPORT"), auditsSince(before));
        before = lastAudit();
        assertEquals(200, browser.get(byReference.location() + "/report.json").status());
        assertEquals(List.of("SUBJECT_ACCESS_REPORT"), auditsSince(before));

        String detail = sql.one("SELECT detail FROM audit_event WHERE actor_id = ? ORDER BY id DESC LIMIT 1",
                rs -> rs.getString(1), dpo.id()).orElseThrow();
        assertTrue(detail.contains(alice.enquiry()) && detail.contains(alice.booking()), "names the records: " + detail);
        assertFalse(detail.contains(alice.email()) || detail.contains(alice.name()), "never the address or the name");
        assertFalse(byReference.location().contains("@") || byReference.location().contains("Subject"),
                "the report's address is opaque: " + byReference.location());
    }

    @Test
    void bad_input_is_a_gov_uk_error_and_still_one_audit_row() {
        Map<String, String> cases = Map.of(
                "", "Enter an email address, a reference or a name",
                "alice@", "Enter an email address in the correct format, like name@example.com",
                "ENQ-7K3M-9QW4-B", "No record has this reference. Check it against the person’s letter or email",
                "nobody-" + SubjectAccessPeople.tag() + "@example.org", "No records carry this email address. Check it is"
                        + " exactly as the person gave it: a different letter case is a different address");
        cases.forEach((typed, message) -> {
            long before = lastAudit();
            WebClient.Page page = browser.post("/staff/subject-access", Map.of("query", typed));
            assertEquals(422, page.status(), typed);
            assertEquals(List.of(message), page.errorSummary(), typed);
            assertEquals(message, page.inlineError("query"), typed);
            assertEquals(List.of("SUBJECT_ACCESS_SEARCH"), auditsSince(before), typed);
        });
        assertEquals(404, browser.get("/staff/subject-access/people/not-a-key").status());
    }

    @Test
    void a_report_key_opens_nothing_once_it_has_ended_or_been_altered() {
        String report = reportAddress(alice.email());
        String key = report.substring(report.lastIndexOf('/') + 1);
        String altered = key.substring(0, 20) + (key.charAt(20) == 'A' ? 'B' : 'A') + key.substring(21);
        assertEquals(404, browser.get("/staff/subject-access/people/" + altered).status());
        try {
            clock.advance(java.time.Duration.ofHours(2).minusMinutes(1));
            WebClient later = staff.signIn(client(), dpo); // staff sessions end sooner when idle
            assertEquals(200, later.get(report).status(), "a report can still be read, printed and downloaded");
            clock.advance(java.time.Duration.ofMinutes(2));
            assertEquals(404, later.get(report).status(), "two hours on, search again");
            assertEquals(404, later.get(report + "/report.json").status());
        } finally {
            clock.reset();
        }
    }

    @Test
    void a_team_manager_may_not_look() {
        WebClient manager = staff.signIn(client(), staff.person("Mo Manager", Role.TEAM_MANAGER,
                staff.team("se-recruitment")));
        assertEquals(403, manager.get("/staff/subject-access").status());
        assertEquals(403, manager.post("/staff/subject-access", Map.of("query", alice.email())).status());
        assertEquals(403, manager.get(reportAddress(alice.email())).status());
    }

    private String reportAddress(String email) {
        WebClient.Page found = browser.post("/staff/subject-access", Map.of("query", email));
        assertEquals(303, found.status(), "found by address: " + found.errorSummary());
        return found.location();
    }

    @SuppressWarnings("unchecked")
    private List<Object> sectionOf(WebClient.Page file, String section) {
        try {
            Map<String, Object> read = json.readValue(file.body(), Map.class);
            return (List<Object>) ((Map<String, Object>) read.get("sections")).get(section);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private String template(String email) {
        return sql.one("SELECT template FROM outbox_email WHERE recipient = ? ORDER BY id LIMIT 1",
                rs -> rs.getString(1), email).orElseThrow();
    }

    private static String lower(String email) {
        return Character.toLowerCase(email.charAt(0)) + email.substring(1);
    }

    private long lastAudit() {
        return sql.one("SELECT COALESCE(MAX(id), 0) FROM audit_event", rs -> rs.getLong(1)).orElseThrow();
    }

    private List<String> auditsSince(long id) {
        return sql.list("SELECT action FROM audit_event WHERE id > ? AND actor_type = 'STAFF' AND actor_id = ?"
                + " ORDER BY id", rs -> rs.getString(1), id, dpo.id());
    }
}
