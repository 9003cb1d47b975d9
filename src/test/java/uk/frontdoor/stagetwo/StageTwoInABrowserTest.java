package uk.frontdoor.stagetwo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import uk.frontdoor.applicant.registration.InvitedApplicants;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Browsers;
import uk.frontdoor.testing.Mailbox;

/**
 * From the end of Stage One to approval, in a real browser (once with JavaScript, once without): the applicant
 * starts Stage Two, a social worker assigns themselves with a target panel date and shares the report, the applicant
 * comments on it, the case goes to panel, and a team manager records the recommendation and approves. The applicant
 * then sees "Approved". Every page is checked with axe.
 */
@MicronautTest(transactional = false)
class StageTwoInABrowserTest extends AppTest {
    @Inject
    StageTwoPeople people;
    @Inject
    StaffFixture staff;

    private Page page;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @Timeout(240)
    void from_stage_one_complete_to_approved_with_javascript_on() {
        startsIsAssessedAndApproved(true);
    }

    @Test
    @Timeout(240)
    void from_stage_one_complete_to_approved_with_javascript_off() {
        startsIsAssessedAndApproved(false);
    }

    private void startsIsAssessedAndApproved(boolean javaScript) {
        clock.set(Instant.parse("2027-01-04T10:00:00Z")); // Monday: the decision will be due 4 May 2027
        var person = people.stageOneComplete(uniqueEmail(javaScript ? "s2-js" : "s2-nojs"));
        Mailbox.await(person.email(), 1, Duration.ofSeconds(15));
        var worker = people.person("Sam Social", Role.SOCIAL_WORKER);
        String staffPage = "/staff/journeys/" + person.journeyId() + "/stage-two";

        try (BrowserContext applicant = Browsers.context(baseUrl(), javaScript)) {
            page = applicant.newPage();
            signsIn(person.email());
            assertEquals("You can start Stage Two until 4 July 2027.", text("#stage-two-gap"));
            page.getByRole(AriaRole.BUTTON, named("Start Stage Two")).click();
            checked("Start Stage Two");
            page.getByRole(AriaRole.BUTTON, named("Start Stage Two")).click();
            checked("Your account");
            assertEquals("Stage Two", text(".app-journey .govuk-tag"));
            assertTrue(text("#stage-two-clock").startsWith("We aim to decide by 4 May 2027"));
        }

        try (BrowserContext office = Browsers.context(baseUrl(), javaScript)) {
            page = office.newPage();
            staffSignIn(worker);
            page.navigate(staffPage);
            axe();
            page.getByLabel("Social worker", new Page.GetByLabelOptions().setExact(true)).selectOption(String.valueOf(worker.id()));
            page.getByRole(AriaRole.BUTTON, named("Assign")).click();
            axe();
            assertEquals(worker.name(), text("#assessor-name"));
            page.getByLabel("Plan", new Page.GetByLabelOptions().setExact(true)).fill("Six sessions at home; references");
            page.locator("#targetPanelDate").fill("20");
            page.locator("#targetPanelDate-month").fill("1");
            page.locator("#targetPanelDate-year").fill("2027");
            page.getByRole(AriaRole.BUTTON, named("Save plan")).click();
            axe();
            assertEquals("20 January 2027", text("#target-panel-date"));
            page.getByRole(AriaRole.BUTTON, named("Mark the report as shared")).click();
            axe();
            assertEquals("Shared on 4 January 2027; comments due by 18 January 2027", text("#par-shared"));
        }

        try (BrowserContext applicant = Browsers.context(baseUrl(), javaScript)) {
            page = applicant.newPage();
            signsIn(person.email());
            assertTrue(text("#stage-two-facts").contains(worker.name()));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Send your comments on the report")).click();
            checked("Your comments on your Prospective Adopter’s Report");
            page.getByRole(AriaRole.BUTTON, named("Send comments")).click();
            assertTrue(page.title().startsWith("Error:"));
            axe();
            page.getByLabel("Your comments on your Prospective Adopter’s Report").fill("All correct, thank you.");
            page.getByRole(AriaRole.BUTTON, named("Send comments")).click();
            checked("Your account");
            assertTrue(text("#report-comments-sent").startsWith("We have received your comments"));
        }

        try (BrowserContext office = Browsers.context(baseUrl(), javaScript)) {
            page = office.newPage();
            staffSignIn(worker);
            page.navigate(staffPage);
            page.locator("#panelDate").fill("19");
            page.locator("#panelDate-month").fill("1");
            page.locator("#panelDate-year").fill("2027");
            page.getByRole(AriaRole.BUTTON, named("Send to panel")).click();
            axe();
            assertEquals("Waiting for panel", text("#stage"));
        }

        clock.set(Instant.parse("2027-01-19T15:00:00Z")); // the panel sits
        try (BrowserContext office = Browsers.context(baseUrl(), javaScript)) {
            page = office.newPage();
            staffSignIn(people.person("Tam Manager", Role.TEAM_MANAGER));
            page.navigate("/staff/oversight");
            axe();
            page.navigate(staffPage);
            page.getByLabel("Suitable to adopt", new Page.GetByLabelOptions().setExact(true)).check();
            page.getByRole(AriaRole.BUTTON, named("Record recommendation")).click();
            axe();
            page.getByLabel("Approved", new Page.GetByLabelOptions().setExact(true)).check();
            page.locator("#decidedOn").fill("19");
            page.locator("#decidedOn-month").fill("1");
            page.locator("#decidedOn-year").fill("2027");
            page.getByRole(AriaRole.BUTTON, named("Record decision")).click();
            axe();
            assertEquals("Approved on 19 January 2027", text("#decision-text"));
        }

        try (BrowserContext applicant = Browsers.context(baseUrl(), javaScript)) {
            page = applicant.newPage();
            signsIn(person.email());
            assertEquals("Approved to adopt", text(".app-journey .govuk-tag"));
        }
    }

    private void signsIn(String email) {
        int before = Mailbox.to(email).size();
        page.navigate("/sign-in");
        page.getByLabel("Email address", new Page.GetByLabelOptions().setExact(true)).fill(email);
        page.getByRole(AriaRole.BUTTON, named("Send me a link")).click();
        page.navigate(InvitedApplicants.awaitLink(email, before));
        page.getByRole(AriaRole.BUTTON, named("Continue to your account")).click();
        checked("Your account");
    }

    private void staffSignIn(StaffFixture.Person who) {
        page.navigate("/staff/sign-in");
        staff.signIn(page, who);
        axe();
    }

    private String text(String selector) {
        return page.locator(selector).first().textContent().strip().replaceAll("\\s+", " ");
    }

    private void checked(String heading) {
        assertEquals(heading, page.locator("h1").first().textContent().strip());
        axe();
    }

    private void axe() {
        Browsers.assertAccessible(page);
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }
}
