package uk.frontdoor.staff.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.staff.StaffAccounts;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.staff.StaffFixture.Person;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.IdentityProvider;
import uk.frontdoor.testing.WebClient;

/**
 * Staff sign in with their organisation account (OpenID Connect, ADR 0027) against a real provider started by the tests,
 * over real HTTP: the first sign-in links the account by the verified email, later ones by the subject alone; and each
 * way it must not work is refused, audited and leaves nobody signed in.
 */
@MicronautTest(transactional = false)
class SigningInWithAnOrganisationAccountTest extends AppTest {
    private static final String NO_ACCOUNT = "You do not have an account for Front Door";
    private static final String REFUSED = "You could not be signed in";
    private static final String NOT_FINISHED = "You have not been signed in";

    @Inject
    StaffFixture fixture;
    @Inject
    StaffAccounts accounts;
    @Inject
    Sql sql;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.putAll(IdentityProvider.settings());
        return properties;
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Person colleague(String name) {
        return fixture.person(name, Role.RECRUITMENT_OFFICER, fixture.team("se-recruitment"));
    }

    private static String subject() {
        return "entra-" + UUID.randomUUID();
    }

    @Test
    void a_member_of_staff_signs_in_with_their_organisation_account_and_lands_on_the_page_they_asked_for() {
        Person sam = colleague("Sam Jones");
        String subject = subject();
        WebClient browser = client();
        String next = "/staff/queues/" + fixture.team("se-recruitment").id();
        long audited = lastAuditId();

        URI authorization = OrganisationSignIn.pressTheButton(browser, next);
        assertTrue(authorization.toString().startsWith(IdentityProvider.issuer() + "/authorize?"), authorization.toString());
        var query = OrganisationSignIn.query(authorization);
        assertEquals("code", query.get("response_type"));
        assertEquals("S256", query.get("code_challenge_method"), "PKCE");
        assertEquals(IdentityProvider.CLIENT_ID, query.get("client_id"));
        assertEquals(baseUrl().replaceAll("/$", "") + "/staff/sign-in/oidc/callback", query.get("redirect_uri"));
        assertTrue(query.get("scope").contains("openid") && query.get("scope").contains("email"), query.get("scope"));
        assertTrue(query.get("state").length() >= 32 && query.get("nonce").length() >= 32, "state and nonce");
        String callback = OrganisationSignIn.signInAtTheProvider(authorization, subject,
                OrganisationSignIn.claims(sam.email(), true));
        var back = browser.get(callback);

        assertEquals(303, back.status());
        assertEquals(next, back.location());
        assertEquals(200, browser.get("/staff").status(), "signed in");
        assertEquals(subject, linkedSubject(sam));
        assertEquals(List.of("SSO_LINK", "SSO_SIGN_IN"), auditActionsSince(audited));
    }

    @Test
    void later_sign_ins_find_the_account_by_its_subject_even_after_the_email_changes() {
        Person sam = colleague("Sam Jones");
        String subject = subject();
        assertEquals(303, OrganisationSignIn.signIn(client(), subject, OrganisationSignIn.claims(sam.email(), true)).status());

        WebClient later = client();
        var renamed = OrganisationSignIn.signIn(later, subject,
                OrganisationSignIn.claims("sam.smith-" + UUID.randomUUID() + "@staff.example.org", true));
        WebClient noEmail = client();
        var withoutEmail = OrganisationSignIn.signIn(noEmail, subject, "{}");

        assertEquals(303, renamed.status());
        assertEquals(303, withoutEmail.status());
        assertEquals(sam.name(), signedInName(later));
        assertEquals(sam.name(), signedInName(noEmail));
    }

    @Test
    void with_entra_the_object_id_is_the_subject_kept_so_a_different_sub_is_still_the_same_person() {
        Person sam = colleague("Sam Jones");
        String objectId = UUID.randomUUID().toString();
        String first = "{\"oid\":\"" + objectId + "\",\"email\":\"" + sam.email() + "\",\"xms_edov\":true}";
        assertEquals(303, OrganisationSignIn.signIn(client(), subject(), first).status());
        assertEquals(objectId, linkedSubject(sam), "Entra's oid, not its per-app sub");

        WebClient later = client();
        var again = OrganisationSignIn.signIn(later, subject(), "{\"oid\":\"" + objectId + "\"}");

        assertEquals(303, again.status());
        assertEquals(sam.name(), signedInName(later));
    }

    @Test
    void someone_with_no_account_is_told_so_and_it_is_audited() {
        String stranger = uniqueEmail("stranger");
        WebClient browser = client();
        long audited = lastAuditId();

        var page = OrganisationSignIn.signIn(browser, subject(), OrganisationSignIn.claims(stranger, true));

        assertEquals(403, page.status());
        assertEquals(NO_ACCOUNT, page.html().selectFirst("h1").text());
        assertTrue(page.html().title().startsWith(NO_ACCOUNT + " – "), page.html().title());
        assertTrue(page.body().contains("Ask your administrator"), page.body());
        assertNotSignedIn(browser);
        assertRefusedSince(audited, "NO_ACCOUNT", stranger);
    }

    @Test
    void an_email_the_token_does_not_vouch_for_links_nothing() {
        Person sam = colleague("Sam Jones");
        WebClient browser = client();
        long audited = lastAuditId();

        var page = OrganisationSignIn.signIn(browser, subject(), OrganisationSignIn.claims(sam.email(), false));

        assertEquals(403, page.status());
        assertEquals(NO_ACCOUNT, page.html().selectFirst("h1").text());
        assertNotSignedIn(browser);
        assertNull(linkedSubject(sam));
        assertRefusedSince(audited, "NO_ACCOUNT", "vouches for no email");
    }

    @Test
    void an_email_that_only_looks_like_a_colleagues_does_not_find_their_account() {
        Person sam = colleague("Sam Jones");
        String lookAlike = sam.email().replaceFirst("^sam", "s\u00e1m"); // the database's collation calls them equal

        var page = OrganisationSignIn.signIn(client(), subject(), OrganisationSignIn.claims(lookAlike, true));

        assertEquals(403, page.status());
        assertNull(linkedSubject(sam));
    }

    @Test
    void a_second_identity_carrying_a_linked_colleagues_email_is_refused() {
        Person sam = colleague("Sam Jones");
        String samsSubject = subject();
        assertEquals(303, OrganisationSignIn.signIn(client(), samsSubject, OrganisationSignIn.claims(sam.email(), true)).status());
        long audited = lastAuditId();

        WebClient other = client();
        var page = OrganisationSignIn.signIn(other, subject(), OrganisationSignIn.claims(sam.email(), true));

        assertEquals(403, page.status());
        assertNotSignedIn(other);
        assertEquals(samsSubject, linkedSubject(sam), "the link is unchanged");
        assertRefusedSince(audited, "NO_ACCOUNT", "linked to another identity");
    }

    @Test
    void a_deactivated_member_of_staff_is_refused_whether_linked_already_or_not() {
        Person sam = colleague("Sam Jones");
        String subject = subject();
        assertEquals(303, OrganisationSignIn.signIn(client(), subject, OrganisationSignIn.claims(sam.email(), true)).status());
        accounts.setActive(sam.id(), false);
        Person jo = colleague("Jo Left");
        accounts.setActive(jo.id(), false);
        long audited = lastAuditId();

        WebClient samsBrowser = client();
        var linked = OrganisationSignIn.signIn(samsBrowser, subject, "{}");
        WebClient josBrowser = client();
        var notLinked = OrganisationSignIn.signIn(josBrowser, subject(), OrganisationSignIn.claims(jo.email(), true));

        assertEquals(403, linked.status());
        assertEquals(NO_ACCOUNT, linked.html().selectFirst("h1").text());
        assertEquals(403, notLinked.status());
        assertNotSignedIn(samsBrowser);
        assertNotSignedIn(josBrowser);
        assertNull(linkedSubject(jo), "nothing is linked to a deactivated account");
        List<String> refusals = refusalsSince(audited);
        assertEquals(2, refusals.size(), refusals.toString());
        assertTrue(refusals.stream().allMatch(r -> r.startsWith("DEACTIVATED")), refusals.toString());
    }

    @Test
    void a_token_signed_with_someone_elses_key_is_refused() throws Exception {
        Person sam = colleague("Sam Jones");
        WebClient browser = client();
        var trip = OrganisationSignIn.goToTheProvider(browser, subject(), OrganisationSignIn.claims(sam.email(), true));
        // everything right but the key: the provider's own key id, a key of the forger's own making
        String providerKeyId = JWKSet.load(IdentityProvider.server().jwksUrl(IdentityProvider.TENANT).url()).getKeys().get(0)
                .getKeyID();
        RSAKey forgersKey = new RSAKeyGenerator(2048).keyID(providerKeyId).generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(providerKeyId).build(),
                claimsFor(subject(), sam.email(), trip.nonce()));
        forged.sign(new RSASSASigner(forgersKey));
        IdentityProvider.answerNextTokenRequestWith(forged.serialize());
        long audited = lastAuditId();

        var page = browser.get(trip.callback());

        assertEquals(403, page.status());
        assertEquals(REFUSED, page.html().selectFirst("h1").text());
        assertNotSignedIn(browser);
        assertNull(linkedSubject(sam));
        String refusal = assertRefusedSince(audited, "BAD_TOKEN", "signature");
        assertFalse(refusal.contains(forged.serialize()) || refusal.contains("eyJ"), "never the token: " + refusal);
    }

    @Test
    void a_real_token_whose_contents_were_changed_is_refused() throws Exception {
        Person sam = colleague("Sam Jones");
        WebClient browser = client();
        var trip = OrganisationSignIn.goToTheProvider(browser, subject(), "{}");
        // signed by the provider for somebody else, then given Sam's email
        SignedJWT genuine = IdentityProvider.server().issueToken(IdentityProvider.TENANT, subject(),
                IdentityProvider.CLIENT_ID, Map.of("nonce", trip.nonce()), 3600);
        String[] parts = genuine.serialize().split("\\.");
        String tampered = parts[0] + "." + Base64URL.encode(claimsFor(subject(), sam.email(), trip.nonce()).toString())
                + "." + parts[2];
        IdentityProvider.answerNextTokenRequestWith(tampered);
        long audited = lastAuditId();

        var page = browser.get(trip.callback());

        assertEquals(403, page.status());
        assertNotSignedIn(browser);
        assertNull(linkedSubject(sam));
        assertRefusedSince(audited, "BAD_TOKEN", "signature");
    }

    @Test
    void a_token_made_for_another_application_is_refused() {
        Person sam = colleague("Sam Jones");
        IdentityProvider.nextToken(Map.of("aud", List.of("another-application")), 3600);
        long audited = lastAuditId();
        WebClient browser = client();

        var page = OrganisationSignIn.signIn(browser, subject(), OrganisationSignIn.claims(sam.email(), true));

        assertEquals(403, page.status());
        assertEquals(REFUSED, page.html().selectFirst("h1").text());
        assertNotSignedIn(browser);
        assertRefusedSince(audited, "BAD_TOKEN", "audience");
    }

    @Test
    void an_expired_token_is_refused() {
        Person sam = colleague("Sam Jones");
        WebClient browser = client();
        var trip = OrganisationSignIn.goToTheProvider(browser, subject(), "{}");
        // signed by the provider, right in every way but its expiry, in a token response a provider really sends
        // (nextToken's negative expiry also makes the response's expires_in negative, which Nimbus refuses first)
        SignedJWT expired = IdentityProvider.server().issueToken(IdentityProvider.TENANT, subject(),
                IdentityProvider.CLIENT_ID, Map.of("nonce", trip.nonce(), "email", sam.email(), "email_verified", true),
                -Duration.ofMinutes(10).toSeconds());
        IdentityProvider.answerNextTokenRequestWith(expired.serialize());
        long audited = lastAuditId();

        var page = browser.get(trip.callback());

        assertEquals(403, page.status());
        assertNotSignedIn(browser);
        assertRefusedSince(audited, "BAD_TOKEN", "xpired");
    }

    @Test
    void a_token_with_another_sign_ins_nonce_is_refused() {
        Person sam = colleague("Sam Jones");
        IdentityProvider.nextToken(Map.of("nonce", "a-nonce-from-another-sign-in-" + UUID.randomUUID()), 3600);
        long audited = lastAuditId();
        WebClient browser = client();

        var page = OrganisationSignIn.signIn(browser, subject(), OrganisationSignIn.claims(sam.email(), true));

        assertEquals(403, page.status());
        assertNotSignedIn(browser);
        assertRefusedSince(audited, "BAD_TOKEN", "nonce");
    }

    @Test
    void the_way_back_works_once_so_a_replayed_state_is_refused() {
        Person sam = colleague("Sam Jones");
        WebClient browser = client();
        var trip = OrganisationSignIn.goToTheProvider(browser, subject(), OrganisationSignIn.claims(sam.email(), true));
        assertEquals(303, browser.get(trip.callback()).status());
        browser.get("/staff"); // as the browser does after signing in: its form token was renewed
        browser.submit("/staff/sign-out", Map.of());
        long audited = lastAuditId();

        var replayed = browser.get(trip.callback());

        assertEquals(400, replayed.status());
        assertEquals(NOT_FINISHED, replayed.html().selectFirst("h1").text());
        assertNotSignedIn(browser);
        assertRefusedSince(audited, "STATE_REPLAYED", "used already");
        assertEquals(400, client().get(trip.callback()).status(), "again, from anywhere");
        assertEquals(1, refusalsSince(audited).size(), "a replay is audited once, so replays cannot fill the audit log");
    }

    @Test
    void a_sign_in_started_in_one_browser_cannot_be_finished_in_another() {
        Person sam = colleague("Sam Jones");
        WebClient samsBrowser = client();
        var trip = OrganisationSignIn.goToTheProvider(samsBrowser, subject(), OrganisationSignIn.claims(sam.email(), true));
        long audited = lastAuditId();

        WebClient someoneElse = client();
        someoneElse.get("/staff/sign-in");
        var elsewhere = someoneElse.get(trip.callback());

        assertEquals(400, elsewhere.status());
        assertNotSignedIn(someoneElse);
        assertRefusedSince(audited, "OTHER_BROWSER", "another browser");
        assertEquals(400, samsBrowser.get(trip.callback()).status(), "and the attempt is used up");
        assertNull(linkedSubject(sam));
    }

    @Test
    void a_sign_in_left_for_more_than_ten_minutes_is_refused() {
        Person sam = colleague("Sam Jones");
        WebClient browser = client();
        var trip = OrganisationSignIn.goToTheProvider(browser, subject(), OrganisationSignIn.claims(sam.email(), true));
        clock.advance(Duration.ofMinutes(11));
        long audited = lastAuditId();

        var page = browser.get(trip.callback());

        assertEquals(400, page.status());
        assertNotSignedIn(browser);
        assertRefusedSince(audited, "STATE_EXPIRED", "10 minutes");
        clock.reset();
        assertEquals(400, browser.get(trip.callback()).status(), "a late way back uses the attempt up too");
    }

    @Test
    void a_code_the_provider_gave_to_one_sign_in_cannot_finish_another_as_pkce_ties_it_to_the_first() {
        Person sam = colleague("Sam Jones");
        WebClient browser = client();
        var first = OrganisationSignIn.goToTheProvider(browser, subject(), OrganisationSignIn.claims(sam.email(), true));
        URI second = OrganisationSignIn.pressTheButton(browser, null);
        String code = OrganisationSignIn.query(URI.create(first.callback())).get("code");
        long audited = lastAuditId();

        var page = browser.get("/staff/sign-in/oidc/callback?code=" + code + "&state="
                + OrganisationSignIn.query(second).get("state"));

        assertEquals(400, page.status());
        assertNotSignedIn(browser);
        assertRefusedSince(audited, "PROVIDER_ERROR", "invalid_grant");
    }

    @Test
    void a_person_who_cancels_at_the_provider_is_asked_to_start_again() {
        WebClient browser = client();
        URI authorization = OrganisationSignIn.pressTheButton(browser, null);
        String state = OrganisationSignIn.query(authorization).get("state");
        long audited = lastAuditId();

        var page = browser.get("/staff/sign-in/oidc/callback?error=access_denied&error_description=cancelled&state=" + state);

        assertEquals(400, page.status());
        assertEquals(NOT_FINISHED, page.html().selectFirst("h1").text());
        assertEquals("/staff/sign-in", page.html().selectFirst("main a").attr("href"));
        assertRefusedSince(audited, "PROVIDER_ERROR", "access_denied");
    }

    @Test
    void a_way_back_with_no_state_or_a_made_up_one_is_refused() {
        WebClient browser = client();
        browser.get("/staff/sign-in");

        long audited = lastAuditId();

        var page = browser.get("/staff/sign-in/oidc/callback?code=made-up");
        var madeUp = browser.get("/staff/sign-in/oidc/callback?code=made-up&state=" + UUID.randomUUID());

        assertEquals(400, page.status());
        assertEquals(400, madeUp.status());
        assertNotSignedIn(browser);
        assertEquals(List.of(), refusalsSince(audited), "logged, but nothing to audit: anyone can send these");
    }

    @Test
    void the_sign_in_in_progress_is_kept_in_the_database_with_only_a_hash_of_its_state() throws Exception {
        WebClient browser = client();
        URI authorization = OrganisationSignIn.pressTheButton(browser, "/staff/caseload");
        String state = OrganisationSignIn.query(authorization).get("state");
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8)));

        assertEquals(1, sql.count("SELECT COUNT(*) FROM staff_sign_on_attempt WHERE state_hash = ? AND next_page = ?",
                hash, "/staff/caseload"));
        assertEquals(0, sql.count("SELECT COUNT(*) FROM staff_sign_on_attempt WHERE state_hash = ? OR browser_hash = ?",
                state, browser.cookie("__Host-fd_csrf")), "neither the state nor the browser's secret is stored as it is");
    }

    @Test
    void the_sign_in_page_lets_its_button_post_on_to_the_provider_and_no_further() {
        var page = client().get("/staff/sign-in");

        String csp = page.header("Content-Security-Policy").orElseThrow();
        String origin = URI.create(IdentityProvider.issuer()).resolve("/").toString().replaceAll("/$", "");
        assertTrue(csp.contains("form-action 'self' " + origin + ";"), csp);
        assertFalse(client().get("/").header("Content-Security-Policy").orElseThrow().contains(origin),
                "other pages post only to the portal");
    }

    @Test
    void a_member_of_staff_already_signed_in_who_presses_the_button_goes_straight_on() {
        Person sam = colleague("Sam Jones");
        WebClient browser = fixture.signIn(client(), sam);
        String before = browser.cookie("__Host-fd_session");

        var page = browser.post("/staff/sign-in/oidc", Map.of("next", "/staff/caseload"));

        assertEquals(303, page.status());
        assertEquals("/staff/caseload", page.location());
        assertEquals(before, browser.cookie("__Host-fd_session"), "the same session");
    }

    @Test
    void signing_in_gives_a_new_session_id() {
        Person sam = colleague("Sam Jones");
        WebClient browser = client();
        var trip = OrganisationSignIn.goToTheProvider(browser, subject(), OrganisationSignIn.claims(sam.email(), true));
        browser.post("/enquiry", Map.of()); // an anonymous session of their own first
        String before = browser.cookie("__Host-fd_session");

        assertEquals(303, browser.get(trip.callback()).status());

        assertNotEquals(before, browser.cookie("__Host-fd_session"));
    }

    private static JWTClaimsSet claimsFor(String subject, String email, String nonce) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(IdentityProvider.issuer()).subject(subject)
                .audience(IdentityProvider.CLIENT_ID).issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600)))
                .claim("nonce", nonce).claim("email", email).claim("email_verified", true).build();
    }

    private void assertNotSignedIn(WebClient browser) {
        var page = browser.get("/staff");
        assertEquals(303, page.status(), "not signed in");
        assertTrue(page.location().startsWith("/staff/sign-in"), page.location());
    }

    private String signedInName(WebClient browser) {
        var page = browser.get("/staff");
        assertEquals(200, page.status(), "signed in");
        return sql.one("SELECT s.display_name FROM web_session w JOIN staff_account s ON s.id = w.staff_id WHERE w.id = ?",
                rs -> rs.getString(1), sha256(browser.cookie("__Host-fd_session"))).orElseThrow();
    }

    private String linkedSubject(Person person) {
        String subject = sql.one("SELECT COALESCE(sso_subject, '') FROM staff_account WHERE id = ?", rs -> rs.getString(1),
                person.id()).orElseThrow();
        return subject.isEmpty() ? null : subject;
    }

    private long lastAuditId() {
        return sql.count("SELECT COALESCE(MAX(id), 0) FROM audit_event");
    }

    private List<String> auditActionsSince(long id) {
        return sql.list("SELECT action FROM audit_event WHERE id > ? AND action LIKE 'SSO%' ORDER BY id", rs -> rs.getString(1), id);
    }

    private List<String> refusalsSince(long id) {
        return sql.list("SELECT detail FROM audit_event WHERE id > ? AND action = 'SSO_REFUSED' ORDER BY id",
                rs -> rs.getString(1), id);
    }

    /** Exactly one refusal was audited since {@code id}, for this reason, saying {@code why}; returns its detail. */
    private String assertRefusedSince(long id, String reason, String why) {
        List<String> refusals = refusalsSince(id);
        assertEquals(1, refusals.size(), refusals.toString());
        assertTrue(refusals.get(0).startsWith(reason + ":") && refusals.get(0).contains(why), refusals.get(0));
        assertFalse(refusals.get(0).contains("eyJ"), "no token in the audit log: " + refusals.get(0));
        return refusals.get(0);
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
