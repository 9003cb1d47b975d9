package uk.frontdoor.publicsite.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Browsers;
import uk.frontdoor.testing.Mailbox;

/**
 * A birth relative, in a real browser, asks about letterbox contact (once with JavaScript and once without). On the
 * way they say a child is at risk now and are shown who to call. After sending, they sign in with the emailed link,
 * find their request on their account and add information. Every page they see is checked with axe.
 */
@MicronautTest(transactional = false)
class ABirthRelativeAsksAboutLetterboxContactJourneyTest extends AppTest {
    private static final Pattern LINK = Pattern.compile("(/sign-in/link\\?token=[A-Za-z0-9_-]+)");
    @Inject
    Sql sql;

    private Page page;
    private String email;
    private String reference;

    @Test
    @Timeout(150)
    void a_birth_relative_asks_about_letterbox_contact_with_javascript_on() {
        asksAboutLetterboxContact(true);
    }

    @Test
    @Timeout(150)
    void a_birth_relative_asks_about_letterbox_contact_with_javascript_off() {
        asksAboutLetterboxContact(false);
    }

    private void asksAboutLetterboxContact(boolean javaScript) {
        email = "relative-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        try (BrowserContext browser = Browsers.context(baseUrl(), javaScript)) {
            page = browser.newPage();
            given_a_birth_relative_starts_a_support_request();
            when_they_give_their_details_and_the_childs();
            and_ask_for_help_with_letterbox_contact();
            and_first_say_a_child_is_at_risk_and_see_who_to_call();
            and_then_say_it_is_soon_and_send();
            then_they_see_their_reference();
            when_they_sign_in_with_the_emailed_link();
            then_their_account_shows_the_request();
            and_they_add_information_to_it();
        }
    }

    private void given_a_birth_relative_starts_a_support_request() {
        page.navigate("/support");
        showing("Ask for adoption support");
        assertThat(page.locator(".govuk-warning-text")).containsText("If a child is in danger now, call 999");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start now")).click();
        showing("Who is asking for support?");
        page.getByLabel("A birth parent or birth relative").check();
        pressContinue("Your contact details");
    }

    private void when_they_give_their_details_and_the_childs() {
        page.getByLabel("Full name").fill("Jo Birthrelative");
        page.getByLabel("Email address").fill(email);
        pressContinue("Contacting you safely");
        assertThat(page.locator("#safeToLeaveMessage-hint")).containsText("If you say no, we will not email you");
        page.locator("#safeToLeaveMessage-no").check();
        page.locator("#safeToSendPost").check();
        pressContinue("About the adopted child or person");
        page.getByLabel("Their first name").fill("Ashley");
        page.locator("#bornOn").fill("12");
        page.locator("#bornOn-month").fill("2");
        page.locator("#bornOn-year").fill("2012");
        pressContinue("Councils");
        page.locator("#placingCouncil-lambeth").check();
        page.locator("#livesIn-lewisham").check();
        pressContinue("What help are you asking for?");
    }

    private void and_ask_for_help_with_letterbox_contact() {
        page.getByLabel("Help with contact, including letterbox contact").check();
        pressContinue("How urgent is this?");
    }

    private void and_first_say_a_child_is_at_risk_and_see_who_to_call() {
        page.getByLabel("A child is at risk of harm now").check();
        pressContinue("If a child is in danger now");
        assertThat(page.locator(".govuk-warning-text")).containsText("call 999");
        assertThat(page.locator("main table")).containsText("Lewisham");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change how urgent this is")).click();
        showing("How urgent is this?");
    }

    private void and_then_say_it_is_soon_and_send() {
        page.getByLabel("Soon: within the next few weeks").check();
        pressContinue("What support have you had before? (optional)");
        pressContinue("Check your answers before sending your request");
        assertTrue(page.locator("main").innerText().contains("Help with contact, including letterbox contact"));
        assertThat(page.locator("#acknowledgement")).containsText("so we will not email you");
        page.getByLabel("I agree that Adopt London South may use these details").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send request")).click();
        showing("Request sent");
    }

    private void then_they_see_their_reference() {
        reference = page.locator(".govuk-panel .app-reference").innerText().trim();
        assertThat(page.locator("#acknowledgement")).containsText("We have not sent you an email, because you told us it"
                + " is not safe to leave you a message.");
        assertEquals(1, sql.count("SELECT COUNT(*) FROM support_request WHERE reference = ? AND requester = 'birth-relative' "
                + "AND help = 'contact'", reference));
    }

    private void when_they_sign_in_with_the_emailed_link() {
        assertEquals(0, sql.count("SELECT COUNT(*) FROM outbox_email WHERE recipient = ?", email),
                "no acknowledgement: they said it is not safe to leave a message");
        page.navigate("/sign-in");
        showing("Sign in");
        page.getByLabel("Email address").fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me a link")).click();
        showing("Check your email");
        List<jakarta.mail.internet.MimeMessage> mails = Mailbox.await(email, 1, Duration.ofSeconds(15));
        assertEquals(1, mails.size(), "only the link they asked for");
        Matcher link = LINK.matcher(Mailbox.body(mails.get(0)));
        assertTrue(link.find());
        page.navigate(link.group(1));
        showing("Sign in to your account");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue to your account")).click();
        showing("Your account");
    }

    private void then_their_account_shows_the_request() {
        assertThat(page.locator(".app-support-request")).containsText(reference);
        assertThat(page.locator(".app-support-request .govuk-tag")).hasText("Received");
        page.locator(".app-support-request").getByRole(AriaRole.LINK).click();
        showing("Reference " + reference);
    }

    private void and_they_add_information_to_it() {
        assertThat(page.locator("#information-hint")).containsText("We will not email you to say we have it");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add information")).click();
        showingErrors("Enter the information you want to add");
        page.getByLabel("Add information to your request").fill("The last letterbox letter was returned unopened.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add information")).click();
        showing("Reference " + reference);
        assertThat(page.locator(".govuk-notification-banner")).containsText("We have added this to your request. We have"
                + " not sent you an email");
        assertThat(page.locator(".app-added-information")).containsText("returned unopened");
        assertEquals(1, sql.count("SELECT COUNT(*) FROM outbox_email WHERE recipient = ?", email),
                "only the sign-in link they asked for: nothing acknowledges what they added");
    }

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
