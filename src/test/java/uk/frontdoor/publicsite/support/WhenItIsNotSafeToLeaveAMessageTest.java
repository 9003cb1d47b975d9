package uk.frontdoor.publicsite.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.support.SupportStep;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Mailbox;
import uk.frontdoor.testing.WebClient;

/**
 * A person asking for support is asked whether it is safe to leave them a message. The question page says what each
 * answer means for email before they send, and the email that really arrives (through the real SMTP server) is
 * exactly what the confirmation page said: one with the reference, or none at all.
 */
@MicronautTest(transactional = false)
class WhenItIsNotSafeToLeaveAMessageTest extends AppTest {
    @Inject
    Sql sql;

    private static SupportRequester saying(SupportRequester person, String safeToLeaveMessage) {
        return person.answering(SupportStep.CONTACTING_YOU_SAFELY,
                Map.of("safeToLeaveMessage", safeToLeaveMessage, "safeToSendPost", "no"));
    }

    private static WebClient.Page sends(SupportRequester person) {
        WebClient.Page check = person.client.get("/support/check-answers");
        assertEquals(200, check.status());
        WebClient.Page sent = person.client.post("/support/check-answers", Map.of("consent", "yes"));
        assertEquals(303, sent.status());
        return person.client.open(sent.location());
    }

    @Test
    void the_question_says_what_each_answer_means_for_email_before_anything_is_sent() {
        SupportRequester sam = new SupportRequester(client()).hasAnsweredUpTo(SupportStep.CONTACTING_YOU_SAFELY);
        WebClient.Page page = sam.client.get(SupportRequester.path(SupportStep.CONTACTING_YOU_SAFELY));

        String hint = page.html().getElementById("safeToLeaveMessage-hint").text();
        assertTrue(hint.contains("If you say yes, we will email you your reference number, and the email will say it is"
                + " about adoption support."), hint);
        assertTrue(hint.contains("If you say no, we will not email you"), hint);
        assertTrue(page.html().selectFirst("fieldset[aria-describedby~=safeToLeaveMessage-hint]") != null,
                "the hint is read out with the question");
    }

    @Test
    void a_person_who_says_it_is_not_safe_is_told_no_email_will_come_and_none_does() {
        SupportRequester notSafe = saying(new SupportRequester(client()), "no").hasAnsweredEverything();
        assertEquals("You told us it is not safe to leave you a message, so we will not email you. Your reference number"
                        + " will be shown on the next page, for you to write down.",
                notSafe.client.get("/support/check-answers").html().getElementById("acknowledgement").text());

        WebClient.Page confirmation = sends(notSafe);

        String reference = confirmation.html().selectFirst(".app-reference").text();
        assertTrue(reference.startsWith("SUP-"), "the reference is on the screen to write down");
        assertEquals("We have not sent you an email, because you told us it is not safe to leave you a message. Write"
                        + " down your reference number or keep it somewhere safe: you will need it if you contact us.",
                confirmation.html().getElementById("acknowledgement").text());
        assertFalse(confirmation.body().contains("We have sent you an email"));
        assertEquals(1, sql.count("SELECT COUNT(*) FROM support_request WHERE email = ? AND safe_to_leave_message = FALSE",
                notSafe.email), "the request is received all the same");
        assertEquals(0, sql.count("SELECT COUNT(*) FROM outbox_email WHERE recipient = ?", notSafe.email),
                "no email of any kind is queued for them");

        // someone who said yes sends after them; once their email has arrived, the relay has passed the first request
        SupportRequester safe = saying(new SupportRequester(client()), "yes").hasAnsweredEverything();
        sends(safe);
        assertEquals(1, Mailbox.await(safe.email, 1, Duration.ofSeconds(20)).size());
        assertEquals(List.of(), Mailbox.to(notSafe.email), "nothing reached the inbox someone else may read");
    }

    @Test
    void a_person_who_says_it_is_safe_is_sent_exactly_the_email_the_pages_promised() throws Exception {
        SupportRequester safe = saying(new SupportRequester(client()), "yes").hasAnsweredEverything();
        assertEquals("We will email you your reference number. The email will say it is about adoption support.",
                safe.client.get("/support/check-answers").html().getElementById("acknowledgement").text());

        WebClient.Page confirmation = sends(safe);

        String reference = confirmation.html().selectFirst(".app-reference").text();
        assertEquals("We have sent you an email with your reference number.",
                confirmation.html().getElementById("acknowledgement").text());
        List<MimeMessage> mail = Mailbox.await(safe.email, 1, Duration.ofSeconds(20));
        assertEquals(1, mail.size());
        String subject = mail.get(0).getSubject();
        String body = Mailbox.body(mail.get(0));
        assertTrue(subject.contains(reference) && subject.contains("adoption support"), subject);
        assertTrue(body.contains("Your reference number is " + reference), body);
        Thread.sleep(1000); // a relay round or more: still one
        assertEquals(1, Mailbox.to(safe.email).size());
    }
}
