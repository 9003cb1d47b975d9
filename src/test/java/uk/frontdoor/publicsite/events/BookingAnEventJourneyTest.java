package uk.frontdoor.publicsite.events;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Browsers;
import uk.frontdoor.testing.Mailbox;

/**
 * In a real browser, with JavaScript on and off: a person finds an event on /events and books its last place; a
 * second person joins the waiting list; the first cancels from the link in their email; the second is offered the
 * place by email and takes it. axe checks every page they see.
 */
@MicronautTest(transactional = false)
class BookingAnEventJourneyTest extends AppTest {
    @Inject
    EventFixture events;

    @Test
    @Timeout(180)
    void a_person_books_from_events_cancels_from_the_email_and_a_waiting_person_gets_the_place_with_javascript_on()
            throws Exception {
        journey(true);
    }

    @Test
    @Timeout(180)
    void a_person_books_from_events_cancels_from_the_email_and_a_waiting_person_gets_the_place_with_javascript_off()
            throws Exception {
        journey(false);
    }

    private void journey(boolean javaScript) throws Exception {
        var event = events.make(LocalDateTime.of(2027, 9, 15, 18, 30), 1,
                uk.frontdoor.core.events.EventPlace.SPOKE_OFFICE, null, "south-west");
        String id = UUID.randomUUID().toString().substring(0, 8);
        String first = "first-" + id + "@example.org";
        String second = "second-" + id + "@example.org";

        try (BrowserContext one = Browsers.context(baseUrl(), javaScript);
             BrowserContext two = Browsers.context(baseUrl(), javaScript)) {
            Page page = one.newPage();
            page.navigate("/events");
            showing(page, "Information events");
            page.getByLabel("Area").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("South West"));
            page.getByLabel("In person", new Page.GetByLabelOptions().setExact(true)).check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show events")).click();
            assertThat(page.locator("#event-results")).containsText(event.title());
            Browsers.assertAccessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(event.title())).click();
            showing(page, event.title());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book a place")).click();
            showing(page, "Book a place");

            page.locator("form button[type=submit]").click();
            assertThat(page.locator(".govuk-error-summary")).containsText("Enter your full name");
            Browsers.assertAccessible(page);
            page.getByLabel("Full name").fill("Fern First");
            page.getByLabel("Email address").fill(first);
            page.getByLabel("1", new Page.GetByLabelOptions().setExact(true)).check();
            page.getByLabel("Access needs (optional)").fill("A hearing loop");
            page.locator("form button[type=submit]").click();
            assertThat(page.locator(".govuk-panel__title")).hasText("Place booked");
            assertThat(page.locator(".govuk-panel__body")).containsText("EVT-");
            Browsers.assertAccessible(page);

            Page other = two.newPage();
            other.navigate("/events/" + event.id());
            showing(other, event.title());
            assertThat(other.locator("main")).containsText("This event is full");
            Browsers.assertAccessible(other);
            other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join the waiting list")).click();
            showing(other, "Join the waiting list");
            Browsers.assertAccessible(other);
            other.getByLabel("Full name").fill("Sol Second");
            other.getByLabel("Email address").fill(second);
            other.getByLabel("1", new Page.GetByLabelOptions().setExact(true)).check();
            other.locator("form button[type=submit]").click();
            assertThat(other.locator(".govuk-panel__title")).hasText("You are on the waiting list");
            Browsers.assertAccessible(other);

            String manage = WaitingListTest.link(Mailbox.await(first, 1, Duration.ofSeconds(20)).get(0), "booking");
            page.navigate(manage);
            showing(page, event.title());
            Browsers.assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel booking")).click();
            showing(page, "Are you sure you want to cancel your booking?");
            Browsers.assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, cancel my booking")).click();
            assertThat(page.locator(".govuk-notification-banner")).containsText("Your booking is cancelled");
            Browsers.assertAccessible(page);

            var mail = Mailbox.await(second, 2, Duration.ofSeconds(20));
            assertEquals(2, mail.size());
            assertTrue(mail.get(1).getSubject().startsWith("A place is free for you"));
            other.navigate(WaitingListTest.link(mail.get(1), "offer"));
            showing(other, "A place is free for you");
            Browsers.assertAccessible(other);
            other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept the place")).click();
            assertThat(other.locator(".govuk-panel__title")).hasText("Place booked");
            Browsers.assertAccessible(other);
            assertEquals(1, events.bookings(event.id()));
        }
    }

    private static void showing(Page page, String heading) {
        assertThat(page.locator("h1")).containsText(heading);
    }
}
