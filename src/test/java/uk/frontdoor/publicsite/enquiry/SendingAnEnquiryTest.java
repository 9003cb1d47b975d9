package uk.frontdoor.publicsite.enquiry;

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
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.frontdoor.core.enquiry.EnquiryStep;
import uk.frontdoor.core.reference.ReferenceNumbers;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Mailbox;
import uk.frontdoor.testing.PublicFormPages;
import uk.frontdoor.testing.WebClient;

/** Sending an enquiry: what is stored, where the work goes, the email, and what happens when it is sent twice. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // Micronaut reads getProperties() only from a per-class instance
class SendingAnEnquiryTest extends AppTest {
    /** Far above what the tests send: the limit itself is tested in EnquiryRateLimitTest. */
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(super.getProperties());
        properties.put("frontdoor.rate-limit.enquiries-per-hour", "100000");
        return properties;
    }

    @Inject
    Sql sql;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record WorkItemRow(String teamCode, String reference, String title, String status, LocalDate due) { }

    private long enquiryIdFor(String email) {
        assertEquals(1, sql.count("SELECT COUNT(*) FROM enquiry WHERE email = ?", email), "exactly one enquiry");
        return sql.one("SELECT id FROM enquiry WHERE email = ?", rs -> rs.getLong(1), email).orElseThrow();
    }

    private List<WorkItemRow> workItemsFor(long enquiryId) {
        return sql.list("""
                SELECT t.code, w.reference, w.title, w.status, w.due_date FROM work_item w JOIN team t ON t.id = w.team_id
                WHERE w.subject_type = 'ENQUIRY' AND w.subject_id = ?""",
                rs -> new WorkItemRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class)), enquiryId);
    }

    @Test
    void an_enquiry_from_lambeth_is_stored_once_queued_for_the_south_east_recruitment_team_and_acknowledged() {
        // Friday 19 December 2025: ten working days, skipping Christmas, Boxing Day and New Year's Day
        clock.set(Instant.parse("2025-12-19T10:00:00Z"));
        Enquirer ada = new Enquirer(client(), "lambeth").hasAnsweredEverything();

        String reference = ada.sendsAndReadsReference();

        assertTrue(reference.startsWith("ENQ-") && ReferenceNumbers.isValid(reference), reference);
        long id = enquiryIdFor(ada.email);
        List<String> row = sql.one("""
                SELECT reference, full_name, phone, contact_method, contact_times, applying_with, interests,
                       children_considered, heard_about, privacy_version, b.code
                FROM enquiry e JOIN borough b ON b.id = e.borough_id WHERE e.id = ?""",
                rs -> java.util.stream.IntStream.rangeClosed(1, 11).mapToObj(i -> {
                    try {
                        return rs.getString(i);
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }).toList(), id).orElseThrow();
        assertEquals(List.of(reference, ada.fullName, ada.phone, "phone", "weekday-evenings,weekends", "alone",
                "adopting-a-child,early-permanence", "brothers-and-sisters", "information-event", "2025-01", "lambeth"), row);
        assertEquals(List.of("prefer-not-to-say|no"), sql.list(
                "SELECT CONCAT(ethnicity, '|', disability) FROM enquiry_equality WHERE enquiry_id = ?",
                rs -> rs.getString(1), id), "equality answers are kept apart");

        LocalDate respondBy = LocalDate.of(2026, 1, 7);
        assertEquals(List.of(new WorkItemRow("se-recruitment", reference, "Adoption enquiry – Lambeth", "NEW", respondBy)),
                workItemsFor(id));
        assertEquals(1, sql.count("SELECT COUNT(*) FROM outbox_email WHERE recipient = ? AND template = 'ENQUIRY_RECEIVED'",
                ada.email));
        assertEquals(1, sql.count("SELECT COUNT(*) FROM audit_event WHERE subject_type = 'ENQUIRY' AND subject_id = ? "
                + "AND action = 'ENQUIRY_SUBMITTED' AND actor_type = 'SYSTEM'", id));

        WebClient.Page confirmation = ada.client.get("/enquiry/confirmation");
        assertEquals(reference, confirmation.html().selectFirst(".govuk-panel .app-reference").text(),
                "a refresh shows the same reference");
        assertEquals("Enquiry sent", confirmation.html().selectFirst("h1").text());
        assertTrue(confirmation.html().getElementById("respond-by").text()
                .contains("by Wednesday 7 January 2026 (within 10 working days)"), confirmation.body());
        assertTrue(confirmation.body().contains("We will invite you to one of our information events"));
        assertEquals("/events?spoke=south-east", confirmation.html().getElementById("events-near-you").attr("href"),
                "Lambeth is in the South East spoke: its events are a link away");
        assertTrue(confirmation.body().contains("We have sent you an email"));
        assertEquals("/enquiry", ada.client.get(Enquirer.path(EnquiryStep.YOUR_NAME)).location(), "the draft is gone");
    }

    @Test
    void an_enquiry_from_merton_goes_to_the_south_west_recruitment_team_with_the_partner_and_no_equality_answers() {
        Enquirer grace = new Enquirer(client(), "merton")
                .answering(EnquiryStep.HOUSEHOLD, Map.of("applyingWith", "partner", "partnerName", "Alan Testperson"))
                .answering(EnquiryStep.HOW_YOU_HEARD, Map.of("heardAbout", "other", "heardAboutOther", "Bus advert"))
                .answering(EnquiryStep.EQUALITY, Map.of("skip", "true", "religion", "buddhist"))
                .hasAnsweredEverything();

        String reference = grace.sendsAndReadsReference();

        long id = enquiryIdFor(grace.email);
        List<WorkItemRow> items = workItemsFor(id);
        assertEquals(1, items.size());
        assertEquals("sw-recruitment", items.get(0).teamCode());
        assertEquals(reference, items.get(0).reference());
        assertEquals("Adoption enquiry – Merton", items.get(0).title());
        assertEquals(List.of("Alan Testperson|other|Bus advert"), sql.list(
                "SELECT CONCAT(partner_name, '|', heard_about, '|', heard_about_other) FROM enquiry WHERE id = ?",
                rs -> rs.getString(1), id));
        assertEquals(0, sql.count("SELECT COUNT(*) FROM enquiry_equality WHERE enquiry_id = ?", id),
                "skipped equality questions store nothing");
    }

    @Test
    void sending_the_same_answers_again_makes_no_second_enquiry() {
        Enquirer ada = new Enquirer(client(), "croydon").hasAnsweredEverything();
        String reference = ada.sendsAndReadsReference();

        // the back button shows check your answers from the browser's history; the person presses Send again
        WebClient.Page again = ada.client.post("/enquiry/check-answers", Map.of("consent", "yes"));

        assertEquals(303, again.status());
        assertEquals("/enquiry/confirmation", again.location());
        assertEquals(reference, ada.client.open(again.location()).html().selectFirst(".app-reference").text());
        long id = enquiryIdFor(ada.email);
        assertEquals(1, workItemsFor(id).size());
        assertEquals(1, sql.count("SELECT COUNT(*) FROM outbox_email WHERE recipient = ?", ada.email));
    }

    @Test
    void two_sends_at_the_same_moment_make_one_enquiry() throws Exception {
        Enquirer ada = new Enquirer(client(), "lewisham").hasAnsweredEverything();
        ada.client.get("/enquiry/check-answers");
        Callable<Integer> send = () -> ada.client.post("/enquiry/check-answers", Map.of("consent", "yes")).status();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> sends = pool.invokeAll(List.of(send, send));
            for (Future<Integer> f : sends) {
                assertEquals(303, f.get());
            }
        } finally {
            pool.shutdown();
        }
        long id = enquiryIdFor(ada.email);
        assertEquals(1, workItemsFor(id).size());
        assertEquals(1, sql.count("SELECT COUNT(*) FROM outbox_email WHERE recipient = ?", ada.email));
    }

    @Test
    void the_acknowledgement_email_arrives_once_with_the_reference_and_no_personal_details() throws Exception {
        Enquirer ada = new Enquirer(client(), "wandsworth").hasAnsweredEverything();
        String reference = ada.sendsAndReadsReference();

        List<MimeMessage> received = Mailbox.await(ada.email, 1, Duration.ofSeconds(15));
        assertEquals(1, received.size(), "the acknowledgement arrives");
        Thread.sleep(1500); // the relay runs every 200 ms in tests: time enough for a duplicate to show up
        assertEquals(1, Mailbox.to(ada.email).size(), "and arrives only once");

        MimeMessage email = received.get(0);
        String text = email.getSubject() + "\n" + Mailbox.body(email);
        assertTrue(text.contains(reference), text);
        assertTrue(text.contains("within 10 working days"), text);
        for (String personal : List.of(ada.fullName, "Testperson", ada.email, ada.phone, ada.phone.replace(" ", ""),
                "Wandsworth")) {
            assertFalse(text.contains(personal), "the email must not contain " + personal + ":\n" + text);
        }
    }

    @Test
    void one_email_address_is_sent_at_most_three_acknowledgements_an_hour_and_every_enquiry_is_kept() {
        clock.set(Instant.parse("2025-03-04T10:10:00Z")); // one hour for all four
        String target = uniqueEmail("someone-elses-inbox");
        for (String borough : List.of("lambeth", "merton", "sutton", "croydon")) {
            Enquirer sender = new Enquirer(client(), borough)
                    .answering(EnquiryStep.CONTACT_DETAILS, Map.of("email", target, "phone", "020 7946 0111"))
                    .hasAnsweredEverything();
            sender.sendsAndReadsReference();
        }

        assertEquals(4, sql.count("SELECT COUNT(*) FROM enquiry WHERE email = ?", target));
        assertEquals(3, sql.count("SELECT COUNT(*) FROM outbox_email WHERE recipient = ?", target));
        assertEquals(3, Mailbox.await(target, 3, Duration.ofSeconds(20)).size());
    }

    @Test
    void a_send_with_the_hidden_field_filled_in_is_refused_and_nothing_is_stored() {
        Enquirer bot = new Enquirer(client(), "lambeth").hasAnsweredEverything();
        PublicFormPages.hasTheHiddenField(bot.client.get("/enquiry/check-answers"));

        WebClient.Page refused = bot.client.post("/enquiry/check-answers",
                Map.of("consent", "yes", "website", "https://cheap-pills.example"));

        PublicFormPages.refusedAsAutomated(refused, "If you want to talk to us about adoption, phone 020 7946 0321.");
        assertFalse(refused.body().contains(bot.fullName));
        assertEquals(0, sql.count("SELECT COUNT(*) FROM enquiry WHERE email = ?", bot.email));
        assertEquals(0, sql.count("SELECT COUNT(*) FROM outbox_email WHERE recipient = ?", bot.email));
    }
}
