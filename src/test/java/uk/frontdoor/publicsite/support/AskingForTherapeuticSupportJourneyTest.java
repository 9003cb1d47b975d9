package uk.frontdoor.publicsite.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import uk.frontdoor.core.reference.ReferenceNumbers;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Browsers;

/**
 * An adoptive parent, in a real browser, asks for therapeutic support for their child, once with
 * JavaScript and once without; on the way they first say a child is at risk now and see who to call.
 * Every page they see is checked with axe.
 */
@MicronautTest(transactional = false)
class AskingForTherapeuticSupportJourneyTest extends AppTest {
    @Inject
    Sql sql;

    private Page page;
    private String email;

    @Test
    @Timeout(120)
    void an_adoptive_parent_asks_for_therapeutic_support_with_javascript_on() {
        asksForTherapeuticSupport(true);
    }

    @Test
    @Timeout(120)
    void an_adoptive_parent_asks_for_therapeutic_support_with_javascript_off() {
        asksForTherapeuticSupport(false);
    }

    private void asksForTherapeuticSupport(boolean javaScript) {
        email = "parent-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        try (BrowserContext browser = Browsers.context(baseUrl(), javaScript)) {
            page = browser.newPage();
            given_an_adoptive_parent_on_the_support_page();
            when_they_start_and_say_they_are_an_adoptive_parent();
            and_give_their_contact_details();
            and_say_how_to_contact_them_safely();
            and_get_a_date_wrong_then_put_it_right();
            and_name_the_councils();
            and_ask_for_therapeutic_support();
            and_first_say_a_child_is_at_risk_and_see_who_to_call();
            and_then_say_it_is_not_urgent();
            and_tell_us_about_support_before();
            and_check_their_answers_and_send();
            then_they_see_their_reference_and_what_happens_next();
        }
    }

    private void given_an_adoptive_parent_on_the_support_page() {
        page.navigate("/support");
        showing("Ask for adoption support");
        assertThat(page.locator(".govuk-warning-text")).containsText("If a child is in danger now, call 999");
    }

    private void when_they_start_and_say_they_are_an_adoptive_parent() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start now")).click();
        showing("Who is asking for support?");
        page.getByLabel("An adoptive parent or carer").check();
        pressContinue("Your contact details");
    }

    private void and_give_their_contact_details() {
        page.getByLabel("Full name").fill("Pat Parent");
        page.getByLabel("Email address").fill(email);
        pressContinue("Contacting you safely");
    }

    private void and_say_how_to_contact_them_safely() {
        page.locator("#safeToLeaveMessage").check();
        page.locator("#safeToSendPost-no").check();
        pressContinue("About the adopted child or person");
    }

    private void and_get_a_date_wrong_then_put_it_right() {
        page.getByLabel("Their first name").fill("Robin");
        page.locator("#bornOn").fill("31");
        page.locator("#bornOn-month").fill("4");
        page.locator("#bornOn-year").fill("2016");
        pressContinue(null);
        showingErrors("Date of birth must be a real date");
        page.locator("#bornOn").fill("30");
        page.locator("#placedOn").fill("2");
        page.locator("#placedOn-month").fill("5");
        page.locator("#placedOn-year").fill("2018");
        page.locator("#adoptionOrderOn").fill("14");
        page.locator("#adoptionOrderOn-month").fill("1");
        page.locator("#adoptionOrderOn-year").fill("2019");
        pressContinue("Councils");
    }

    private void and_name_the_councils() {
        page.locator("#placingCouncil-southwark").check();
        page.locator("#livesIn-sutton").check();
        pressContinue("What help are you asking for?");
    }

    private void and_ask_for_therapeutic_support() {
        page.getByLabel("Therapeutic support").check();
        pressContinue("How urgent is this?");
    }

    private void and_first_say_a_child_is_at_risk_and_see_who_to_call() {
        page.getByLabel("A child is at risk of harm now").check();
        pressContinue("If a child is in danger now");
        assertThat(page.locator("main table")).containsText("Sutton");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change how urgent this is")).click();
        showing("How urgent is this?");
    }

    private void and_then_say_it_is_not_urgent() {
        page.getByLabel("Not urgent").check();
        pressContinue("What support have you had before? (optional)");
    }

    private void and_tell_us_about_support_before() {
        page.locator("#supportBefore").fill("A parenting course from the council");
        pressContinue("Check your answers before sending your request");
    }

    private void and_check_their_answers_and_send() {
        assertTrue(page.locator("main").innerText().contains("Therapeutic support"));
        assertTrue(page.locator("main").innerText().contains("14 January 2019"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send request")).click();
        showingErrors("Confirm that you agree to us using these details");
        page.getByLabel("I agree that Adopt London South may use these details").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send request")).click();
        showing("Request sent");
    }

    private void then_they_see_their_reference_and_what_happens_next() {
        String reference = page.locator(".govuk-panel .app-reference").innerText().trim();
        assertTrue(reference.startsWith("SUP-") && ReferenceNumbers.isValid(reference), reference);
        assertThat(page.locator("main")).containsText("What happens next");
        assertThat(page.locator("#respond-by")).containsText(Pattern.compile("by \\w+day \\d{1,2} \\w+ \\d{4}"));
        assertEquals(1, sql.count("SELECT COUNT(*) FROM support_request WHERE reference = ? AND email = ? AND help = ?",
                reference, email, "therapeutic"));
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
