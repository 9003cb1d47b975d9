package uk.frontdoor.publicsite.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.reference.ReferenceNumbers;
import uk.frontdoor.core.support.SupportStep;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Mailbox;
import uk.frontdoor.testing.WebClient;

/** Sending a support request: what is stored, which spoke's support team gets it, when it is due, the email. */
@MicronautTest(transactional = false)
class SendingASupportRequestTest extends AppTest {
    @Inject
    Sql sql;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record WorkItemRow(String teamCode, String reference, String title, String status, LocalDate due) { }

    private long requestIdFor(String email) {
        assertEquals(1, sql.count("SELECT COUNT(*) FROM support_request WHERE email = ?", email), "exactly one request");
        return sql.one("SELECT id FROM support_request WHERE email = ?", rs -> rs.getLong(1), email).orElseThrow();
    }

    private List<WorkItemRow> workItemsFor(long id) {
        return sql.list("""
                SELECT t.code, w.reference, w.title, w.status, w.due_date FROM work_item w JOIN team t ON t.id = w.team_id
                WHERE w.subject_type = 'SUPPORT_REQUEST' AND w.subject_id = ? AND w.kind = 'SUPPORT_REQUEST'""",
                rs -> new WorkItemRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class)), id);
    }

    @Test
    void a_request_within_three_years_of_the_order_goes_to_the_placing_councils_spoke_and_is_acknowledged() {
        // Monday 2 June 2025; order 20 June 2022 placed by Lambeth (South East), family in Merton (South West)
        clock.set(Instant.parse("2025-06-02T09:00:00Z"));
        SupportRequester sam = new SupportRequester(client())
                .answering(SupportStep.ABOUT_THE_CHILD, SupportRequester.date("bornOn", "3", "4", "2015",
                        SupportRequester.date("adoptionOrderOn", "20", "6", "2022", Map.of("childFirstName", "Kit"))))
                .hasAnsweredEverything();

        String reference = sam.sendsAndReadsReference();

        assertTrue(reference.startsWith("SUP-") && ReferenceNumbers.isValid(reference), reference);
        long id = requestIdFor(sam.email);
        assertEquals("PLACING_COUNCIL_WITHIN_THREE_YEARS", sql.one(
                "SELECT responsible_rule FROM support_request WHERE id = ?", rs -> rs.getString(1), id).orElseThrow());
        List<WorkItemRow> items = workItemsFor(id);
        assertEquals(1, items.size());
        WorkItemRow item = items.get(0);
        assertEquals("se-support", item.teamCode());
        assertEquals(reference, item.reference());
        assertEquals("NEW", item.status());
        assertEquals(LocalDate.of(2025, 6, 16), item.due(), "ten working days");
        assertFalse(item.title().contains(sam.fullName) || item.title().contains("Kit"), item.title());
        assertEquals(1, sql.count("SELECT COUNT(*) FROM outbox_email WHERE recipient = ? AND template = 'SUPPORT_REQUEST_RECEIVED'",
                sam.email));
        assertEquals(1, sql.count("SELECT COUNT(*) FROM audit_event WHERE action = 'SUPPORT_REQUEST_SUBMITTED' AND subject_id = ?", id));
        assertEquals(0, sql.count("SELECT COUNT(*) FROM support_draft d JOIN support_receipt r ON r.session_id = d.session_id"
                + " WHERE r.reference = ?", reference), "the draft is gone");
    }

    @Test
    void after_three_years_the_request_goes_to_the_support_team_where_the_family_lives() {
        clock.set(Instant.parse("2025-06-02T09:00:00Z"));
        SupportRequester sam = new SupportRequester(client()).hasAnsweredEverything(); // order 20 June 2018
        sam.sendsAndReadsReference();
        long id = requestIdFor(sam.email);
        assertEquals("sw-support", workItemsFor(id).get(0).teamCode());
    }

    @Test
    void an_urgent_request_is_due_within_the_urgent_target() {
        clock.set(Instant.parse("2025-06-02T09:00:00Z"));
        SupportRequester sam = new SupportRequester(client())
                .answering(SupportStep.HOW_URGENT, Map.of("urgency", "urgent")).hasAnsweredEverything();
        sam.sendsAndReadsReference();
        WorkItemRow item = workItemsFor(requestIdFor(sam.email)).get(0);
        assertEquals(LocalDate.of(2025, 6, 4), item.due(), "two working days");
        assertTrue(item.title().startsWith("Urgent"), item.title());
    }

    @Test
    void a_request_whose_council_is_outside_the_region_is_still_received_and_flagged() {
        SupportRequester sam = new SupportRequester(client())
                .answering(SupportStep.COUNCILS, Map.of("placingCouncil", "elsewhere", "placingCouncilOther", "Kent County Council",
                        "livesIn", "croydon"))
                .answering(SupportStep.ABOUT_THE_CHILD, SupportRequester.date("bornOn", "3", "4", "2015",
                        Map.of("childFirstName", "Kit")))
                .hasAnsweredEverything();
        sam.sendsAndReadsReference();
        long id = requestIdFor(sam.email);
        assertEquals(Boolean.TRUE, sql.one("SELECT outside_region FROM support_request WHERE id = ?",
                rs -> rs.getBoolean(1), id).orElseThrow());
        WorkItemRow item = workItemsFor(id).get(0);
        assertEquals("se-support", item.teamCode(), "Croydon, where the family lives, is in the South East");
        assertTrue(item.title().contains("outside the region"), item.title());
    }

    @Test
    void the_acknowledgement_email_has_the_reference_and_no_personal_details() {
        SupportRequester sam = new SupportRequester(client()).hasAnsweredEverything();
        String reference = sam.sendsAndReadsReference();
        List<MimeMessage> mail = Mailbox.await(sam.email, 1, Duration.ofSeconds(20));
        String body = Mailbox.body(mail.get(0));
        assertTrue(body.contains(reference), body);
        for (String personal : List.of(sam.fullName, sam.childName, "020 7946 0999", "Lambeth", "Merton", "therap",
                "2015", "school")) {
            assertFalse(body.contains(personal), "the email must not contain " + personal);
        }
    }

    @Test
    void a_person_who_does_not_agree_is_asked_to_and_nothing_is_sent() {
        SupportRequester sam = new SupportRequester(client()).hasAnsweredEverything();
        sam.client.get("/support/check-answers");
        WebClient.Page page = sam.client.post("/support/check-answers", Map.of());
        assertEquals(422, page.status());
        assertEquals("Confirm that you agree to us using these details", page.inlineError("consent"));
        assertEquals(0, sql.count("SELECT COUNT(*) FROM support_request WHERE email = ?", sam.email));
    }

    @Test
    void sending_twice_makes_one_request_and_shows_the_same_reference() {
        SupportRequester sam = new SupportRequester(client()).hasAnsweredEverything();
        String reference = sam.sendsAndReadsReference();
        WebClient.Page again = sam.client.submit("/support/check-answers", Map.of("consent", "yes"));
        assertEquals(reference, again.html().selectFirst(".app-reference").text());
        requestIdFor(sam.email);
    }

    @Test
    void check_your_answers_shows_the_answers_with_change_links() {
        SupportRequester sam = new SupportRequester(client()).hasAnsweredEverything();
        var html = sam.client.get("/support/check-answers").html();
        String text = html.select(".govuk-summary-list").text();
        assertTrue(text.contains(sam.fullName) && text.contains("20 June 2018") && text.contains("Therapeutic support")
                && text.contains("Lambeth") && text.contains("Merton"), text);
        assertTrue(html.select(".govuk-summary-list a").eachAttr("href").contains("/support/about-the-child?change=true"));
        assertTrue(html.select(".govuk-summary-list__key").eachText().contains("Email address"),
                "the email row is labelled as such, not with the acknowledgement sentence that shared its key");
        assertTrue(html.getElementById("acknowledgement").text().startsWith("We will email you your reference number"));
    }
}
