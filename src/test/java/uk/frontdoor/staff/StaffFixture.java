package uk.frontdoor.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.audit.Subject;
import uk.frontdoor.core.identity.EmailAddress;
import uk.frontdoor.core.reference.ReferenceNumbers;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.core.region.Team;
import uk.frontdoor.core.region.TeamFunction;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.staff.StaffAccounts;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.core.staff.twofactor.Totp;
import uk.frontdoor.core.staff.twofactor.TwoFactor;
import uk.frontdoor.core.work.WorkKind;
import uk.frontdoor.core.work.WorkQueue;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;
import uk.frontdoor.testing.Mailbox;
import uk.frontdoor.testing.WebClient;

/**
 * Test data for the staff pages: teams of their own (so a queue holds only a test's items, however many
 * other tests have run against the shared database), staff, enquiries and their work items.
 */
@Singleton
public class StaffFixture {
    public static final String PASSWORD = "correct horse battery staple";

    private final Sql sql;
    private final StaffAccounts accounts;
    private final WorkQueue queue;
    private final RegionDirectory region;
    private final Clock clock;
    private final TwoFactor twoFactor;
    private final ReferenceNumbers references = new ReferenceNumbers();

    public StaffFixture(Sql sql, StaffAccounts accounts, WorkQueue queue, RegionDirectory region, Clock clock,
                        TwoFactor twoFactor) {
        this.sql = sql;
        this.accounts = accounts;
        this.queue = queue;
        this.region = region;
        this.clock = clock;
        this.twoFactor = twoFactor;
    }

    public record Person(long id, String email, String name) {
    }

    public record Item(long id, long enquiryId, String reference, String fullName) {
    }

    /** One of the seeded teams, such as {@code se-recruitment}. */
    public Team team(String code) {
        return region.teams().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }

    /** A new recruitment team in the South East spoke, with an empty queue. */
    public Team newSouthEastTeam() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long spoke = sql.one("SELECT id FROM spoke WHERE code = 'south-east'", rs -> rs.getLong(1)).orElseThrow();
        long id = sql.insert("INSERT INTO team (spoke_id, code, name, function_code) VALUES (?, ?, ?, ?)",
                spoke, "test-" + tag, "Test team " + tag, TeamFunction.RECRUITMENT);
        return region.team(id).orElseThrow();
    }

    /**
     * A member of staff. One whose role needs a second factor (administrators, team managers) has an authenticator
     * app set up already, whose codes {@link #code} computes, as their phone would.
     */
    public Person person(String name, Role role, Team... teams) {
        Person person = personWithoutApp(name, role, teams);
        StaffMember member = accounts.find(person.id()).orElseThrow();
        if (twoFactor.isRequiredFor(member)) {
            setUpApp(member);
        }
        return person;
    }

    /** A member of staff with no authenticator app, whatever their role needs. */
    public Person personWithoutApp(String name, Role role, Team... teams) {
        String email = name.toLowerCase().replace(' ', '.') + "-" + UUID.randomUUID().toString().substring(0, 8)
                + "@staff.example.org";
        Set<Long> teamIds = new java.util.HashSet<>();
        for (Team t : teams) {
            teamIds.add(t.id());
        }
        String unique = name + " " + email.substring(email.indexOf('-') + 1, email.indexOf('@'));
        long id = accounts.create(EmailAddress.canonical(email).orElseThrow(), unique, PASSWORD, Set.of(role), teamIds);
        return new Person(id, email, unique);
    }

    /** An enquiry from someone in {@code boroughCode}, as the public form would have saved it. */
    public Item enquiry(Team team, String boroughCode) {
        String reference = references.next("ENQ");
        String name = "Alex " + reference.substring(4, 8);
        long borough = region.boroughByCode(boroughCode).orElseThrow().id();
        var now = Times.nowUtc(clock);
        long enquiryId = sql.insert("""
                INSERT INTO enquiry (reference, submitted_at, borough_id, full_name, email, phone, contact_method,
                  contact_times, applying_with, partner_name, interests, children_considered, children_notes,
                  heard_about, heard_about_other, privacy_version, consent_at)
                VALUES (?, ?, ?, ?, ?, ?, 'phone', 'evening,weekend', 'partner', 'Jo Smith', 'early_permanence,siblings',
                  'school_age', 'We have a spare room and a dog.', 'other', 'A poster at the library', 'v1', ?)""",
                reference, now, borough, name, name.toLowerCase().replace(' ', '.') + "@example.org", "07700 900123",
                now);
        long itemId = queue.create(WorkKind.ENQUIRY, team.id(), Subject.ENQUIRY, enquiryId, reference,
                "Enquiry from " + name);
        return new Item(itemId, enquiryId, reference, name);
    }

    public Item enquiry(Team team) {
        return enquiry(team, "southwark");
    }

    /** Sets up an authenticator app for someone, as the set-up page would; returns the app's secret. */
    public String setUpApp(StaffMember member) {
        String secret = twoFactor.enrolment(member, "Test").orElseThrow().secret();
        // the code of the current step, not the one before (which a slow machine can see expire before it is checked)
        String code = Totp.code(Totp.decode(secret), Totp.step(clock.instant()));
        assertTrue(twoFactor.confirm(member, code) instanceof Result.Done, "the app of " + member.email() + " set up");
        return secret;
    }

    /**
     * The code to type now for this person: their app's code for the earliest step from now on not used yet (a code
     * works once), or, when every such step the portal accepts now is used, one of their recovery codes.
     */
    public String code(Person person) {
        String secret = sql.one("SELECT secret FROM staff_totp WHERE staff_id = ?", rs -> rs.getString(1), person.id())
                .orElseThrow(() -> new AssertionError(person.email() + " has no authenticator app"));
        String app = appCode(secret, person.id());
        return app != null ? app : recoveryCode(person);
    }

    /**
     * One of the person's recovery codes. The codes this fixture kept may have been replaced since (the matrix walk
     * presses "new recovery codes" as everyone), so a code is taken from a fresh set, as the person would print a new set.
     */
    private String recoveryCode(Person person) {
        StaffMember member = accounts.find(person.id()).orElseThrow();
        return ((Result.Done<List<String>>) twoFactor.replaceRecoveryCodes(member)).value().get(0);
    }

    private String appCode(String secret, long staffId) {
        long now = Totp.step(clock.instant());
        long last = sql.one("SELECT COALESCE(last_used_step, -1) FROM staff_totp WHERE staff_id = ?",
                rs -> rs.getLong(1), staffId).orElse(-1L);
        // never the step before now: on a slow machine the portal's clock can reach the next step before it checks,
        // and then the step before is out of its window (AuthorizationMatrixTest once failed so under load)
        long step = Math.max(now, last + 1);
        return step > now + 1 ? null : Totp.code(Totp.decode(secret), step);
    }

    /**
     * In a real browser on the sign-in page: types the person's email and password and presses "Sign in", then, when
     * the portal asks for it, the code their app shows (the code page is checked with axe once per structure).
     */
    public void signIn(com.microsoft.playwright.Page page, Person person) {
        page.getByLabel("Email address", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
                .fill(person.email());
        page.getByLabel("Password", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
                .fill(PASSWORD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Sign in")).click();
        if (page.url().contains("/staff/sign-in/code")) {
            uk.frontdoor.testing.Browsers.assertAccessible(page);
            page.getByLabel("Enter the code from your authenticator app").fill(code(person));
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new com.microsoft.playwright.Page.GetByRoleOptions().setName("Continue")).click();
        }
    }

    /** Signs a person in through the sign-in pages, as they would: their password, then their app's code if they have one. */
    public WebClient signIn(WebClient client, Person person) {
        client.get("/staff/sign-in");
        var page = client.post("/staff/sign-in", Map.of("email", person.email(), "password", PASSWORD, "next", "/staff"));
        assertEquals(303, page.status(), "signing in " + person.email());
        if (page.location().startsWith("/staff/sign-in/code")) {
            client.get(page.location());
            page = client.post("/staff/sign-in/code", Map.of("code", code(person), "next", "/staff"));
            assertEquals(303, page.status(), "the code of " + person.email() + ": " + page.errorSummary());
        }
        // as a browser does: the page after signing in carries the form token made at sign-in
        assertEquals(200, client.open(page.location()).status(), "signed in as " + person.email());
        return client;
    }

    private static final java.util.regex.Pattern SET_PASSWORD_LINK =
            java.util.regex.Pattern.compile("(/staff/set-password\\?token=[A-Za-z0-9_-]+)");

    /**
     * The set-password link in the {@code n}th email (from 1) sent to {@code email}, waiting for it to arrive through
     * the real SMTP server; the path and query only, to open against the test's app.
     */
    public static String setPasswordLink(String email, int n) {
        var mails = Mailbox.await(email, n, Duration.ofSeconds(15));
        assertEquals(n, mails.size(), "emails to " + email);
        String body = Mailbox.body(mails.get(n - 1));
        var m = SET_PASSWORD_LINK.matcher(body);
        if (!m.find()) {
            throw new AssertionError("no set-password link in: " + body);
        }
        return m.group(1);
    }

    /** The token of a set-password link. */
    public static String token(String link) {
        return link.substring(link.indexOf("token=") + 6);
    }

    public long audits(long staffId, String action, String subjectType, long subjectId) {
        return sql.count("""
                SELECT COUNT(*) FROM audit_event WHERE actor_type = 'STAFF' AND actor_id = ? AND action = ?
                AND subject_type = ? AND subject_id = ?""", staffId, action, subjectType, subjectId);
    }
}
