package uk.frontdoor.applicant.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.frontdoor.applicant.registration.InvitedApplicants;
import uk.frontdoor.core.feedback.Feedback;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.work.WorkQueue;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.publicsite.events.EventFixture;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Browsers;
import uk.frontdoor.testing.Enquiries;
import uk.frontdoor.testing.Mailbox;

/**
 * In a browser, with JavaScript on and off, at a desktop's and a phone's width: a person finds their contact details
 * from their account, changes them, asks for a new email address and confirms it from the link; someone who came to
 * an event gives feedback; staff read it. Every page passes axe and the HTML checker.
 */
@MicronautTest(transactional = false)
class ContactDetailsAndFeedbackBrowserTest extends AppTest {
    private static final Pattern CONFIRM = Pattern.compile("(/confirm-email\\?token=[A-Za-z0-9_-]+)");
    private static final Pattern FEEDBACK = Pattern.compile("(/feedback/[A-Za-z0-9_-]+)");

    @Inject
    Sql sql;
    @Inject
    WorkQueue queue;
    @Inject
    RegionDirectory region;
    @Inject
    EventFixture events;
    @Inject
    Feedback feedback;
    @Inject
    StaffFixture staff;

    private Page page;

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    private void checked(String heading) {
        assertEquals(heading, page.locator("h1").first().textContent().strip());
        Browsers.assertAccessible(page);
        page.setViewportSize(375, 800);
        Browsers.assertAccessible(page);
        page.setViewportSize(1280, 800);
    }

    private static String found(Pattern pattern, String email, int nth) {
        Matcher m = pattern.matcher(Mailbox.body(Mailbox.await(email, nth, Duration.ofSeconds(20)).get(nth - 1)));
        assertTrue(m.find());
        return m.group(1);
    }

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void a_person_changes_their_details_and_address_and_gives_feedback_and_staff_read_it(boolean javaScript) {
        String email = uniqueEmail("browse");
        String fresh = uniqueEmail("browse-new");
        Enquiries.make(sql, queue, region, email, "Bo Browser", "lambeth");
        try (BrowserContext browser = Browsers.context(baseUrl(), javaScript)) {
            page = browser.newPage();
            int before = Mailbox.to(email).size();
            page.navigate("/sign-in");
            page.getByLabel("Email address", new Page.GetByLabelOptions().setExact(true)).fill(email);
            page.getByRole(AriaRole.BUTTON, named("Send me a link")).click();
            page.navigate(InvitedApplicants.awaitLink(email, before));
            page.getByRole(AriaRole.BUTTON, named("Continue to your account")).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your contact details")).click();
            checked("Your contact details");
            page.locator("a[href='/account/details/name-and-phone']").click();
            page.getByLabel("Full name").fill("");
            page.getByRole(AriaRole.BUTTON, named("Save")).click();
            checked("Change your name or phone number");
            assertTrue(page.locator(".govuk-error-summary").textContent().contains("Enter your full name"));
            page.getByLabel("Full name").fill("Bo Renamed");
            page.getByLabel("Phone number").fill("07700 900 456");
            page.getByRole(AriaRole.BUTTON, named("Save")).click();
            checked("Your contact details");
            page.locator("a[href='/account/details/email']").click();
            checked("What is your new email address?");
            page.getByLabel("What is your new email address?").fill(fresh);
            page.getByRole(AriaRole.BUTTON, named("Send a link to this address")).click();
            assertTrue(page.locator(".govuk-notification-banner").textContent().contains("We have sent a link"));
            page.navigate(found(CONFIRM, fresh, 1));
            checked("Confirm your new email address");
            page.getByRole(AriaRole.BUTTON, named("Confirm my new email address")).click();
            checked("Your email address has been changed");
        }

        clock.set(Instant.parse("2027-07-01T09:00:00Z"));
        var event = events.atOffice(LocalDateTime.of(2027, 7, 2, 18, 30), 10);
        sql.update("""
                INSERT INTO event_booking (event_id, reference, full_name, email, attending, status, booked_at, attendance)
                VALUES (?, ?, 'Bo Renamed', ?, 1, 'BOOKED', ?, 'ATTENDED')""", event.id(),
                "EVB-" + UUID.randomUUID().toString().substring(0, 8), fresh, LocalDateTime.of(2027, 6, 1, 9, 0));
        clock.set(Instant.parse("2027-07-03T09:00:00Z"));
        feedback.due().stream().filter(d -> d.subjectId() == event.id()).forEach(feedback::ask);
        try (BrowserContext browser = Browsers.context(baseUrl(), javaScript)) {
            page = browser.newPage();
            Matcher link = FEEDBACK.matcher(Mailbox.body(Mailbox.awaitSubject(fresh, "How was ", Duration.ofSeconds(20))));
            assertTrue(link.find());
            page.navigate(link.group(1));
            checked("Tell us how it went");
            page.getByRole(AriaRole.BUTTON, named("Send feedback")).click();
            checked("Tell us how it went");
            assertTrue(page.locator(".govuk-error-summary").textContent().contains("Select how you felt about it"));
            page.getByLabel("Very satisfied").check();
            page.getByLabel("How could we make it better? (optional)").fill("Longer questions time");
            page.getByRole(AriaRole.BUTTON, named("Send feedback")).click();
            checked("Thank you for your feedback");
        }
        try (BrowserContext office = Browsers.context(baseUrl(), javaScript)) {
            page = office.newPage();
            page.navigate("/staff/sign-in");
            staff.signIn(page, staff.person("Rae Reader", Role.RECRUITMENT_OFFICER, staff.team("se-recruitment")));
            page.navigate("/staff/events/" + event.id() + "/feedback");
            checked("Feedback");
            assertTrue(page.locator("#feedback-hidden").isVisible(), "one answer is not shown");
        }
    }
}
