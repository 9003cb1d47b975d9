package uk.frontdoor.publicsite.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Mailbox;
import uk.frontdoor.testing.WebClient;

/** A person who asked for adoption support signs in by email link and sees where their own request stands. */
@MicronautTest(transactional = false)
class ARequesterFollowsTheirRequestTest extends AppTest {
    private static final Pattern LINK = Pattern.compile("(/sign-in/link\\?token=[A-Za-z0-9_-]+)");

    @Test
    void a_requester_sees_their_own_request_and_never_someone_elses() {
        SupportRequester sam = new SupportRequester(client()).hasAnsweredEverything();
        String samsReference = sam.sendsAndReadsReference();
        SupportRequester alex = new SupportRequester(client()).hasAnsweredEverything();
        String alexsReference = alex.sendsAndReadsReference();

        // the acknowledgement comes first; only then ask for a sign-in link, so the two emails are not confused
        assertEquals(1, Mailbox.await(sam.email, 1, Duration.ofSeconds(15)).size());
        WebClient signedIn = signIn(sam.email);
        var account = signedIn.get("/account");
        assertEquals(200, account.status());
        assertEquals(1, account.html().select(".app-support-request").size());
        assertTrue(account.body().contains(samsReference));
        assertEquals("Received", account.html().selectFirst(".app-support-request .govuk-tag").text());
        assertFalse(account.body().contains(alexsReference), "never another person's request");
        assertFalse(account.body().contains(alex.childName));
    }

    private WebClient signIn(String email) {
        WebClient browser = client();
        int before = Mailbox.to(email).size();
        browser.get("/sign-in");
        browser.submit("/sign-in", Map.of("email", email));
        var mails = Mailbox.await(email, before + 1, Duration.ofSeconds(15));
        Matcher m = LINK.matcher(Mailbox.body(mails.get(mails.size() - 1)));
        assertTrue(m.find(), "a requester gets a sign-in link, not the no-account email");
        String link = m.group(1);
        browser.get(link);
        assertEquals(200, browser.open(browser.post("/sign-in/link", Map.of("token", link.substring(link.indexOf("token=") + 6))).location()).status(),
                "signed in, and on the page the link leads to");
        return browser;
    }
}
