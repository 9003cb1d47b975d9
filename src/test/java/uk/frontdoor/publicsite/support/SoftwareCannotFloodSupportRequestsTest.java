package uk.frontdoor.publicsite.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.support.SupportStep;
import uk.frontdoor.testing.Mailbox;
import uk.frontdoor.testing.PublicFormPages;
import uk.frontdoor.testing.RateLimitAppTest;
import uk.frontdoor.testing.WebClient;

/**
 * Software cannot use the support request to flood the agency or make it email anyone: at most five requests an hour
 * from one address here, at most three acknowledgements an hour to one email address, and a form with the hidden
 * field filled in is refused. Each test runs in an hour of its own after 2019, so that the requester's child's dates
 * are in the past.
 */
@MicronautTest(transactional = false)
class SoftwareCannotFloodSupportRequestsTest extends RateLimitAppTest {
    SoftwareCannotFloodSupportRequestsTest() {
        super("support-requests-per-hour", 5, "support-request", Instant.parse("2019-01-01T00:00:00Z"));
    }

    private long requestsTo(String email) {
        return sql.count("SELECT COUNT(*) FROM support_request WHERE email = ?", email);
    }

    private long emailsTo(String email) {
        return sql.count("SELECT COUNT(*) FROM outbox_email WHERE recipient = ?", email);
    }

    @Test
    void a_sixth_request_from_one_address_within_the_hour_is_refused_with_who_to_call_and_nothing_is_kept() {
        for (int i = 0; i < perHour(); i++) {
            new SupportRequester(client()).hasAnsweredEverything().sendsAndReadsReference();
        }
        SupportRequester sixth = new SupportRequester(client()).hasAnsweredEverything();

        sixth.client.get("/support/check-answers");
        WebClient.Page refused = sixth.client.post("/support/check-answers", Map.of("consent", "yes"));

        PublicFormPages.refusedForTooMany(refused,
                "Sorry, there have been too many requests for support from your connection",
                "Your answers are saved: try again in an hour.", "phone us on 020 7946 0321");
        assertTrue(refused.html().select(".govuk-warning-text").text().contains("If a child is in danger now, call 999"),
                "someone refused is still told who to call if a child is in danger");
        assertEquals(0, requestsTo(sixth.email));
        assertEquals(0, emailsTo(sixth.email));

        clock.advance(Duration.ofHours(1));
        assertTrue(sixth.sendsAndReadsReference().startsWith("SUP-"), "the next hour, their saved answers can be sent");
        assertEquals(1, requestsTo(sixth.email));
    }

    @Test
    void one_email_address_is_sent_at_most_three_acknowledgements_an_hour_and_every_request_is_kept() {
        String target = uniqueEmail("someone-elses-inbox");
        for (int i = 0; i < 4; i++) {
            SupportRequester sender = new SupportRequester(client()).answering(SupportStep.CONTACT_DETAILS,
                    Map.of("fullName", "Pat Sender", "email", target)).hasAnsweredEverything();
            WebClient.Page confirmation = sender.client.open(sender.client.post("/support/check-answers",
                    Map.of("consent", "yes")).location());
            assertTrue(confirmation.body().contains("We have sent you an email with your reference number."),
                    "the page is the same whatever went to the address before, so it tells nobody about it");
        }

        assertEquals(4, requestsTo(target), "a request for support is never lost to the limit");
        assertEquals(3, emailsTo(target));
        assertEquals(3, Mailbox.await(target, 3, Duration.ofSeconds(20)).size());
    }

    @Test
    void a_request_with_the_hidden_field_filled_in_is_refused_and_nothing_is_kept_or_sent() {
        SupportRequester bot = new SupportRequester(client()).hasAnsweredEverything();
        PublicFormPages.hasTheHiddenField(bot.client.get("/support/check-answers"));

        WebClient.Page refused = bot.client.post("/support/check-answers",
                Map.of("consent", "yes", "website", "https://cheap-pills.example"));

        PublicFormPages.refusedAsAutomated(refused, "If you need adoption support, phone us on 020 7946 0321.");
        assertFalse(refused.body().contains(bot.fullName));
        assertEquals(0, requestsTo(bot.email));
        assertEquals(0, emailsTo(bot.email));
    }

    @Test
    void contact_details_with_the_hidden_field_filled_in_are_refused_and_not_kept() {
        SupportRequester bot = new SupportRequester(client()).hasAnsweredUpTo(SupportStep.CONTACT_DETAILS);
        PublicFormPages.hasTheHiddenField(bot.client.get(SupportRequester.path(SupportStep.CONTACT_DETAILS)));

        Map<String, Object> answers = new java.util.HashMap<>(bot.answersFor(SupportStep.CONTACT_DETAILS));
        answers.put("website", "http://spam.example");
        WebClient.Page refused = bot.client.post(SupportRequester.path(SupportStep.CONTACT_DETAILS), answers);

        PublicFormPages.refusedAsAutomated(refused, "If you need adoption support, phone us on 020 7946 0321.");
        assertEquals("/support/contact-details",
                bot.client.get(SupportRequester.path(SupportStep.CONTACTING_YOU_SAFELY)).location(),
                "nothing from the refused form was kept");
    }
}
