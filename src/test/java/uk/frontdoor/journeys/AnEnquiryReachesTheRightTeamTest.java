package uk.frontdoor.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import uk.frontdoor.core.identity.EmailAddress;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.staff.StaffAccounts;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Browsers;
import uk.frontdoor.testing.Mailbox;

/**
 * The whole front door in one story: a person in Lambeth enquires on the web, gets their reference and an
 * email, and the enquiry lands in the South East recruitment queue, where an officer claims it, logs a call
 * and invites them to an information event. Each half is also tested on its own, with JavaScript off too.
 */
@MicronautTest(transactional = false)
class AnEnquiryReachesTheRightTeamTest extends AppTest {
    private static final String PASSWORD = "a long and memorable passphrase";
    @Inject
    Sql sql;
    @Inject
    StaffAccounts staff;
    @Inject
    RegionDirectory region;

    private Page page;

    @Test
    @Timeout(180)
    void a_lambeth_enquiry_is_triaged_by_the_south_east_recruitment_team() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String email = "lambeth-" + id + "@example.org";
        String officer = uniqueEmail("officer");
        staff.create(EmailAddress.canonical(officer).orElseThrow(), "Olu Officer " + id, PASSWORD, Set.of(Role.RECRUITMENT_OFFICER), Set.of(team("se-recruitment")));

        String reference;
        try (BrowserContext person = Browsers.context(baseUrl(), true)) {
            page = person.newPage();
            reference = aPersonEnquires("Lambeth", "Grace Lambeth " + id, email);
        }
        assertEquals(1, Mailbox.await(email, 1, Duration.ofSeconds(15)).size(), "acknowledged by email");

        try (BrowserContext office = Browsers.context(baseUrl(), true)) {
            page = office.newPage();
            anOfficerSignsIn(officer);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("South East recruitment")).first().click();
            showing("South East recruitment");
            page.getByLabel("Reference").fill(reference.toLowerCase().replace("-", " "));
            press("Apply filters");
            assertThat(page.locator("#queue-results tbody tr")).hasCount(1);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference)).click();
            assertThat(page.locator("main")).containsText("Grace Lambeth " + id);
            Browsers.assertAccessible(page);

            press("Assign to me");
            assertThat(page.locator("main")).containsText("This item is now assigned to you.");
            Browsers.assertAccessible(page);

            page.getByLabel("Phone call").check();
            page.getByLabel("What was said or done").fill("Called Grace: she would like to come to an information event.");
            press("Add to contact log");
            assertThat(page.locator("main")).containsText("The contact has been added to the log.");
            assertThat(page.locator("main")).containsText("Called Grace");
            Browsers.assertAccessible(page);

            page.getByLabel("Invite to an information event").check();
            press("Record outcome");
            assertThat(page.locator("main")).containsText("The outcome has been recorded.");
            Browsers.assertAccessible(page);
        }

        assertEquals("EVENT_INVITED", sql.one("""
                SELECT w.status FROM work_item w JOIN team t ON t.id = w.team_id
                WHERE w.reference = ? AND t.code = 'se-recruitment'""", rs -> rs.getString(1), reference).orElseThrow());
        assertTrue(sql.count("SELECT COUNT(*) FROM audit_event WHERE action = 'VIEW_ENQUIRY' AND subject_id = "
                + "(SELECT id FROM enquiry WHERE reference = ?)", reference) >= 1, "the officer's view is audited");
    }

    private String aPersonEnquires(String borough, String name, String email) {
        page.navigate("/");
        showing("Adopt with Adopt London South");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start an adoption enquiry")).click();
        showing("Make an adoption enquiry");
        press("Start now");
        showing("Where do you live?");
        page.getByLabel(borough, new Page.GetByLabelOptions().setExact(true)).check();
        continueTo("What is your full name?");
        page.locator("#fullName").fill(name);
        continueTo("Your contact details");
        page.getByLabel("Email address").fill(email);
        page.getByLabel("UK phone number").fill("020 7946 0999");
        continueTo("How and when should we contact you?");
        page.getByLabel("By phone").check();
        page.getByLabel("Weekday evenings").check();
        continueTo("Are you applying on your own or with a partner?");
        page.getByLabel("On my own").check();
        continueTo("What are you interested in?");
        page.getByLabel("Adopting a child", new Page.GetByLabelOptions().setExact(true)).check();
        continueTo("The children you might consider");
        continueTo("How did you hear about us?");
        page.getByLabel("Search engine, for example Google").check();
        continueTo("Equality monitoring questions");
        press("Skip these questions");
        showing("Check your answers before sending your enquiry");
        page.getByLabel("I have read the privacy notice").check();
        press("Send enquiry");
        showing("Enquiry sent");
        return page.locator(".govuk-panel .app-reference").innerText().trim();
    }

    private void anOfficerSignsIn(String email) {
        page.navigate("/staff");
        showing("Sign in");
        page.getByLabel("Email address").fill(email);
        page.getByLabel("Password").fill(PASSWORD);
        press("Sign in");
        showing("Work queues");
    }

    private long team(String code) {
        return region.teams().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow().id();
    }

    private void press(String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
    }

    private void continueTo(String heading) {
        press("Continue");
        showing(heading);
    }

    private void showing(String heading) {
        assertThat(page.locator("h1")).hasText(heading);
        Browsers.assertAccessible(page);
    }
}
