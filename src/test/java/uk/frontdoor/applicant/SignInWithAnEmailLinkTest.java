package uk.frontdoor.applicant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.core.work.WorkQueue;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Enquiries;
import uk.frontdoor.testing.Mailbox;
import uk.frontdoor.testing.WebClient;

@MicronautTest(transactional = false)
class SignInWithAnEmailLinkTest extends AppTest {
    private static final Pattern LINK = Pattern.compile("(/sign-in/link\\?token=[A-Za-z0-9_-]+)");
    @Inject
    Sql sql;
    @Inject
    WorkQueue queue;
    @Inject
    RegionDirectory region;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void a_person_who_enquired_signs_in_with_the_emailed_link_and_sees_their_enquiry() {
        String email = uniqueEmail("enquirer");
        var enquiry = Enquiries.make(sql, queue, region, email, "Ada Lovelace", "lambeth");
        WebClient browser = client();

        String link = askForLink(browser, email);
        var continuePage = browser.get(link);
        assertEquals(200, continuePage.status());
        assertTrue(browser.cookie("__Host-fd_session") == null, "opening the link alone does not sign in (mail scanners open links)");

        var account = browser.submit("/sign-in/link", Map.of("token", token(link)));
        assertEquals(200, account.status());
        assertEquals("Your account", account.html().selectFirst("h1").text());
        assertTrue(account.body().contains(enquiry.reference()));
        assertTrue(account.body().contains("South East recruitment"), "names who will be in touch");
    }

    @Test
    void the_answer_is_the_same_for_an_email_we_do_not_know_and_nothing_is_sent_to_an_address_we_do_not_hold() {
        String known = uniqueEmail("known");
        Enquiries.make(sql, queue, region, known, "Known Person", "merton");
        String unknown = uniqueEmail("stranger");

        var knownAnswer = client().open("/sign-in");
        var a = client();
        a.get("/sign-in");
        var afterKnown = a.submit("/sign-in", Map.of("email", known));
        var b = client();
        b.get("/sign-in");
        var afterUnknown = b.submit("/sign-in", Map.of("email", unknown));
        assertEquals(200, knownAnswer.status());
        assertEquals(afterKnown.html().select("main").text(), afterUnknown.html().select("main").text());

        assertEquals(1, sql.count("SELECT COUNT(*) FROM outbox_email WHERE recipient = ?", known), "a link to the known");
        assertEquals(0, sql.count("SELECT COUNT(*) FROM outbox_email WHERE recipient = ?", unknown),
                "no email at all to an address on no record: it could be anyone's mailbox");
        assertEquals(0, sql.count("SELECT COUNT(*) FROM applicant_account WHERE email = ?", unknown), "no account made");
    }

    @Test
    void a_link_works_once() {
        String email = uniqueEmail("once");
        Enquiries.make(sql, queue, region, email, "Once Only", "sutton");
        WebClient first = client();
        String link = askForLink(first, email);
        first.get(link);
        assertEquals(200, first.open(first.post("/sign-in/link", Map.of("token", token(link))).location()).status(),
                "signed in, and on the page the link leads to");

        WebClient second = client();
        second.get(link);
        var refused = second.post("/sign-in/link", Map.of("token", token(link)));
        assertEquals(400, refused.status());
        assertEquals("That sign-in link has already been used", refused.html().selectFirst("h1").text());
        assertEquals(303, second.get("/account").status(), "not signed in");
    }

    @Test
    void signing_in_with_one_link_retires_every_other_link_of_the_account() {
        String email = uniqueEmail("twice");
        Enquiries.make(sql, queue, region, email, "Twice Asked", "lewisham");
        WebClient first = client();
        String older = askForLink(first, email);
        WebClient second = client();
        String newer = askForLink(second, email);
        second.get(newer);
        assertEquals(200, second.open(second.post("/sign-in/link", Map.of("token", token(newer))).location()).status(),
                "signed in, and on the page the link leads to");

        first.get(older);
        var refused = first.post("/sign-in/link", Map.of("token", token(older)));
        assertEquals(400, refused.status(), "the other link was spent when the newer one signed in");
        assertEquals("That sign-in link has already been used", refused.html().selectFirst("h1").text());
        assertEquals(303, first.get("/account").status());
    }

    @Test
    void signing_out_of_every_device_ends_every_session_and_spends_links_not_yet_used() {
        String email = uniqueEmail("everywhere");
        Enquiries.make(sql, queue, region, email, "Every Where", "greenwich");
        WebClient phone = signIn(email);
        WebClient library = signIn(email);
        WebClient unused = client();
        String pending = askForLink(unused, email);

        var account = phone.get("/account");
        assertEquals("Sign out of every device", account.html()
                .selectFirst("form[action=/account/sign-out-everywhere] button").text());
        var signedOut = phone.submit("/account/sign-out-everywhere", Map.of());
        assertEquals("You have signed out of every device. Any sign-in link we sent you before now no longer works.",
                signedOut.html().selectFirst(".govuk-notification-banner__heading").text());
        assertEquals(303, phone.get("/account").status(), "this device is signed out");
        assertEquals(303, library.get("/account").status(), "and the other one");
        unused.get(pending);
        assertEquals(400, unused.post("/sign-in/link", Map.of("token", token(pending))).status(),
                "a link asked for before is spent");
    }

    @Test
    void a_link_older_than_30_minutes_is_refused() {
        String email = uniqueEmail("late");
        Enquiries.make(sql, queue, region, email, "Late Person", "croydon");
        WebClient browser = client();
        String link = askForLink(browser, email);
        clock.advance(Duration.ofMinutes(31));
        browser.get(link);
        var refused = browser.post("/sign-in/link", Map.of("token", token(link)));
        assertEquals(400, refused.status());
        assertEquals("That sign-in link has expired", refused.html().selectFirst("h1").text());
    }

    @Test
    void a_tampered_or_made_up_link_is_refused() {
        WebClient browser = client();
        browser.get("/sign-in/link?token=made-up");
        var refused = browser.post("/sign-in/link", Map.of("token", "made-up"));
        assertEquals(400, refused.status());
        assertEquals("That sign-in link is not valid", refused.html().selectFirst("h1").text());
        assertEquals(400, client().get("/sign-in/link").status(), "no token at all");
    }

    @Test
    void each_person_sees_only_their_own_enquiries() {
        String emailA = uniqueEmail("a");
        String emailB = uniqueEmail("b");
        var a = Enquiries.make(sql, queue, region, emailA, "Person A", "lewisham");
        var b = Enquiries.make(sql, queue, region, emailB, "Person B", "wandsworth");
        WebClient browserA = signIn(emailA);
        var account = browserA.get("/account");
        assertTrue(account.body().contains(a.reference()));
        assertFalse(account.body().contains(b.reference()), "A must not see B's enquiry");
    }

    @Test
    void a_visitor_who_is_not_signed_in_is_sent_to_sign_in_and_staff_pages_stay_closed_to_applicants() {
        var anonymous = client().get("/account");
        assertEquals(303, anonymous.status());
        assertTrue(anonymous.location().startsWith("/sign-in?next="));

        String email = uniqueEmail("nosy");
        Enquiries.make(sql, queue, region, email, "Nosy Person", "kingston");
        WebClient applicant = signIn(email);
        assertEquals(303, applicant.get("/staff").status(), "an applicant is not staff: sent to staff sign-in");
    }

    @Test
    void signing_out_ends_the_session_and_an_idle_session_expires_after_30_minutes() {
        String email = uniqueEmail("leaver");
        Enquiries.make(sql, queue, region, email, "Leaver", "richmond");
        WebClient browser = signIn(email);
        String oldCookie = browser.cookie("__Host-fd_session");
        var signedOut = browser.submit("/account/sign-out", Map.of());
        assertTrue(signedOut.body().contains("You have signed out."));
        assertEquals(0, sql.count("SELECT COUNT(*) FROM web_session WHERE id = SHA2(?, 256)", oldCookie));

        WebClient idle = signIn(email);
        assertEquals(200, idle.get("/account").status());
        clock.set(java.time.Instant.now().plus(Duration.ofMinutes(31)));
        assertEquals(303, idle.get("/account").status(), "expired after 30 idle minutes");
    }

    @Test
    void asking_for_links_again_and_again_sends_at_most_five_an_hour_and_the_page_stays_the_same() {
        String email = uniqueEmail("keen");
        Enquiries.make(sql, queue, region, email, "Keen Person", "greenwich");
        WebClient browser = client();
        browser.get("/sign-in");
        for (int i = 0; i < 7; i++) {
            var answer = browser.submit("/sign-in", Map.of("email", email));
            assertEquals("Check your email", answer.html().selectFirst("h1").text());
        }
        Mailbox.await(email, 5, Duration.ofSeconds(15));
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertEquals(5, Mailbox.to(email).size());
    }

    @Test
    void an_email_address_in_the_wrong_format_is_explained() {
        WebClient browser = client();
        browser.get("/sign-in");
        var page = browser.post("/sign-in", Map.of("email", "not-an-email"));
        assertEquals(422, page.status());
        assertEquals(java.util.List.of("Enter an email address in the correct format, like name@example.com"), page.errorSummary());
        assertEquals("Enter an email address in the correct format, like name@example.com", page.inlineError("email"));
    }

    private WebClient signIn(String email) {
        WebClient browser = client();
        String link = askForLink(browser, email);
        browser.get(link);
        assertEquals(200, browser.open(browser.post("/sign-in/link", Map.of("token", token(link))).location()).status(),
                "signed in, and on the page the link leads to");
        return browser;
    }

    private String askForLink(WebClient browser, String email) {
        int before = Mailbox.to(email).size();
        browser.get("/sign-in");
        var sent = browser.submit("/sign-in", Map.of("email", email));
        assertEquals("Check your email", sent.html().selectFirst("h1").text());
        var mails = Mailbox.await(email, before + 1, Duration.ofSeconds(15));
        String body = Mailbox.body(mails.get(mails.size() - 1));
        Matcher m = LINK.matcher(body);
        assertTrue(m.find(), "the email carries a sign-in link: " + body);
        return m.group(1);
    }

    private static String token(String link) {
        return link.substring(link.indexOf("token=") + 6);
    }
}
