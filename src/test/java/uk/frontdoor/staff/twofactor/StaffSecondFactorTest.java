package uk.frontdoor.staff.twofactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.staff.StaffAccounts;
import uk.frontdoor.core.staff.twofactor.Totp;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.staff.StaffFixture.Person;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.WebClient;

/**
 * The second factor over HTTP, its codes computed from the secret the set-up page shows, as an authenticator app
 * computes them: set-up required of administrators and team managers before any page, sign-in with a code, wrong and
 * replayed codes, recovery codes used once, new recovery codes, an administrator's reset, and delays on wrong codes.
 */
@MicronautTest(transactional = false)
class StaffSecondFactorTest extends AppTest {
    private static final String WRONG = "Enter the 6-digit code your authenticator app shows now, or one of your recovery codes";

    @Inject
    StaffFixture staff;
    @Inject
    StaffAccounts accounts;
    @Inject
    Sql sql;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static WebClient.Page password(WebClient browser, Person person) {
        browser.get("/staff/sign-in");
        return browser.post("/staff/sign-in", Map.of("email", person.email(), "password", StaffFixture.PASSWORD,
                "next", "/staff"));
    }

    private String codeNow(String secret) {
        return Totp.code(Totp.decode(secret), Totp.step(clock.instant()));
    }

    @Test
    void an_administrator_without_an_app_must_set_one_up_before_any_staff_page() {
        Person ada = staff.personWithoutApp("Ada Admin", Role.ADMINISTRATOR);
        WebClient browser = client();
        var signedIn = password(browser, ada);
        assertEquals("/staff/two-factor/set-up?next=%2Fstaff", signedIn.location());
        for (String page : List.of("/staff", "/staff/admin/accounts", "/staff/two-factor")) {
            var refused = browser.get(page);
            assertEquals(303, refused.status(), page);
            assertTrue(refused.location().startsWith("/staff/two-factor/set-up?next="), page + " -> " + refused.location());
        }

        var setUp = browser.get(signedIn.location());
        assertEquals("Set up an authenticator app", setUp.html().selectFirst("h1").text());
        assertNotNull(setUp.html().selectFirst("svg.app-qr-code title"), "a QR code drawn on our own server");
        String secret = setUp.html().selectFirst("code.app-secret").text().replace(" ", "");
        assertEquals(32, secret.length(), "160 random bits, in base 32, for people who cannot scan");

        var wrong = browser.post("/staff/two-factor/set-up", Map.of("code", "000000", "next", "/staff"));
        assertEquals(422, wrong.status());
        assertEquals(List.of("Enter the 6-digit code your authenticator app shows now for this service"),
                wrong.errorSummary());
        assertEquals(secret, wrong.html().selectFirst("code.app-secret").text().replace(" ", ""), "the same key again");

        var codes = browser.post("/staff/two-factor/set-up", Map.of("code", codeNow(secret), "next", "/staff"));
        assertEquals(200, codes.status());
        assertEquals("Your recovery codes", codes.html().selectFirst("h1").text());
        assertEquals(10, codes.html().select(".app-recovery-codes code").size());
        assertEquals(200, browser.get("/staff").status(), "signed in once the app works");
        assertEquals(List.of("STAFF_PASSWORD_ACCEPTED", "STAFF_SECOND_FACTOR_SET_UP_FAILED", "STAFF_SECOND_FACTOR_SET_UP",
                "STAFF_SIGNED_IN"), actions(ada));
    }

    @Test
    void a_manager_signs_in_with_the_code_from_their_app_and_a_code_used_once_is_refused_after() {
        Person maya = staff.person("Maya Manager", Role.TEAM_MANAGER);
        String secret = sql.one("SELECT secret FROM staff_totp WHERE staff_id = ?", rs -> rs.getString(1), maya.id())
                .orElseThrow();
        clock.set(Instant.now().plusSeconds(120)); // past the step the fixture used to set the app up
        WebClient browser = client();
        var signedIn = password(browser, maya);
        assertEquals("/staff/sign-in/code?next=%2Fstaff", signedIn.location());
        assertEquals(303, browser.get("/staff").status(), "no page before the code");

        var code = browser.get(signedIn.location());
        assertEquals("Enter the code from your authenticator app", code.html().selectFirst("h1").text());
        assertEquals("one-time-code", code.html().getElementById("code").attr("autocomplete"));
        var wrong = browser.post("/staff/sign-in/code", Map.of("code", "123456", "next", "/staff"));
        assertEquals(422, wrong.status());
        assertEquals(List.of(WRONG), wrong.errorSummary());
        assertEquals(WRONG, wrong.inlineError("code"));

        String now = codeNow(secret);
        var right = browser.post("/staff/sign-in/code", Map.of("code", now.substring(0, 3) + " " + now.substring(3),
                "next", "/staff"));
        assertEquals(303, right.status(), "spaces are allowed, as apps show them");
        assertEquals(200, browser.open("/staff").status());

        WebClient replay = client();
        password(replay, maya);
        replay.get("/staff/sign-in/code");
        var replayed = replay.post("/staff/sign-in/code", Map.of("code", now, "next", "/staff"));
        assertEquals(422, replayed.status(), "the same code again, within its 30 seconds: refused");
        assertEquals(303, replay.get("/staff").status());
    }

    @Test
    void a_recovery_code_signs_in_once_and_new_codes_replace_the_old() {
        Person ada = staff.personWithoutApp("Ada Admin", Role.ADMINISTRATOR);
        WebClient browser = client();
        password(browser, ada);
        String secret = browser.get("/staff/two-factor/set-up").html().selectFirst("code.app-secret").text()
                .replace(" ", "");
        List<String> codes = browser.post("/staff/two-factor/set-up", Map.of("code", codeNow(secret), "next", "/staff"))
                .html().select(".app-recovery-codes code").eachText();

        WebClient lostPhone = client();
        password(lostPhone, ada);
        lostPhone.get("/staff/sign-in/code");
        assertEquals(303, lostPhone.post("/staff/sign-in/code", Map.of("code", codes.get(0).toLowerCase(),
                "next", "/staff")).status(), "a recovery code, typed in any case");
        var status = lostPhone.open("/staff/two-factor");
        assertTrue(status.body().contains("Recovery codes you have not used: 9"), status.body());

        WebClient again = client();
        password(again, ada);
        again.get("/staff/sign-in/code");
        assertEquals(422, again.post("/staff/sign-in/code", Map.of("code", codes.get(0), "next", "/staff")).status(),
                "each recovery code works once");

        lostPhone.get("/staff/two-factor");
        var renewed = lostPhone.post("/staff/two-factor/recovery-codes", Map.of());
        assertEquals(10, renewed.html().select(".app-recovery-codes code").size());
        again.get("/staff/sign-in/code");
        assertEquals(422, again.post("/staff/sign-in/code", Map.of("code", codes.get(1), "next", "/staff")).status(),
                "the codes from before stopped working");
        assertEquals(303, again.post("/staff/sign-in/code", Map.of("code",
                renewed.html().select(".app-recovery-codes code").get(3).text(), "next", "/staff")).status());
    }

    @Test
    void wrong_codes_make_the_next_attempt_wait() {
        Person maya = staff.person("Maya Manager", Role.TEAM_MANAGER);
        clock.set(Instant.now());
        WebClient browser = client();
        password(browser, maya);
        browser.get("/staff/sign-in/code");
        for (int attempt = 1; attempt <= 6; attempt++) {
            assertEquals(422, browser.post("/staff/sign-in/code", Map.of("code", "00000" + attempt, "next", "/staff"))
                    .status());
        }
        var waiting = browser.post("/staff/sign-in/code", Map.of("code", staff.code(maya), "next", "/staff"));
        assertEquals(429, waiting.status(), "even the right code waits");
        assertEquals("1", waiting.header("Retry-After").orElseThrow());
        assertEquals(List.of("STAFF_SECOND_FACTOR_FAILED"), actions(maya).stream()
                .filter(a -> a.equals("STAFF_SECOND_FACTOR_FAILED")).distinct().toList());
        clock.advance(java.time.Duration.ofSeconds(2));
        assertEquals(303, browser.post("/staff/sign-in/code", Map.of("code", staff.code(maya), "next", "/staff"))
                .status());
    }

    @Test
    void a_recruitment_officer_may_add_an_app_and_then_signs_in_with_it() {
        Person sam = staff.person("Sam Officer", Role.RECRUITMENT_OFFICER, staff.team("se-recruitment"));
        WebClient browser = staff.signIn(client(), sam);
        var status = browser.get("/staff/two-factor");
        assertEquals("Off", status.html().selectFirst("main .govuk-tag").text());
        String secret = browser.get("/staff/two-factor/set-up").html().selectFirst("code.app-secret").text()
                .replace(" ", "");
        assertEquals(200, browser.post("/staff/two-factor/set-up", Map.of("code", codeNow(secret), "next", "/staff"))
                .status());
        assertEquals("On", browser.get("/staff/two-factor").html().selectFirst("main .govuk-tag").text());

        var next = password(client(), sam);
        assertTrue(next.location().startsWith("/staff/sign-in/code"), "the code is asked for from now on");
    }

    @Test
    void an_administrators_reset_ends_the_colleagues_sessions_and_they_set_up_a_new_app() {
        Person admin = staff.person("Ada Admin", Role.ADMINISTRATOR);
        Person maya = staff.person("Maya Manager", Role.TEAM_MANAGER);
        WebClient mayas = staff.signIn(client(), maya);
        WebClient admins = staff.signIn(client(), admin);
        admins.get("/staff/admin/accounts/" + maya.id());
        var done = admins.submit("/staff/admin/accounts/" + maya.id() + "/reset-two-factor", Map.of());
        assertTrue(done.body().contains("Their two-factor authentication is reset."));
        assertEquals(303, mayas.get("/staff").status(), "their sessions ended");
        assertTrue(password(client(), maya).location().startsWith("/staff/two-factor/set-up"));
        assertEquals(1, staff.audits(admin.id(), "STAFF_SECOND_FACTOR_RESET", "STAFF", maya.id()));

        admins.get("/staff/admin/accounts");
        assertEquals(404, admins.post("/staff/admin/accounts/" + admin.id() + "/reset-two-factor", Map.of()).status(),
                "not their own");
    }

    private List<String> actions(Person person) {
        return sql.list("SELECT action FROM audit_event WHERE subject_type = 'STAFF' AND subject_id = ? ORDER BY id",
                rs -> rs.getString(1), person.id());
    }
}
