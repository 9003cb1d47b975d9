package uk.frontdoor.publicsite.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Mailbox;
import uk.frontdoor.testing.WebClient;

/**
 * A person who asked for adoption support signs in by email link, opens their request and adds information; the
 * support team sees it flagged on the queue until one of them opens the request (a manager from outside the team
 * opening it leaves it flagged). Nobody reaches another's request.
 */
@MicronautTest(transactional = false)
class ARequesterAddsInformationTest extends AppTest {
    private static final Pattern LINK = Pattern.compile("(/sign-in/link\\?token=[A-Za-z0-9_-]+)");
    @Inject
    Sql sql;
    @Inject
    StaffFixture staff;

    private long added(String reference) {
        return sql.count("""
                SELECT COUNT(*) FROM support_request_information i JOIN support_request r ON r.id = i.support_request_id
                WHERE r.reference = ?""", reference);
    }

    @Test
    void a_requester_adds_information_and_the_support_team_sees_it_flagged_until_they_open_it() {
        SupportRequester sam = new SupportRequester(client()).hasAnsweredEverything();
        String reference = sam.sendsAndReadsReference();
        assertEquals(1, Mailbox.await(sam.email, 1, Duration.ofSeconds(15)).size());
        WebClient signedIn = signIn(sam.email);

        String href = signedIn.get("/account").html().selectFirst(".app-support-request .govuk-summary-card__actions a")
                .attr("href");
        assertEquals("/account/requests/" + reference, href);
        var page = signedIn.get(href);
        assertEquals(200, page.status());
        assertEquals(reference, page.html().selectFirst("h1 .app-reference").text());

        WebClient.Page blank = signedIn.post(href + "/information", Map.of("information", "  "));
        assertEquals(422, blank.status());
        assertEquals("Enter the information you want to add", blank.inlineError("information"));
        assertTrue(blank.html().title().startsWith("Error:"));
        WebClient.Page tooLong = signedIn.post(href + "/information", Map.of("information", "x".repeat(2001)));
        assertEquals(422, tooLong.status());
        assertEquals("Information must be 2000 characters or fewer", tooLong.inlineError("information"));
        assertEquals(0, added(reference));

        String news = "Our son has started refusing to go to school " + sam.childName;
        WebClient.Page done = signedIn.post(href + "/information", Map.of("information", news));
        assertEquals(303, done.status());
        var after = signedIn.open(done.location()).html();
        assertTrue(after.selectFirst(".govuk-notification-banner--success").text().contains("We have added this"));
        assertTrue(after.selectFirst(".app-added-information").text().contains(news));

        var mails = Mailbox.await(sam.email, 3, Duration.ofSeconds(15)); // acknowledgement, sign-in link, this
        String body = Mailbox.body(mails.get(mails.size() - 1));
        assertTrue(body.contains("added to your request") && body.contains(reference), body);
        assertFalse(body.contains(sam.childName) || body.contains("school"), "the email carries no personal details");

        // the support team (order in 2018, the family in Merton: South West) sees it flagged until opened
        StaffFixture.Person sue = staff.person("Sue Worker", Role.SUPPORT_WORKER, staff.team("sw-support"));
        WebClient worker = staff.signIn(client(), sue);
        long team = staff.team("sw-support").id();
        var queue = worker.get("/staff/queues/" + team + "?reference=" + reference).html();
        assertEquals("New information", queue.selectFirst("tbody .govuk-tag--pink").text());
        long item = sql.one("SELECT w.id FROM work_item w JOIN support_request r ON r.id = w.subject_id "
                + "WHERE w.subject_type = 'SUPPORT_REQUEST' AND r.reference = ?", rs -> rs.getLong(1), reference).orElseThrow();
        StaffFixture.Person kim = staff.person("Kim Manager", Role.TEAM_MANAGER);
        assertEquals(200, staff.signIn(client(), kim).get("/staff/items/" + item).status());
        assertEquals("New information", worker.get("/staff/queues/" + team + "?reference=" + reference).html()
                .selectFirst("tbody .govuk-tag--pink").text(), "a manager from outside the team leaves it new for the team");
        var itemPage = worker.get("/staff/items/" + item).html();
        String shown = itemPage.selectFirst(".app-requester-information").text();
        assertTrue(shown.contains(news) && shown.contains("New"), shown);
        assertTrue(itemPage.getElementById("history").parent().text().contains("New information from the requester"));
        assertEquals(1, sql.count("SELECT COUNT(*) FROM audit_event WHERE action = 'VIEW_SUPPORT_REQUEST' AND actor_id = ?",
                sue.id()), "staff reading it is audited");
        assertNull(worker.get("/staff/queues/" + team + "?reference=" + reference).html()
                .selectFirst("tbody .govuk-tag--pink"), "no longer flagged once opened");
        assertNotNull(worker.get("/staff/items/" + item).html().selectFirst(".app-requester-information"));
    }

    @Test
    void a_requester_cannot_open_or_add_to_anyone_elses_request_even_by_guessing_its_reference() {
        SupportRequester sam = new SupportRequester(client()).hasAnsweredEverything();
        sam.sendsAndReadsReference();
        SupportRequester alex = new SupportRequester(client()).hasAnsweredEverything();
        String alexsReference = alex.sendsAndReadsReference();
        assertEquals(1, Mailbox.await(sam.email, 1, Duration.ofSeconds(15)).size());
        WebClient signedIn = signIn(sam.email);

        WebClient.Page others = signedIn.get("/account/requests/" + alexsReference);
        assertEquals(404, others.status());
        assertFalse(others.body().contains(alex.childName) || others.body().contains(alex.fullName));
        assertEquals(404, signedIn.get("/account/requests/SUP-7K3M-9QW4-B").status(), "a guessed reference");
        assertEquals(404, signedIn.get("/account/requests/1").status(), "an id");
        signedIn.get("/account");
        assertEquals(404, signedIn.post("/account/requests/" + alexsReference + "/information",
                Map.of("information", "Not mine to add")).status());
        assertEquals(0, added(alexsReference));

        WebClient stranger = client();
        WebClient.Page anonymous = stranger.get("/account/requests/" + alexsReference);
        assertEquals(303, anonymous.status(), "someone not signed in is sent to sign in");
    }

    @Test
    void once_a_request_is_closed_the_requester_is_asked_to_make_a_new_one_instead() {
        SupportRequester sam = new SupportRequester(client()).hasAnsweredEverything();
        String reference = sam.sendsAndReadsReference();
        long item = sql.one("SELECT w.id FROM work_item w JOIN support_request r ON r.id = w.subject_id "
                + "WHERE w.subject_type = 'SUPPORT_REQUEST' AND r.reference = ?", rs -> rs.getLong(1), reference).orElseThrow();
        WebClient worker = staff.signIn(client(), staff.person("Sue Worker", Role.SUPPORT_WORKER, staff.team("sw-support")));
        String version = worker.get("/staff/items/" + item).html().selectFirst("input[name=version]").val();
        assertEquals(303, worker.post("/staff/items/" + item + "/support-outcome", Map.of("version", version,
                "supportOutcome", "CLOSED", "reason", "The family moved abroad")).status());

        assertEquals(1, Mailbox.await(sam.email, 1, Duration.ofSeconds(15)).size());
        WebClient signedIn = signIn(sam.email);
        var page = signedIn.get("/account/requests/" + reference).html();
        assertTrue(page.getElementById("request-closed").text().contains("make a new request"));
        assertNull(page.getElementById("information"), "no form on a closed request");
        assertEquals(409, signedIn.post("/account/requests/" + reference + "/information",
                Map.of("information", "One more thing")).status());
        assertEquals(0, added(reference));
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
