package uk.frontdoor.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.region.Team;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.staff.StaffFixture.Person;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Mailbox;
import uk.frontdoor.testing.WebClient;

/**
 * A new colleague's account is made by an administrator without a password; the colleague sets their own from the
 * link emailed to them (ADR 0030): once, within 24 hours, and only with a password that passes the rules.
 */
@MicronautTest(transactional = false)
class SettingAPasswordFromTheEmailedLinkTest extends AppTest {
    private static final String GOOD = "walrus purple ladder";

    @Inject
    StaffFixture fixture;
    @Inject
    Sql sql;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** An administrator creates an account for Nia through the page, as they would; returns Nia's address. */
    private String newColleague(String name) {
        Person admin = fixture.person("Ada Admin", Role.ADMINISTRATOR);
        Team team = fixture.newSouthEastTeam();
        WebClient browser = fixture.signIn(client(), admin);
        browser.get("/staff/admin/accounts/new");
        String email = uniqueEmail(name.toLowerCase().replace(' ', '.'));
        var created = browser.post("/staff/admin/accounts/new", Map.of("fullName", name, "email", email,
                "roles", List.of("RECRUITMENT_OFFICER"), "teams", List.of(String.valueOf(team.id()))));
        assertEquals(303, created.status());
        return email;
    }

    private static WebClient.Page signIn(WebClient client, String email, String password) {
        client.get("/staff/sign-in");
        return client.post("/staff/sign-in", Map.of("email", email, "password", password));
    }

    /** Opens the link and submits the form (a form token from the sign-in page when the link shows no form). */
    private static WebClient.Page setPassword(WebClient client, String link, String password, String again) {
        client.get("/staff/sign-in");
        client.get(link);
        return client.post("/staff/set-password", Map.of("token", StaffFixture.token(link), "password", password,
                "confirmPassword", again));
    }

    @Test
    void the_email_carries_only_the_link_to_the_address_on_the_account() throws Exception {
        String email = newColleague("Nia Newton");

        String link = StaffFixture.setPasswordLink(email, 1);

        MimeMessage mail = Mailbox.to(email).get(0);
        String body = Mailbox.body(mail);
        assertEquals("Set your password for the staff pages", mail.getSubject());
        assertTrue(body.contains("http://localhost" + link), body);
        assertTrue(body.contains("24 hours"));
        for (String secret : List.of("Nia", "Newton", "Recruitment", "recruitment", "Test team")) {
            assertFalse(body.contains(secret), "no name, role or team in the email: " + secret);
        }
        String token = StaffFixture.token(link);
        assertEquals(43, token.length(), "256 random bits, base64url");
        assertEquals(0, sql.count("SELECT COUNT(*) FROM staff_password_link WHERE token_hash = ?", token));
        String sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(1, sql.count("SELECT COUNT(*) FROM staff_password_link WHERE token_hash = ?", sha256),
                "only the token's SHA-256 is kept");
    }

    @Test
    void a_new_account_cannot_sign_in_until_its_password_is_set_and_setting_it_does_not_sign_in() {
        String email = newColleague("Nia Newton");
        String link = StaffFixture.setPasswordLink(email, 1);
        WebClient nia = client();
        assertEquals(422, signIn(nia, email, GOOD).status(), "no password yet: nothing signs in");

        var form = nia.get(link);
        assertEquals(200, form.status());
        assertEquals("Set your password", form.html().selectFirst("h1").text());
        assertEquals(email, form.html().selectFirst("input[autocomplete=username]").val(), "for password managers");
        var done = nia.submit("/staff/set-password", Map.of("token", StaffFixture.token(link), "password", GOOD,
                "confirmPassword", GOOD));

        assertEquals("Your password has been set", done.html().selectFirst("h1").text());
        assertEquals(303, nia.get("/staff").status(), "setting a password does not sign anyone in");
        assertEquals(303, signIn(nia, email, GOOD).status());
        assertEquals(200, nia.get("/staff").status());
        long id = sql.one("SELECT id FROM staff_account WHERE email = ?", rs -> rs.getLong(1), email).orElseThrow();
        assertEquals(1, sql.count("SELECT COUNT(*) FROM audit_event WHERE actor_id = ? AND action = 'SET_OWN_PASSWORD'"
                + " AND subject_id = ?", id, id));
    }

    @Test
    void opening_the_link_spends_nothing_but_saving_a_password_spends_it() {
        String email = newColleague("Nia Newton");
        String link = StaffFixture.setPasswordLink(email, 1);
        WebClient scanner = client();
        assertEquals(200, scanner.get(link).status());
        assertEquals(200, scanner.get(link).status(), "a mail scanner opening the link does not use it up");

        WebClient nia = client();
        assertEquals(303, setPassword(nia, link, GOOD, GOOD).status());
        var again = setPassword(client(), link, "another fine password", "another fine password");

        assertEquals(400, again.status());
        assertEquals("This link has already been used", again.html().selectFirst("h1").text());
        assertTrue(again.html().text().contains("Ask your administrator to send you a new link"));
        assertEquals("This link has already been used", client().get(link).html().selectFirst("h1").text());
        assertEquals(422, signIn(client(), email, "another fine password").status(), "the second password was not saved");
        assertEquals(303, signIn(client(), email, GOOD).status());
    }

    @Test
    void a_refused_password_leaves_the_link_working() {
        String email = newColleague("Nia Newton");
        String link = StaffFixture.setPasswordLink(email, 1);
        WebClient nia = client();

        var refused = setPassword(nia, link, "password1234", "password1234");

        assertEquals(422, refused.status());
        assertEquals(List.of("This password is too like passwords that many people use. Choose another, for example "
                + "3 or more random words"), refused.errorSummary());
        assertTrue(refused.html().title().startsWith("Error: Set your password"));
        assertEquals("", refused.html().getElementById("password").val(), "a password is never sent back");
        assertEquals(StaffFixture.token(link), refused.html().selectFirst("input[name=token]").val());
        assertEquals(303, nia.post("/staff/set-password", Map.of("token", StaffFixture.token(link), "password", GOOD,
                "confirmPassword", GOOD)).status(), "the link still works");
    }

    @Test
    void weak_common_short_and_name_containing_passwords_are_refused_each_with_what_to_do() {
        String email = newColleague("Nia Newton");
        String link = StaffFixture.setPasswordLink(email, 1);
        WebClient nia = client();
        Map<String, String> refusals = new java.util.LinkedHashMap<>();
        refusals.put("", "Enter a new password");
        refusals.put("short one", "Password must be 12 characters or more");
        refusals.put("ab".repeat(101), "Password must be 200 characters or fewer");
        refusals.put("newton is my name", "Password must not contain your name or your email address");
        refusals.put("Liverpool2024!", "This password is too like passwords that many people use. Choose another, "
                + "for example 3 or more random words");
        refusals.put("zxcvbnm,./asd", "This password follows keys next to each other on a keyboard, which is easy to "
                + "guess. Choose another, for example 3 or more random words");
        refusals.put("letmeinletmein", "This password repeats letters or words, or has a sequence like abc or 123, "
                + "which is easy to guess. Choose another, for example 3 or more random words");
        for (var refusal : refusals.entrySet()) {
            var page = setPassword(nia, link, refusal.getKey(), refusal.getKey());
            assertEquals(422, page.status(), refusal.getKey());
            assertEquals(List.of(refusal.getValue()), page.errorSummary(), refusal.getKey());
            assertEquals(refusal.getValue(), page.inlineError("password"), refusal.getKey());
            assertEquals("#password", page.html().selectFirst(".govuk-error-summary__list a").attr("href"));
        }

        var different = setPassword(nia, link, GOOD, GOOD + "!");
        assertEquals(List.of("The passwords do not match. Enter the same new password in both boxes"),
                different.errorSummary());
        assertEquals("The passwords do not match. Enter the same new password in both boxes",
                different.inlineError("confirmPassword"));
        assertEquals(List.of("Enter your new password again to confirm it"),
                setPassword(nia, link, GOOD, "").errorSummary());
        assertEquals(303, setPassword(nia, link, GOOD, GOOD).status(), "after all that, the link still works");
    }

    @Test
    void a_link_expires_after_24_hours() {
        String email = newColleague("Nia Newton");
        String link = StaffFixture.setPasswordLink(email, 1);
        clock.advance(Duration.ofHours(23).plusMinutes(59));
        assertEquals(200, client().get(link).status(), "still good just before");

        clock.advance(Duration.ofMinutes(2));
        WebClient nia = client();
        var opened = nia.get(link);
        var refused = setPassword(nia, link, GOOD, GOOD);

        assertEquals(400, opened.status());
        assertEquals("This link has expired", opened.html().selectFirst("h1").text());
        assertEquals(400, refused.status());
        assertEquals("This link has expired", refused.html().selectFirst("h1").text());
        assertTrue(refused.html().text().contains("Ask your administrator to send you a new link to set your password."));
        assertEquals(422, signIn(client(), email, GOOD).status());
    }

    @Test
    void an_unknown_or_tampered_link_gets_a_page_that_says_what_to_do() {
        WebClient browser = client();
        for (String path : List.of("/staff/set-password", "/staff/set-password?token=made-up",
                "/staff/set-password?token=" + "x".repeat(300))) {
            var page = browser.get(path);
            assertEquals(400, page.status(), path);
            assertEquals("This link is not right", page.html().selectFirst("h1").text(), path);
            assertTrue(page.html().text().contains("Ask your administrator"), path);
            assertNull(page.html().selectFirst("input[type=password]"), path);
        }
        browser.get("/staff/sign-in");
        assertEquals(400, browser.post("/staff/set-password", Map.of("token", "made-up", "password", GOOD,
                "confirmPassword", GOOD)).status());
    }
}
