package uk.frontdoor.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.staff.StaffFixture.Person;
import uk.frontdoor.support.AppTest;
import uk.frontdoor.support.WebClient;

@MicronautTest(transactional = false)
class StaffSignInTest extends AppTest {
    private static final String REFUSED = "Enter a correct email address and password";
    private static final String LOCKED = "There have been too many attempts to sign in to this account. Wait 15 minutes, then try again.";

    @Inject
    StaffFixture fixture;

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
    void five_wrong_passwords_lock_the_account_and_then_even_the_right_password_is_refused() {
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, fixture.team("se-recruitment"));
        WebClient browser = client();
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertEquals(List.of(REFUSED), signIn(browser, sam.email(), "wrong guess " + attempt).errorSummary());
        }

        assertEquals(List.of(LOCKED), signIn(browser, sam.email(), "wrong guess 5").errorSummary());
        var rightPassword = signIn(browser, sam.email(), StaffFixture.PASSWORD);

        assertEquals(422, rightPassword.status());
        assertEquals(List.of(LOCKED), rightPassword.errorSummary());
        assertEquals(303, browser.get("/staff").status(), "still not signed in");
    }

    @Test
    void an_email_without_an_account_answers_exactly_like_one_with_an_account_even_at_the_lockout() {
        String nobody = uniqueEmail("nobody");
        WebClient browser = client();
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertEquals(List.of(REFUSED), signIn(browser, nobody, "guess " + attempt).errorSummary());
        }
        assertEquals(List.of(LOCKED), signIn(browser, nobody, "guess 5").errorSummary(),
                "the lockout message must not reveal that no account exists");
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
        String oldCookie = browser.cookie("fd_session");
        assertNotNull(oldCookie);
        assertEquals(200, browser.get("/staff").status());

        var signedOut = browser.submit("/staff/sign-out", Map.of());

        assertEquals("Sign in", signedOut.html().selectFirst("h1").text());
        assertEquals("You have signed out.", signedOut.html().selectFirst(".govuk-notification-banner__heading").text());
        assertEquals(303, browser.get("/staff").status());
        var replayed = client().get("/staff", Map.of("Cookie", "fd_session=" + oldCookie));
        assertEquals(303, replayed.status(), "the old session cookie is dead");
        assertTrue(replayed.location().startsWith("/staff/sign-in"));
    }

    @Test
    void signing_in_gives_a_new_session_id() {
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, fixture.team("se-recruitment"));
        WebClient browser = client();
        browser.get("/staff/sign-in");
        String before = browser.cookie("fd_session");

        fixture.signIn(browser, sam);

        assertNotNull(browser.cookie("fd_session"));
        assertNotEquals(before, browser.cookie("fd_session"));
    }
}
