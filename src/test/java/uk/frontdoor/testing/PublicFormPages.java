package uk.frontdoor.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every public form shows alike (web.form.FormGuard): its hidden field, and the pages of a form not sent. */
public final class PublicFormPages {
    private PublicFormPages() {
    }

    /** The page's form has the field people never see or reach, hidden from assistive technology too. */
    public static void hasTheHiddenField(WebClient.Page page) {
        assertNotNull(page.html().selectFirst("form [aria-hidden=true] input#website[tabindex=-1][autocomplete=off]"),
                "the form has the hidden field");
        assertEquals("Leave this field blank", page.html().selectFirst("[aria-hidden=true] label[for=website]").text());
    }

    /** Refused because the hidden field was filled in: 400, nothing kept, and how to get in touch instead. */
    public static void refusedAsAutomated(WebClient.Page page, String phoneLine) {
        assertEquals(400, page.status());
        assertEquals("Sorry, we could not send your form", page.html().selectFirst("h1").text());
        assertTrue(page.body().contains(phoneLine), page.body());
        assertEquals(null, page.html().selectFirst("main form"), "no form to send again");
    }

    /** Refused for too many sends from one connection: 429 with Retry-After (fifty minutes here), and what to do. */
    public static void refusedForTooMany(WebClient.Page page, String heading, String... lines) {
        assertEquals(429, page.status());
        assertEquals("3000", page.header("Retry-After").orElseThrow(), "50 minutes until the next hour");
        assertEquals(heading, page.html().selectFirst("h1").text());
        for (String line : lines) {
            assertTrue(page.body().contains(line), line + " in " + page.body());
        }
    }
}
