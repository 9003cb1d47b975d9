package uk.frontdoor.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.staff.StaffFixture.Person;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.WebClient;

@MicronautTest(transactional = false)
class StaffSignInTest extends AppTest {
    private static final String REFUSED = "Enter a correct email address and password";

    @Inject
    StaffFixture fixture;
    @Inject
    Sql sql;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private WebClient.Page signIn(WebClient client, String email, String password) {
        client.get("/staff/sign-in");
        return client.post("/staff/sign-in", Map.of("email", email, "password", password, "next", "/staff"));
    }

    @Test
    void a_wrong_password_and_an_unknown_email_get_the_same_message() {
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, fixture.team("se-recruitment"));

        var wrongPassword = signIn(client(), sam.email(), "not the password at all");
        var unknownEmail = signIn(client(), uniqueEmail("nobody"), "not the password at all");

        assertEquals(422, wrongPassword.status());
        assertEquals(422, unknownEmail.status());
        assertEquals(List.of(REFUSED), wrongPassword.errorSummary());
        assertEquals(wrongPassword.errorSummary(), unknownEmail.errorSummary());
        assertEquals(REFUSED, wrongPassword.inlineError("email"));
        assertEquals(REFUSED, unknownEmail.inlineError("email"));
        assertTrue(wrongPassword.html().title().startsWith("Error: Sign in"));
        assertEquals(sam.email(), wrongPassword.html().getElementById("email").val(), "the email is kept");
        assertEquals("", wrongPassword.html().getElementById("password").val(), "the password is never sent back");
    }

    @Test
    void a_person_who_leaves_both_fields_blank_is_told_to_enter_them() {
        var page = signIn(client(), "", "");

        assertEquals(422, page.status());
        assertEquals(List.of("Enter your email address", "Enter your password"), page.errorSummary());
        assertEquals("Enter your password", page.inlineError("password"));
    }

    @Test
    void after_five_wrong_passwords_each_attempt_waits_twice_as_long_but_the_right_password_still_works_after_the_wait() {
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, fixture.team("se-recruitment"));
        clock.set(Instant.now());
        WebClient browser = client();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(List.of(REFUSED), signIn(browser, sam.email(), "wrong guess " + attempt).errorSummary());
        }
        for (int wait : new int[] {1, 2, 4, 8}) {
            assertEquals(List.of(REFUSED), signIn(browser, sam.email(), "wrong again").errorSummary());
            var waiting = signIn(browser, sam.email(), StaffFixture.PASSWORD);
            assertEquals(429, waiting.status(), "even the right password waits: nothing is checked while waiting");
            assertEquals(String.valueOf(wait), waiting.header("Retry-After").orElseThrow());
            assertTrue(waiting.html().selectFirst("main").text().contains(
                    "Wait " + (wait == 1 ? "1 second" : wait + " seconds") + ", then try again"), waiting.body());
            clock.advance(Duration.ofSeconds(wait));
        }
        assertEquals(303, signIn(browser, sam.email(), StaffFixture.PASSWORD).status(), "a wait, never a lockout");
        assertEquals(200, browser.get("/staff").status());
    }

    @Test
    void the_longest_wait_a_stranger_can_cause_on_a_new_device_is_five_minutes() {
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, fixture.team("se-recruitment"));
        clock.set(Instant.now());
        WebClient stranger = client();
        for (int attempt = 1; attempt <= 20; attempt++) {
            signIn(stranger, sam.email(), "guess " + attempt);
            clock.advance(Duration.ofMinutes(5));
        }
        var waiting = signIn(client(), sam.email(), "guess again");
        assertEquals(422, waiting.status(), "five minutes on, the next attempt is checked");
        assertEquals("300", signIn(client(), sam.email(), StaffFixture.PASSWORD).header("Retry-After").orElseThrow());
    }

    @Test
    void a_stranger_typing_a_colleagues_email_again_and_again_never_delays_the_colleague_at_their_own_desk() {
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, fixture.team("se-recruitment"));
        clock.set(Instant.now());
        WebClient samsDesk = fixture.signIn(client(), sam);
        samsDesk.submit("/staff/sign-out", Map.of());
        WebClient stranger = client();
        for (int attempt = 1; attempt <= 12; attempt++) {
            signIn(stranger, sam.email(), "guess " + attempt);
        }
        assertEquals(429, signIn(client(), sam.email(), StaffFixture.PASSWORD).status(),
                "on a device the account never signed in on, the account waits");

        var atTheirDesk = signIn(samsDesk, sam.email(), StaffFixture.PASSWORD);
        assertEquals(303, atTheirDesk.status(), "the browser Sam signed in on before counts its own failures only");
        assertEquals(200, samsDesk.get("/staff").status());
    }

    @Test
    void an_email_without_an_account_waits_exactly_like_one_with_an_account() {
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, fixture.team("se-recruitment"));
        String nobody = uniqueEmail("nobody");
        clock.set(Instant.now());
        for (int attempt = 1; attempt <= 6; attempt++) {
            assertEquals(List.of(REFUSED), signIn(client(), nobody, "guess " + attempt).errorSummary());
            assertEquals(List.of(REFUSED), signIn(client(), sam.email(), "guess " + attempt).errorSummary());
        }
        var noAccount = signIn(client(), nobody, "guess 7");
        var account = signIn(client(), sam.email(), "guess 7");
        assertEquals(429, noAccount.status());
        assertEquals(account.status(), noAccount.status(), "the wait must not reveal that no account exists");
        assertEquals(account.html().select("main").text(), noAccount.html().select("main").text());
    }

    @Test
    void every_sign_in_failure_delay_and_sign_out_is_in_the_audit_log() {
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, fixture.team("se-recruitment"));
        clock.set(Instant.now());
        signIn(client(), sam.email(), "not it");
        WebClient browser = fixture.signIn(client(), sam);
        browser.submit("/staff/sign-out", Map.of());
        for (int attempt = 1; attempt <= 6; attempt++) {
            signIn(client(), sam.email(), "not it " + attempt);
        }
        signIn(client(), sam.email(), StaffFixture.PASSWORD);

        // the clock stands still: the sixth failure makes the next attempts wait, the right password included
        assertEquals(List.of("STAFF_SIGN_IN_FAILED", "STAFF_SIGNED_IN", "STAFF_SIGNED_OUT", "STAFF_SIGN_IN_FAILED",
                "STAFF_SIGN_IN_FAILED", "STAFF_SIGN_IN_FAILED", "STAFF_SIGN_IN_FAILED", "STAFF_SIGN_IN_FAILED",
                "STAFF_SIGN_IN_DELAYED", "STAFF_SIGN_IN_DELAYED"), sql.list(
                "SELECT action FROM audit_event WHERE subject_type = 'STAFF' AND subject_id = ? ORDER BY id",
                rs -> rs.getString(1), sam.id()));
        String failure = sql.one("SELECT detail FROM audit_event WHERE subject_id = ? AND subject_type = 'STAFF'"
                + " ORDER BY id LIMIT 1", rs -> rs.getString(1), sam.id()).orElseThrow();
        assertEquals("wrong password from 127.0.0.1", failure, "why and from where, never what was typed");
    }

    @Test
    void signing_in_renews_the_csrf_token_so_one_read_before_is_refused_after() {
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, fixture.team("se-recruitment"));
        WebClient browser = client();
        var before = browser.get("/staff/sign-in");
        String oldToken = before.html().selectFirst("input[name=_csrf]").val();
        String oldCookie = browser.cookie("__Host-fd_csrf");
        fixture.signIn(browser, sam);

        assertNotEquals(oldCookie, browser.cookie("__Host-fd_csrf"), "a new CSRF cookie at sign-in");
        assertEquals(403, browser.postRaw("/staff/sign-out", Map.of("_csrf", oldToken)).status(),
                "the token from before signing in no longer works");
        assertEquals(200, browser.get("/staff").status(), "still signed in");
    }

    @Test
    void anonymous_visitors_to_staff_pages_are_sent_to_sign_in() {
        WebClient anonymous = client();
        for (String path : List.of("/staff", "/staff/queues/1", "/staff/items/1", "/staff/admin",
                "/staff/admin/accounts", "/staff/admin/routing")) {
            var page = anonymous.get(path);
            assertEquals(303, page.status(), path);
            assertTrue(page.location().startsWith("/staff/sign-in?next="), path + " -> " + page.location());
        }
        var signInPage = anonymous.open("/staff/queues/1?assigned=me");
        assertEquals("Sign in", signInPage.html().selectFirst("h1").text());
        assertEquals("/staff/queues/1?assigned=me", signInPage.html().selectFirst("input[name=next]").val());
    }

    @Test
    void after_signing_in_a_person_goes_to_the_staff_page_they_asked_for() {
        var team = fixture.newSouthEastTeam();
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, team);
        WebClient browser = client();
        String next = browser.open("/staff/queues/" + team.id()).html().selectFirst("input[name=next]").val();

        var signedIn = browser.post("/staff/sign-in", Map.of("email", sam.email(), "password", StaffFixture.PASSWORD,
                "next", next));

        assertEquals(303, signedIn.status());
        assertEquals("/staff/queues/" + team.id(), signedIn.location());
        assertEquals(team.name(), browser.open(signedIn.location()).html().selectFirst("h1").text());
    }

    @Test
    void a_next_address_that_leads_off_the_staff_site_is_ignored() {
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, fixture.team("se-recruitment"));
        for (String next : List.of("https://evil.example/staff", "//evil.example/staff", "/staffing", "/\\evil.example")) {
            WebClient browser = client();
            browser.get("/staff/sign-in");
            var page = browser.post("/staff/sign-in", Map.of("email", sam.email(), "password", StaffFixture.PASSWORD,
                    "next", next));
            assertEquals(303, page.status(), next);
            assertEquals("/staff", page.location(), next);
        }
    }

    @Test
    void a_person_already_signed_in_is_taken_past_the_sign_in_page() {
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, fixture.team("se-recruitment"));
        WebClient browser = fixture.signIn(client(), sam);

        var page = browser.get("/staff/sign-in");

        assertEquals(303, page.status());
        assertEquals("/staff", page.location());
    }

    @Test
    void signing_out_ends_the_session_so_the_old_cookie_no_longer_works() {
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, fixture.team("se-recruitment"));
        WebClient browser = fixture.signIn(client(), sam);
        String oldCookie = browser.cookie("__Host-fd_session");
        assertNotNull(oldCookie);
        assertEquals(200, browser.get("/staff").status());

        var signedOut = browser.submit("/staff/sign-out", Map.of());

        assertEquals("Sign in", signedOut.html().selectFirst("h1").text());
        assertEquals("You have signed out.", signedOut.html().selectFirst(".govuk-notification-banner__heading").text());
        assertEquals(303, browser.get("/staff").status());
        var replayed = client().get("/staff", Map.of("Cookie", "__Host-fd_session=" + oldCookie));
        assertEquals(303, replayed.status(), "the old session cookie is dead");
        assertTrue(replayed.location().startsWith("/staff/sign-in"));
    }

    @Test
    void signing_in_gives_a_new_session_id() {
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, fixture.team("se-recruitment"));
        WebClient browser = client();
        browser.get("/staff/sign-in");
        String before = browser.cookie("__Host-fd_session");

        fixture.signIn(browser, sam);

        assertNotNull(browser.cookie("__Host-fd_session"));
        assertNotEquals(before, browser.cookie("__Host-fd_session"));
    }
}
