package uk.frontdoor.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The accessibility check itself: it still finds violations, and skipping pages whose structure already passed
 * never lets a page with a new structure, or a failing one, through.
 */
class BrowsersTest {
    /** A page no other test builds (the marker's letters are kept in its structure). */
    private static String page(String marker, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><title>A page</title></head><body data-marker=\"" + marker
                + "\"><main><h1>A page</h1>" + body + "</main></body></html>";
    }

    @Test
    void a_page_with_a_violation_fails_every_time_it_is_checked_even_after_a_page_like_it_passed() {
        String marker = UUID.randomUUID().toString();
        try (BrowserContext context = Browsers.context("http://127.0.0.1:9", true)) {
            Page page = context.newPage();
            page.setContent(page(marker, "<label for=\"name\">Name</label><input id=\"name\" type=\"text\">"));
            Browsers.assertAccessible(page);

            page.setContent(page(marker, "<label for=\"name\">Your full name</label><input id=\"name\" type=\"text\">"));
            Browsers.assertAccessible(page); // the same structure, other words: passes (already checked)

            page.setContent(page(marker, "<label for=\"name\">Name</label><input id=\"other\" type=\"text\">"));
            for (int time = 1; time <= 2; time++) {
                AssertionError failure = assertThrows(AssertionError.class, () -> Browsers.assertAccessible(page));
                assertTrue(failure.getMessage().startsWith("Accessibility violations on "), failure.getMessage());
                assertTrue(failure.getMessage().contains("label: Form elements must have labels"), failure.getMessage());
                assertTrue(failure.getMessage().contains("<input id=\"other\" type=\"text\">"), failure.getMessage());
            }
        }
    }

    @Test
    void every_violation_on_a_page_is_reported_with_every_element() {
        try (BrowserContext context = Browsers.context("http://127.0.0.1:9", true)) {
            Page page = context.newPage();
            page.setContent(page(UUID.randomUUID().toString(),
                    "<img src=\"data:,\" id=\"one\"><img src=\"data:,\" id=\"two\"><input id=\"nameless\" type=\"text\">"));
            AssertionError failure = assertThrows(AssertionError.class, () -> Browsers.assertAccessible(page));
            String message = failure.getMessage();
            assertTrue(message.contains("image-alt: ") && message.contains("id=\"one\"") && message.contains("id=\"two\""),
                    message);
            assertTrue(message.contains("label: ") && message.contains("id=\"nameless\""), message);
        }
    }
}
