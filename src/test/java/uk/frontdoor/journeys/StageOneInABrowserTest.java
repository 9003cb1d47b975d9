package uk.frontdoor.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import uk.frontdoor.applicant.registration.InvitedApplicants;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.stageone.StageOne;
import uk.frontdoor.core.stageone.StageOneCheck;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Browsers;
import uk.frontdoor.testing.Mailbox;

/**
 * Stage One end to end in a real browser (JavaScript on, then off): a team manager accepts a registration, the
 * person sees their checks and the clock, the team manager completes every check and records "suitable to
 * proceed", and the person sees Stage One done. axe on every page visited.
 */
@MicronautTest(transactional = false)
class StageOneInABrowserTest extends AppTest {
    @Inject
    InvitedApplicants invited;
    @Inject
    StaffFixture staff;
    @Inject
    StageOne stageOne;

    private Page page;

    @Test
    @Timeout(400)
    void stage_one_from_acceptance_to_done_with_javascript_on() {
        stageOne(true);
    }

    @Test
    @Timeout(400)
    void stage_one_from_acceptance_to_done_with_javascript_off() {
        stageOne(false);
    }

    private void stageOne(boolean javaScript) {
        var sent = invited.sent(uniqueEmail(javaScript ? "stage-one-js" : "stage-one-nojs"));
        String email = sent.person().email();
        long journeyId = sent.person().journey().id();
        var manager = staff.person("Tess Manager", Role.TEAM_MANAGER, staff.team("se-recruitment"));
        try (BrowserContext office = Browsers.context(baseUrl(), javaScript)) {
            page = office.newPage();
            JourneyPages.of(page).staffSignIn(staff, manager);
            page.navigate("/staff/registrations/" + sent.registrationId());
            checked("Registration of interest " + sent.reference());
            page.getByLabel("Accept: start Stage One").check();
            page.getByLabel("Stage One plan (if you accept)").fill("Checks and the preparation course in March");
            page.getByRole(AriaRole.BUTTON, named("Record decision")).click();
            checked("Registration of interest " + sent.reference());
            page.locator("#journey-link").click();
            checked("Ivy Invited");
            assertEquals("Stage One", page.locator("#journey-state").textContent().strip());
        }

        Mailbox.await(email, 3, Duration.ofSeconds(20)); // invitation, sent, accepted
        try (BrowserContext person = Browsers.context(baseUrl(), javaScript)) {
            page = person.newPage();
            given_they_sign_in_with_the_emailed_link(email);
            assertEquals("Your Stage One checks", page.locator("#stage-one-heading").textContent().strip());
            assertEquals(9, page.locator("#stage-one-checks li").count());
            assertEquals("Not started", page.locator("#check-1-status").textContent().strip());
            assertTrue(page.locator("#journey-clock").textContent().startsWith("We aim to decide by"));
            and_they_pause_and_resume();
        }

        try (BrowserContext office = Browsers.context(baseUrl(), javaScript)) {
            page = office.newPage();
            JourneyPages.of(page).staffSignIn(staff, manager);
            page.navigate("/staff/journeys/" + journeyId);
            checked("Ivy Invited");
            var desktop = page.viewportSize();
            page.setViewportSize(375, 812);
            checked("Ivy Invited"); // the journey page, the extension's question among its forms, at a phone's width
            page.setViewportSize(desktop.width, desktop.height);

            // more time, for a reason of a kind the reports count
            var later = stageOne.decisionDue(journeyId).orElseThrow().plusWeeks(2);
            page.locator("#newDue").fill(String.valueOf(later.getDayOfMonth()));
            page.locator("#newDue-month").fill(String.valueOf(later.getMonthValue()));
            page.locator("#newDue-year").fill(String.valueOf(later.getYear()));
            page.getByLabel("Checks or references are taking longer (DBS, local authority, health, referees)").check();
            page.getByLabel("Reason for the extension").fill("The GP health report is late");
            page.getByRole(AriaRole.BUTTON, named("Extend the date")).click();
            checked("Ivy Invited");
            assertTrue(page.locator("#extensions").textContent().contains("Checks or references are taking longer"));
            assertEquals(later, stageOne.decisionDue(journeyId).orElseThrow());
            for (StageOneCheck c : stageOne.checks(journeyId)) {
                page.locator("#status-" + c.id()).selectOption("COMPLETED");
                page.locator("#check-" + c.id() + " button").click();
                checked("Ivy Invited");
                assertEquals("Completed", page.locator("#check-" + c.id() + " .app-check__status").textContent().strip());
            }
            page.getByLabel("Suitable to proceed to Stage Two").check();
            page.getByRole(AriaRole.BUTTON, named("Record outcome")).click();
            checked("Ivy Invited");
            assertEquals("Stage One complete", page.locator("#journey-state").textContent().strip());
        }

        try (BrowserContext person = Browsers.context(baseUrl(), javaScript)) {
            page = person.newPage();
            Mailbox.await(email, 7, Duration.ofSeconds(20)); // …, sign-in link, paused, resumed, Stage One outcome
            given_they_sign_in_with_the_emailed_link(email);
            assertEquals("Stage One complete", page.locator(".app-journey .govuk-tag").textContent().strip());
            assertEquals("Done All 9 Stage One checks were completed.",
                    page.locator("#stage-one-done").textContent().strip().replaceAll("\\s+", " "));
        }
    }

    private void and_they_pause_and_resume() {
        page.getByRole(AriaRole.BUTTON, named("Pause")).click();
        checked("Pause your journey");
        page.getByLabel("Reason (optional)").fill("A house move in the spring");
        page.getByRole(AriaRole.BUTTON, named("Pause my journey")).click();
        checked("Your account");
        assertEquals("Paused", page.locator(".app-journey .govuk-tag").textContent().strip());
        page.getByRole(AriaRole.BUTTON, named("Resume")).click();
        checked("Your account");
        assertEquals("Stage One", page.locator(".app-journey .govuk-tag").textContent().strip());
    }

    private void given_they_sign_in_with_the_emailed_link(String email) {
        JourneyPages.of(page).signsIn(email);
    }

    private void checked(String heading) {
        assertEquals(heading, page.locator("h1").first().textContent().strip());
        Browsers.assertAccessible(page);
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }
}
