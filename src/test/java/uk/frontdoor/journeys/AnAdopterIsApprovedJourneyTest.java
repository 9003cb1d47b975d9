package uk.frontdoor.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;

/**
 * The whole adopter's journey in a real browser, from an enquiry on the public site to the agency's approval, as
 * one story told only through the pages people use: the person, a recruitment officer, a social worker and a team
 * manager, each in their own browser, with JavaScript on; axe-core on every page. Each part of it also runs with
 * JavaScript off in its own browser test, through the same pages: the enquiry ({@code MakingAnEnquiryJourneyTest}),
 * the queue ({@code StaffJourneyWithoutJavaScriptTest}), registering ({@code RegisteringInterestInABrowserTest}) and
 * each stage ({@code StageOneInABrowserTest}, {@code StageTwoInABrowserTest}). So the whole story is told once: told
 * again without JavaScript it took almost four minutes of a CI run.
 *
 * <p>The test clock starts on Monday 4 January 2027, so every date and clock the people read can be asserted exactly,
 * and moves only where a step must happen on a later day: the panel sits after the report's comments window.
 */
@MicronautTest(transactional = false)
class AnAdopterIsApprovedJourneyTest extends AppTest {
    private static final String TEAM = "South East recruitment";
    private static final String NAME = "Ivy Invited"; // the name the registration answers give

    @Inject
    StaffFixture staff;

    private boolean javaScript;
    private String email;
    private StaffFixture.Person officer;
    private StaffFixture.Person socialWorker;
    private StaffFixture.Person manager;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    @Timeout(900)
    void a_person_goes_from_an_enquiry_to_approval_to_adopt() {
        this.javaScript = true;
        long started = System.nanoTime();
        clock.set(Instant.parse("2027-01-04T10:00:00Z")); // a Monday, no bank holiday near
        email = uniqueEmail(javaScript ? "approved-js" : "approved-nojs");
        var team = staff.team("se-recruitment");
        officer = staff.person("Olu Officer", Role.RECRUITMENT_OFFICER, team);
        socialWorker = staff.person("Sam Social", Role.SOCIAL_WORKER, team);
        manager = staff.person("Tam Manager", Role.TEAM_MANAGER, team);

        String enquiry = aPersonMakesAnEnquiry();
        theOfficerInvitesThemToRegister(enquiry);
        String registration = theyRegisterTheirInterest();
        long journeyId = theOfficerAcceptsWithAStageOnePlan(registration);
        theySeeStageOneWithItsClockAndChecks();
        aSocialWorkerCompletesEveryCheckAndFindsThemSuitable(journeyId);
        theySeeStageOneDoneAndStartStageTwo();
        theTeamManagerAssignsAnAssessorPlansAndSchedulesAVisit(journeyId);
        theySeeTheirSocialWorkerTargetPanelDateAndVisit();
        theSocialWorkerSharesTheReport(journeyId);
        theyCommentOnTheReport();
        theSocialWorkerSendsTheCaseToPanel(journeyId);
        clock.set(Instant.parse("2027-01-20T14:00:00Z")); // Wednesday: the panel sits
        thePanelRecommendsAndTheTeamManagerApproves(journeyId);
        theySeeTheyAreApproved();
        System.out.printf("AnAdopterIsApprovedJourneyTest, JavaScript %s: %d s%n", javaScript ? "on" : "off",
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }

    private JourneyPages browser() {
        return JourneyPages.open(baseUrl(), javaScript);
    }

    private String aPersonMakesAnEnquiry() {
        try (var person = browser()) {
            String reference = person.makesAnEnquiry(NAME, email, "Lambeth");
            assertTrue(reference.startsWith("ENQ-"), reference);
            return reference;
        }
    }

    private void theOfficerInvitesThemToRegister(String enquiry) {
        try (var office = browser()) {
            office.staffSignIn(staff, officer);
            office.opensFromTheQueue(TEAM, enquiry);
            office.choose("Invite to register interest");
            office.press("Record outcome");
            office.axe();
            assertTrue(office.text("main").contains("Invited to register interest"), "the item shows the invitation");
        }
    }

    private String theyRegisterTheirInterest() {
        try (var person = browser()) {
            person.followsTheInvitationAndSignsIn(email);
            assertEquals("Invited to register your interest", person.text(".app-journey .govuk-tag"));
            String reference = person.registersTheirInterest();
            assertTrue(reference.startsWith("ROI-"), reference);
            return reference;
        }
    }

    private long theOfficerAcceptsWithAStageOnePlan(String registration) {
        try (var office = browser()) {
            office.staffSignIn(staff, officer);
            office.opensFromTheQueue(TEAM, registration);
            office.showing("Registration of interest " + registration);
            office.choose("Accept: start Stage One");
            office.fill("Stage One plan (if you accept)", "Checks and the preparation course in February");
            office.press("Record decision");
            office.showing("Registration of interest " + registration);
            assertTrue(office.text("#registration-status").contains("Stage One"));
            String journey = office.page.locator("#journey-link").getAttribute("href");
            return Long.parseLong(journey.substring(journey.lastIndexOf('/') + 1));
        }
    }

    private void theySeeStageOneWithItsClockAndChecks() {
        try (var person = browser()) {
            person.signsIn(email);
            assertEquals("Stage One", person.text(".app-journey .govuk-tag"));
            // accepted Monday 4 January: due 2 months later; 5 January to 4 March is 43 working days
            assertEquals("We aim to decide by 4 March 2027: 43 working days from today.", person.text("#journey-clock"));
            assertEquals("Your Stage One checks", person.text("#stage-one-heading"));
            assertEquals(9, person.page.locator("#stage-one-checks li").count());
            assertEquals("Not started", person.text("#check-1-status"));
        }
    }

    private void aSocialWorkerCompletesEveryCheckAndFindsThemSuitable(long journeyId) {
        try (var office = browser()) {
            office.staffSignIn(staff, socialWorker);
            office.page.navigate("/staff/journeys/" + journeyId); // the officer's link to the journey
            office.showing(NAME);
            assertEquals("Stage One", office.text("#journey-state"));
            var checks = office.page.locator("tr.app-check");
            int count = checks.count();
            assertEquals(9, count);
            for (int n = 0; n < count; n++) {
                String id = checks.nth(n).getAttribute("id").substring("check-".length());
                office.page.locator("#status-" + id).selectOption("COMPLETED");
                office.page.locator("#check-" + id + " button").click();
                office.showing(NAME);
                assertEquals("Completed", office.text("#check-" + id + " .app-check__status"));
            }
            office.choose("Suitable to proceed to Stage Two");
            office.press("Record outcome");
            office.showing(NAME);
            assertEquals("Stage One complete", office.text("#journey-state"));
        }
    }

    private void theySeeStageOneDoneAndStartStageTwo() {
        try (var person = browser()) {
            person.signsIn(email);
            assertEquals("Stage One complete", person.text(".app-journey .govuk-tag"));
            assertEquals("Done All 9 Stage One checks were completed.", person.text("#stage-one-done"));
            assertEquals("You can start Stage Two until 4 July 2027.", person.text("#stage-two-gap"));
            person.press("Start Stage Two");
            person.showing("Start Stage Two");
            person.press("Start Stage Two");
            person.showing("Your account");
            assertEquals("Stage Two", person.text(".app-journey .govuk-tag"));
            assertTrue(person.text("#stage-two-clock").startsWith("We aim to decide by 4 May 2027"),
                    person.text("#stage-two-clock"));
            assertTrue(person.text("#stage-two-facts").contains("We will tell you who your social worker is soon"));
        }
    }

    private void theTeamManagerAssignsAnAssessorPlansAndSchedulesAVisit(long journeyId) {
        try (var office = browser()) {
            office.staffSignIn(staff, manager);
            office.opensStageTwoOf("/staff/oversight", "Oversight of applicants", journeyId);
            assertEquals("Stage Two", office.text("#stage"));
            office.page.getByLabel("Social worker", JourneyPages.exactly()).selectOption(String.valueOf(socialWorker.id()));
            office.press("Assign");
            office.axe();
            assertEquals(socialWorker.name(), office.text("#assessor-name"));
            office.fill("Plan", "Six sessions at home; references; second preparation course");
            office.date("targetPanelDate", "20", "1", "2027");
            office.press("Save plan");
            office.axe();
            assertEquals("20 January 2027", office.text("#target-panel-date"));
            office.date("visit", "11", "1", "2027");
            office.fill("Time", "14:30");
            office.press("Schedule visit");
            office.axe();
            assertTrue(office.text("#visits").contains("11 January 2027"), office.text("#visits"));
        }
    }

    private void theySeeTheirSocialWorkerTargetPanelDateAndVisit() {
        try (var person = browser()) {
            person.signsIn(email);
            String facts = person.text("#stage-two-facts");
            assertTrue(facts.contains(socialWorker.name()), facts);
            assertTrue(facts.contains("20 January 2027"), facts);
            assertTrue(facts.contains("11 January 2027"), facts);
        }
    }

    private void theSocialWorkerSharesTheReport(long journeyId) {
        try (var office = browser()) {
            office.staffSignIn(staff, socialWorker);
            office.opensStageTwoOf("/staff/caseload", "Your caseload", journeyId);
            office.press("Mark the report as shared");
            office.axe();
            assertEquals("Shared on 4 January 2027; comments due by 18 January 2027", office.text("#par-shared"));
        }
    }

    private void theyCommentOnTheReport() {
        try (var person = browser()) {
            person.signsIn(email);
            assertTrue(person.text("#report-comments-due").contains("until 18 January 2027"));
            person.page.getByRole(AriaRole.LINK, JourneyPages.named("Send your comments on the report")).click();
            person.showing("Your comments on your Prospective Adopter’s Report");
            person.fill("Your comments on your Prospective Adopter’s Report", "All correct, thank you.");
            person.press("Send comments");
            person.showing("Your account");
            assertTrue(person.text("#report-comments-sent").startsWith("We have received your comments"));
        }
    }

    private void theSocialWorkerSendsTheCaseToPanel(long journeyId) {
        try (var office = browser()) {
            office.staffSignIn(staff, socialWorker);
            office.opensStageTwoOf("/staff/caseload", "Your caseload", journeyId);
            assertEquals("All correct, thank you.", office.text("#comments-text"));
            office.date("panelDate", "20", "1", "2027");
            office.press("Send to panel");
            office.axe();
            assertEquals("Waiting for panel", office.text("#stage"));
            assertEquals("20 January 2027", office.text("#panel-date"));
        }
    }

    private void thePanelRecommendsAndTheTeamManagerApproves(long journeyId) {
        try (var office = browser()) {
            office.staffSignIn(staff, socialWorker);
            office.opensStageTwoOf("/staff/caseload", "Your caseload", journeyId);
            office.choose("Suitable to adopt");
            office.press("Record recommendation");
            office.axe();
            assertEquals("Suitable to adopt", office.text("#recommendation-text"));
        }
        try (var office = browser()) {
            office.staffSignIn(staff, manager);
            office.opensStageTwoOf("/staff/oversight", "Oversight of applicants", journeyId);
            office.choose("Approved");
            office.date("decidedOn", "20", "1", "2027");
            office.press("Record decision");
            office.axe();
            assertEquals("Approved on 20 January 2027", office.text("#decision-text"));
        }
    }

    private void theySeeTheyAreApproved() {
        try (var person = browser()) {
            person.signsIn(email);
            assertEquals("Approved to adopt", person.text(".app-journey .govuk-tag"));
            assertTrue(person.text("#stage-two-facts").contains("20 January 2027"));
        }
    }
}
