package uk.frontdoor.publicsite.enquiry;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import uk.frontdoor.core.reference.ReferenceNumbers;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Browsers;

/**
 * A new person, in a real browser, goes from the home page to a sent enquiry, once with JavaScript and
 * once without. Every page they see, including one telling them what they missed, is checked with axe.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // Micronaut reads getProperties() only from a per-class instance
class MakingAnEnquiryJourneyTest extends AppTest {
    /** Far above what the tests send: the limit itself is tested in EnquiryRateLimitTest. */
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(super.getProperties());
        properties.put("frontdoor.rate-limit.enquiries-per-hour", "100000");
        return properties;
    }

    @Inject
    Sql sql;

    private Page page;
    private String name;
    private String email;

    @Test
    @Timeout(120)
    void a_new_person_makes_an_enquiry_from_the_home_page_with_javascript_on() {
        makesAnEnquiry(true);
    }

    @Test
    @Timeout(120)
    void a_new_person_makes_an_enquiry_from_the_home_page_with_javascript_off() {
        makesAnEnquiry(false);
    }

    private void makesAnEnquiry(boolean javaScript) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        name = "Mary Journey " + id;
        email = "journey-" + id + "@example.org";
        try (BrowserContext browser = Browsers.context(baseUrl(), javaScript)) {
            page = browser.newPage();
            given_a_person_on_the_home_page();
            when_they_start_an_enquiry();
            and_say_they_live_in("Lewisham");
            and_forget_their_name_then_give_it();
            and_give_their_contact_details();
            and_say_how_and_when_to_contact_them();
            and_say_they_are_applying_with_a_partner();
            and_say_what_interests_them();
            and_pass_the_optional_page_about_children();
            and_say_how_they_heard_about_us();
            and_skip_the_equality_questions();
            and_check_their_answers_and_send();
            then_they_see_their_reference_and_what_happens_next();
        }
    }

    private void given_a_person_on_the_home_page() {
        page.navigate("/");
        showing("Adopt with Adopt London South");
    }

    private void when_they_start_an_enquiry() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start an adoption enquiry")).click();
        showing("Make an adoption enquiry");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start now")).click();
        showing("Where do you live?");
    }

    private void and_say_they_live_in(String borough) {
        page.getByLabel(borough, new Page.GetByLabelOptions().setExact(true)).check();
        pressContinue("What is your full name?");
    }

    private void and_forget_their_name_then_give_it() {
        pressContinue(null);
        showingErrors("Enter your full name");
        page.locator("#fullName").fill(name);
        pressContinue("Your contact details");
    }

    private void and_give_their_contact_details() {
        page.getByLabel("Email address").fill(email);
        page.getByLabel("UK phone number").fill("07700 900 123");
        pressContinue("How and when should we contact you?");
    }

    private void and_say_how_and_when_to_contact_them() {
        page.getByLabel("Either is fine").check();
        page.getByLabel("Weekday mornings").check();
        page.getByLabel("Weekends").check();
        pressContinue("Are you applying on your own or with a partner?");
    }

    private void and_say_they_are_applying_with_a_partner() {
        page.getByLabel("With a partner").check();
        page.locator("#partnerName").fill("Joseph Journey");
        pressContinue("What are you interested in?");
    }

    private void and_say_what_interests_them() {
        page.getByLabel("Early permanence or fostering for adoption").check();
        pressContinue("The children you might consider");
    }

    private void and_pass_the_optional_page_about_children() {
        pressContinue("How did you hear about us?");
    }

    private void and_say_how_they_heard_about_us() {
        page.getByLabel("A friend or family member").check();
        pressContinue("Equality monitoring questions");
    }

    private void and_skip_the_equality_questions() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skip these questions")).click();
        showing("Check your answers before sending your enquiry");
    }

    private void and_check_their_answers_and_send() {
        assertThat(page.locator(".govuk-summary-list")).not().hasCount(0);
        assertTrue(page.locator("main").innerText().contains(name));
        assertTrue(page.locator("main").innerText().contains("Joseph Journey"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send enquiry")).click();
        showingErrors("Confirm that you have read the privacy notice and agree to us using your information");
        page.getByLabel("I have read the privacy notice").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send enquiry")).click();
        showing("Enquiry sent");
    }

    private void then_they_see_their_reference_and_what_happens_next() {
        String reference = page.locator(".govuk-panel .app-reference").innerText().trim();
        assertTrue(ReferenceNumbers.isValid(reference), reference);
        assertThat(page.locator("main")).containsText("What happens next");
        assertThat(page.locator("#respond-by")).containsText(Pattern.compile("by \\w+day \\d{1,2} \\w+ \\d{4}"));
        assertEquals(1, sql.count("SELECT COUNT(*) FROM enquiry WHERE reference = ? AND email = ? AND partner_name = ?",
                reference, email, "Joseph Journey"));
    }

    /** Presses Continue and waits for the next page (or, given no heading, for the same page with errors). */
    private void pressContinue(String nextHeading) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        if (nextHeading != null) {
            showing(nextHeading);
        }
    }

    private void showing(String heading) {
        assertThat(page.locator("h1")).hasText(heading);
        Browsers.assertAccessible(page);
    }

    private void showingErrors(String message) {
        assertThat(page.locator(".govuk-error-summary")).containsText(message);
        assertThat(page).hasTitle(Pattern.compile("^Error: "));
        Browsers.assertAccessible(page);
    }
}
