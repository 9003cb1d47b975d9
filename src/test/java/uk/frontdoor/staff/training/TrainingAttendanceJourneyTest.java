package uk.frontdoor.staff.training;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import uk.frontdoor.applicant.registration.InvitedApplicants;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.registration.Registrations;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.training.CoursePlan;
import uk.frontdoor.core.training.CourseRequest;
import uk.frontdoor.core.training.SessionPlan;
import uk.frontdoor.core.training.Training;
import uk.frontdoor.core.training.TrainingStage;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.publicsite.events.EventFixture;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Browsers;
import uk.frontdoor.testing.Mailbox;

/**
 * In a real browser (JavaScript off, the harder case): an applicant in Stage One enrols on a preparation course and
 * sees its sessions on their account; staff mark them as attending both sessions; their account then shows the
 * training as completed, and the "Preparation training" task of their Stage One task list as Completed. axe
 * checks every page.
 */
@MicronautTest(transactional = false)
class TrainingAttendanceJourneyTest extends AppTest {
    @Inject
    InvitedApplicants applicants;
    @Inject
    StaffFixture staff;
    @Inject
    Training training;
    @Inject
    Sql sql;
    @Inject
    Registrations registrations;

    @Test
    @Timeout(180)
    void an_applicant_enrols_on_training_and_staff_mark_their_attendance_which_shows_on_their_account() throws Exception {
        String title = "Preparing to adopt " + UUID.randomUUID().toString().substring(0, 8);
        var start = java.time.LocalDateTime.of(2027, 2, 6, 10, 0);
        var course = (Result.Done<Long>) training.create(EventFixture.PLANNER, CourseRequest.of(new CoursePlan(title,
                TrainingStage.STAGE_ONE, 12, List.of(
                new SessionPlan(start, start.plusHours(6), "Croydon office, 2 Example Road", null),
                new SessionPlan(start.plusDays(7), start.plusDays(7).plusHours(6), null, "https://meet.example.org/prep")))));
        var sent = applicants.sent(uniqueEmail("trainee"));
        var person = sent.person();
        assertTrue(registrations.decide(applicants.officer("se-recruitment"), sent.registrationId(),
                Registrations.Decision.ACCEPT, "Checks and a preparation course", "").isDone());
        Mailbox.await(person.email(), 3, java.time.Duration.ofSeconds(30)); // invitation, sent, accepted

        try (BrowserContext home = Browsers.context(baseUrl(), false);
             BrowserContext office = Browsers.context(baseUrl(), false)) {
            Page page = home.newPage();
            int before = Mailbox.to(person.email()).size();
            page.navigate("/sign-in");
            page.getByLabel("Email address", new Page.GetByLabelOptions().setExact(true)).fill(person.email());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me a link")).click();
            page.navigate(InvitedApplicants.awaitLink(person.email(), before));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue to your account")).click();
            assertThat(page.locator("#training-heading")).hasText("Preparation training");
            Browsers.assertAccessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Choose a preparation course")).click();
            assertThat(page.locator("h1")).hasText("Preparation training");
            Browsers.assertAccessible(page);
            page.locator("form[action='/account/training/" + course.value() + "'] button").click();
            assertThat(page.locator(".govuk-notification-banner")).containsText("You are enrolled");
            Browsers.assertAccessible(page);
            page.navigate("/account");
            assertThat(page.locator("#training-sessions li")).hasCount(2);
            assertThat(page.locator("#training-sessions")).containsText("Croydon office");

            Page staffPage = office.newPage();
            var officer = staff.person("Tia Trainer", Role.RECRUITMENT_OFFICER, staff.team("se-recruitment"));
            staffPage.navigate("/staff/sign-in");
            staffPage.getByLabel("Email address", new Page.GetByLabelOptions().setExact(true)).fill(officer.email());
            staffPage.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(StaffFixture.PASSWORD);
            staffPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            staffPage.navigate("/staff/training");
            Browsers.assertAccessible(staffPage);
            staffPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
            assertThat(staffPage.locator("main")).containsText(person.email());
            Browsers.assertAccessible(staffPage);
            for (int session = 0; session < 2; session++) {
                staffPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Attendance register")).nth(session).click();
                assertThat(staffPage.locator("h1")).hasText(title);
                Browsers.assertAccessible(staffPage);
                staffPage.getByLabel("Attended", new Page.GetByLabelOptions().setExact(true)).check();
                staffPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save attendance")).click();
                assertThat(staffPage.locator(".govuk-notification-banner")).containsText("Attendance saved");
                Browsers.assertAccessible(staffPage);
                staffPage.navigate("/staff/training/" + course.value());
            }

            page.navigate("/account");
            assertThat(page.locator("#training-completed")).hasText("Preparation training completed");
            assertThat(page.locator("#stage-one-checks li").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("Preparation training")).locator(".govuk-task-list__status")).hasText("Completed");
            Browsers.assertAccessible(page);
            assertTrue(sql.count("SELECT COUNT(*) FROM training_enrolment WHERE journey_id = ? AND completed_at IS NOT NULL",
                    person.journey().id()) == 1);
        }
    }
}
