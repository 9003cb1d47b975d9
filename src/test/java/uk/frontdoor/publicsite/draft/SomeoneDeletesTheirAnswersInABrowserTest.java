package uk.frontdoor.publicsite.draft;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Browsers;

/**
 * Someone on a computer other people use starts a form, then deletes what they typed before they leave: from the
 * question page, with JavaScript on and off, each page checked with axe. The session cookie holding their answers
 * is a browser-session cookie: it has no expiry, so the browser drops it when it closes.
 */
@MicronautTest(transactional = false)
class SomeoneDeletesTheirAnswersInABrowserTest extends AppTest {

    @Test
    @Timeout(60)
    void an_enquirer_deletes_their_answers_with_javascript_on() {
        deletes("enquiry", "Start a new adoption enquiry", "Where do you live?", true);
    }

    @Test
    @Timeout(60)
    void a_person_asking_for_support_deletes_their_answers_with_javascript_off() {
        deletes("support", "Start a new request for adoption support", null, false);
    }

    private void deletes(String form, String again, String firstQuestion, boolean javaScript) {
        try (BrowserContext browser = Browsers.context(baseUrl(), javaScript)) {
            Page page = browser.newPage();
            page.navigate("/" + form);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start now")).click();
            if (firstQuestion != null) {
                assertThat(page.locator("h1")).hasText(firstQuestion);
            }
            String question = page.url();
            assertTrue(browser.cookies().stream().anyMatch(c -> c.name.equals("__Host-fd_session") && c.expires == -1),
                    "the answers are held by a cookie that goes when the browser closes");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Delete my answers")).click();
            assertThat(page.locator("h1")).hasText("Are you sure you want to delete your answers?");
            Browsers.assertAccessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("No, keep my answers")).click();
            assertEquals(200, page.navigate(question).status(), "nothing deleted by looking");
            assertTrue(page.url().endsWith(question.substring(question.lastIndexOf('/'))));

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Delete my answers")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete my answers")).click();
            assertThat(page.locator("h1")).hasText("Your answers have been deleted");
            Browsers.assertAccessible(page);

            page.navigate(question);
            assertTrue(page.url().endsWith("/" + form), "no answers to go back to: the start page, " + page.url());
            page.navigate("/" + form + "/answers-deleted");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(again)).click();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start now"))).isVisible();
        }
    }
}
