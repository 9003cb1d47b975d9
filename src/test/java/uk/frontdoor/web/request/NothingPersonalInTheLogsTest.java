package uk.frontdoor.web.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.frontdoor.publicsite.enquiry.Enquirer;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.LogCapture;
import uk.frontdoor.testing.Mailbox;
import uk.frontdoor.testing.WebClient;

/**
 * An operator reads the logs of a whole journey (an enquiry sent and acknowledged, a sign-in by emailed link, and a
 * bug on the way) and finds the request a person quotes, but nothing about the person: not their name, email
 * address or phone number, and not the token of their sign-in link.
 */
@MicronautTest(transactional = false)
class NothingPersonalInTheLogsTest extends AppTest {
    private static final Pattern LINK = Pattern.compile("/sign-in/link\\?token=([A-Za-z0-9_-]+)");

    @Test
    void a_journey_leaves_no_name_address_phone_or_token_in_the_log_and_a_quoted_reference_finds_its_request() {
        List<String> lines;
        String token;
        Enquirer person = new Enquirer(client(), "lambeth");
        String requestId;
        try (LogCapture log = LogCapture.open()) {
            person.hasAnsweredEverything().sendsAndReadsReference();
            Mailbox.await(person.email, 1, Duration.ofSeconds(15));

            WebClient browser = client();
            browser.get("/sign-in");
            assertEquals("Check your email", browser.submit("/sign-in", Map.of("email", person.email)).html()
                    .selectFirst("h1").text());
            var mails = Mailbox.await(person.email, 2, Duration.ofSeconds(15));
            Matcher link = LINK.matcher(Mailbox.body(mails.get(mails.size() - 1)));
            assertTrue(link.find());
            token = link.group(1);
            browser.get(link.group());
            assertEquals("Your account", browser.submit("/sign-in/link", Map.of("token", token)).html()
                    .selectFirst("h1").text());

            var broken = browser.get("/test/broken/exception");
            requestId = broken.header(RequestIds.HEADER).orElseThrow();
            assertEquals(requestId, broken.html().selectFirst(".app-reference").text(),
                    "the page's reference is the request's id");
            lines = log.lines();
        }

        for (String line : lines) {
            assertTrue(line.startsWith("{") && line.endsWith("}\n") && line.indexOf('\n') == line.length() - 1,
                    "one JSON object a line: " + line);
            for (String secret : List.of(person.fullName, person.email, person.phone, token)) {
                assertFalse(line.contains(secret), "the log holds " + secret + ": " + line);
            }
        }
        assertTrue(lines.stream().anyMatch(line -> line.contains("\"requestId\":\"" + requestId + "\"")
                        && line.contains("Error reference " + requestId)),
                "the quoted reference finds the error's log line, by its request id: " + lines);
    }
}
