package uk.frontdoor.publicsite.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.support.SupportStep;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Mailbox;
import uk.frontdoor.testing.WebClient;

/**
 * A person whose responsible council is outside the region is still heard, and told plainly, when they send the
 * request and later on their account, that council's children's services will help and what we will do.
 */
@MicronautTest(transactional = false)
class APersonOutsideTheRegionIsToldWhoWillHelpTest extends AppTest {
    private static final Pattern LINK = Pattern.compile("(/sign-in/link\\?token=[A-Za-z0-9_-]+)");

    @Test
    void a_person_placed_by_a_council_outside_the_region_is_told_that_council_will_help() {
        // no adoption order yet: the placing council, Kent, is responsible
        SupportRequester sam = new SupportRequester(client())
                .answering(SupportStep.COUNCILS, Map.of("placingCouncil", "elsewhere",
                        "placingCouncilOther", "Kent County Council", "livesIn", "croydon"))
                .answering(SupportStep.ABOUT_THE_CHILD, SupportRequester.date("bornOn", "3", "4", "2015",
                        Map.of("childFirstName", "Kit")))
                .hasAnsweredEverything();
        sam.client.get("/support/check-answers");
        WebClient.Page confirmation = sam.client.submit("/support/check-answers", Map.of("consent", "yes"));
        String told = confirmation.html().getElementById("outside-region").text();
        assertTrue(told.contains("The council responsible for adoption support for you is Kent County Council")
                && told.contains("outside the area we cover") && told.contains("pass your request on")
                && told.contains("Kent County Council’s children’s services yourself"), told);

        assertEquals(1, Mailbox.await(sam.email, 1, Duration.ofSeconds(15)).size());
        WebClient signedIn = signIn(sam.email);
        String onAccount = signedIn.get("/account").html().selectFirst(".app-outside-region").text();
        assertTrue(onAccount.contains("Kent County Council") && onAccount.contains("outside the area we cover"), onAccount);
    }

    @Test
    void a_person_whose_council_is_in_the_region_is_not_told_to_go_elsewhere() {
        SupportRequester sam = new SupportRequester(client()).hasAnsweredEverything();
        sam.client.get("/support/check-answers");
        WebClient.Page confirmation = sam.client.submit("/support/check-answers", Map.of("consent", "yes"));
        assertEquals(200, confirmation.status());
        assertNull(confirmation.html().getElementById("outside-region"));
    }

    private WebClient signIn(String email) {
        WebClient browser = client();
        int before = Mailbox.to(email).size();
        browser.get("/sign-in");
        browser.submit("/sign-in", Map.of("email", email));
        var mails = Mailbox.await(email, before + 1, Duration.ofSeconds(15));
        Matcher m = LINK.matcher(Mailbox.body(mails.get(mails.size() - 1)));
        assertTrue(m.find(), "a requester gets a sign-in link");
        String link = m.group(1);
        browser.get(link);
        assertEquals(200, browser.open(browser.post("/sign-in/link", Map.of("token", link.substring(link.indexOf("token=") + 6))).location()).status(),
                "signed in, and on the page the link leads to");
        return browser;
    }
}
