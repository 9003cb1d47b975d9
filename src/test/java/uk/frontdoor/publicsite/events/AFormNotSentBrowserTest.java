package uk.frontdoor.publicsite.events;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import uk.frontdoor.platform.time.Times;
import uk.frontdoor.testing.Browsers;
import uk.frontdoor.testing.RateLimitAppTest;

/**
 * In a real browser, with JavaScript on and off, the pages of a public form that was not sent (one page for every
 * form, worded per form) are accessible: the one for a form with the hidden field filled in, and the one for too many
 * bookings from one connection (one an hour here: the second is refused). axe checks both, and the booking page with
 * its hidden field.
 */
@MicronautTest(transactional = false)
class AFormNotSentBrowserTest extends RateLimitAppTest {
    @Inject
    EventFixture events;

    AFormNotSentBrowserTest() {
        super("bookings-per-hour", 1, "event-booking", Instant.parse("2019-01-01T00:00:00Z"));
    }

    @Test
    @Timeout(120)
    void the_pages_of_a_booking_not_sent_with_javascript_on() {
        notSent(true);
    }

    @Test
    @Timeout(120)
    void the_pages_of_a_booking_not_sent_with_javascript_off() {
        notSent(false);
    }

    private void notSent(boolean javaScript) {
        long event = events.atOffice(Times.todayUk(clock).plusDays(30).atTime(18, 30), 10).id();
        try (BrowserContext context = Browsers.context(baseUrl(), javaScript)) {
            Page page = context.newPage();
            page.navigate("/events/" + event + "/book");
            Browsers.assertAccessible(page);
            fillIn(page);
            page.locator("#website").fill("https://cheap-pills.example", new Locator.FillOptions().setForce(true));
            page.locator("form button[type=submit]").click();
            assertThat(page.locator("h1")).hasText("Sorry, we could not send your form");
            Browsers.assertAccessible(page);
            assertEquals(0, events.placesTaken(event));

            page.navigate("/events/" + event + "/book");
            fillIn(page);
            page.locator("form button[type=submit]").click();
            assertThat(page.locator("h1")).hasText("Place booked"); // the hour's one booking from this connection
            page.navigate("/events/" + event + "/book");
            fillIn(page);
            page.locator("form button[type=submit]").click();
            assertThat(page.locator("h1")).hasText("Sorry, there have been too many bookings from your connection");
            Browsers.assertAccessible(page);
        }
    }

    private void fillIn(Page page) {
        page.getByLabel("Full name").fill("Rae Refused");
        page.getByLabel("Email address").fill(uniqueEmail("refused"));
        page.getByLabel("1", new Page.GetByLabelOptions().setExact(true)).check();
    }
}
