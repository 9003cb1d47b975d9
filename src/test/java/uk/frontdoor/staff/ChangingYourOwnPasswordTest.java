package uk.frontdoor.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.staff.StaffFixture.Person;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.WebClient;

/** A member of staff changes their own password from "Your account" (ADR 0030). */
@MicronautTest(transactional = false)
class ChangingYourOwnPasswordTest extends AppTest {
    private static final String NEW_PASSWORD = "walrus purple ladder";

    @Inject
    StaffFixture fixture;

    private static WebClient.Page signIn(WebClient client, String email, String password) {
        client.get("/staff/sign-in");
        return client.post("/staff/sign-in", Map.of("email", email, "password", password));
    }

    private static WebClient.Page change(WebClient browser, String current, String password, String again) {
        browser.get("/staff/account/password");
        return browser.post("/staff/account/password", Map.of("currentPassword", current, "password", password,
                "confirmPassword", again));
    }

    @Test
    void every_member_of_staff_finds_their_account_from_the_staff_pages() {
        Person sam = fixture.person("Sam Jones", Role.SUPPORT_WORKER, fixture.team("se-support"));
        WebClient browser = fixture.signIn(client(), sam);

        var home = browser.get("/staff");
        var account = browser.get(home.html().selectFirst("nav a:containsOwn(Your account)").attr("href"));

        assertEquals("Your account", account.html().selectFirst("h1").text());
        String details = account.html().selectFirst(".govuk-summary-list").text();
        assertTrue(details.contains(sam.name()) && details.contains(sam.email()) && details.contains("Adoption support worker")
                && details.contains("South East adoption support"), details);
        assertEquals("/staff/account/password", account.html().selectFirst(".govuk-summary-list a").attr("href"));
    }

    @Test
    void changing_your_password_needs_the_current_one_and_ends_your_other_sessions() {
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, fixture.team("se-recruitment"));
        WebClient phone = fixture.signIn(client(), sam);
        WebClient laptop = fixture.signIn(client(), sam);

        var wrong = change(laptop, "not my password at all", NEW_PASSWORD, NEW_PASSWORD);
        assertEquals(422, wrong.status());
        assertEquals(List.of("Your current password is not right. Check it and try again"), wrong.errorSummary());
        assertEquals("Your current password is not right. Check it and try again", wrong.inlineError("currentPassword"));
        assertEquals(200, phone.get("/staff").status(), "nothing changed");
        var missing = change(laptop, "", NEW_PASSWORD, NEW_PASSWORD);
        assertEquals(List.of("Enter your current password"), missing.errorSummary());

        var changed = laptop.submit("/staff/account/password", Map.of("currentPassword", StaffFixture.PASSWORD,
                "password", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD));

        assertEquals("Your password has been changed. You have been signed out everywhere else.",
                changed.html().selectFirst(".govuk-notification-banner__heading").text());
        assertEquals(200, laptop.get("/staff").status(), "this session goes on");
        assertEquals(303, phone.get("/staff").status(), "every other session has ended");
        assertEquals(422, signIn(client(), sam.email(), StaffFixture.PASSWORD).status(), "the old password is dead");
        assertEquals(303, signIn(client(), sam.email(), NEW_PASSWORD).status());
        assertEquals(1, fixture.audits(sam.id(), "CHANGE_OWN_PASSWORD", "STAFF", sam.id()));
        assertEquals(1, fixture.audits(sam.id(), "CHANGE_OWN_PASSWORD_REFUSED", "STAFF", sam.id()),
                "the wrong current password is audited too");
    }

    @Test
    void weak_common_short_and_name_containing_new_passwords_are_refused_with_their_messages() {
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, fixture.team("se-recruitment"));
        WebClient browser = fixture.signIn(client(), sam);
        Map<String, String> refusals = new java.util.LinkedHashMap<>();
        refusals.put("", "Enter a new password");
        refusals.put("too short", "Password must be 12 characters or more");
        refusals.put("jones family rules", "Password must not contain your name or your email address");
        refusals.put("password12345", "This password is too like passwords that many people use. Choose another, "
                + "for example 3 or more random words");
        refusals.put("19/04/1987 x", "This password relies on a date or a year, which is easy to guess. Choose "
                + "another, for example 3 or more random words");
        refusals.put("michaeljohnson", "This password is too easy to guess. Add another word or two, or choose 3 or "
                + "more random words");
        for (var refusal : refusals.entrySet()) {
            var page = change(browser, StaffFixture.PASSWORD, refusal.getKey(), refusal.getKey());
            assertEquals(422, page.status(), refusal.getKey());
            assertEquals(List.of(refusal.getValue()), page.errorSummary(), refusal.getKey());
            assertEquals(refusal.getValue(), page.inlineError("password"), refusal.getKey());
            assertTrue(page.html().title().startsWith("Error: Change your password"));
        }
        assertEquals(List.of("The passwords do not match. Enter the same new password in both boxes"),
                change(browser, StaffFixture.PASSWORD, NEW_PASSWORD, "walrus purple").errorSummary());
        assertEquals(0, fixture.audits(sam.id(), "CHANGE_OWN_PASSWORD", "STAFF", sam.id()));
        assertEquals(200, browser.get("/staff").status());
    }

    @Test
    void the_current_password_cannot_be_guessed_through_the_form() {
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, fixture.team("se-recruitment"));
        WebClient browser = fixture.signIn(client(), sam);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(List.of("Your current password is not right. Check it and try again"),
                    change(browser, "guess number " + attempt, NEW_PASSWORD, NEW_PASSWORD).errorSummary());
        }

        var sixth = change(browser, StaffFixture.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

        assertEquals(List.of("You have tried your current password too many times. Wait 15 minutes, then try again"),
                sixth.errorSummary(), "even the right one is not tried now");
        assertEquals(303, signIn(client(), sam.email(), StaffFixture.PASSWORD).status(), "the password is unchanged");
    }
}
