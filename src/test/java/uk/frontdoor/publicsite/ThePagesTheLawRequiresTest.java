package uk.frontdoor.publicsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.WebClient;

/**
 * The privacy notice, the accessibility statement and the contact page say what the law and good practice require,
 * with the agency's own details (region data, V43); every page links to them; and the enquiry and the support request
 * offer "Exit this page" on every page, as a plain link that works without JavaScript.
 */
@MicronautTest(transactional = false)
class ThePagesTheLawRequiresTest extends AppTest {
    private static final String NEUTRAL_SITE = "https://www.bbc.co.uk/weather";

    @Test
    void the_contact_page_gives_the_agencys_phone_email_address_and_opening_hours() {
        WebClient.Page page = client().get("/contact");
        assertEquals(200, page.status());
        Document html = page.html();
        assertEquals("Contact us", html.selectFirst("h1").text());
        assertEquals("020 7946 0321", html.selectFirst(".app-contact-phone a").text());
        assertEquals("tel:02079460321", html.selectFirst(".app-contact-phone a").attr("href"));
        assertEquals("Opening hours: Monday to Friday, 9am to 5pm (closed on bank holidays)",
                html.selectFirst(".app-contact-hours").text());
        assertEquals("mailto:hello@adoptlondonsouth.org.uk", html.selectFirst(".app-contact-email a").attr("href"));
        Element address = html.selectFirst(".app-contact-address");
        assertEquals("Adopt London South PO Box 1234 London SE1P 4ZZ", address.text());
        assertEquals(3, address.select("br").size(), "one line of the address per line");
        assertNotNull(html.getElementById("feedback"), "the phase banner's feedback link lands here");
    }

    @Test
    void every_page_links_to_the_contact_page_from_the_footer_and_the_phase_banner() {
        Document home = client().get("/").html();
        assertEquals(List.of("/privacy", "/accessibility", "/contact", "/cookies", "/staff"),
                home.select(".govuk-footer a").eachAttr("href"));
        assertEquals(List.of("Privacy notice", "Accessibility statement", "Contact us", "Cookies", "Staff sign in"),
                home.select(".govuk-footer a").eachText());
        Element banner = home.selectFirst(".govuk-phase-banner__text");
        assertEquals("This is a new service. Help us improve it and give your feedback.", banner.text());
        assertEquals("/contact#feedback", banner.selectFirst("a").attr("href"));
    }

    @Test
    void the_privacy_notice_names_the_controller_its_lawful_bases_retention_and_each_right() {
        Document html = client().get("/privacy").html();
        String text = html.text();
        assertTrue(text.contains("Adopt London South is the regional adoption agency for these councils: Croydon, "),
                "the controller, from region data");
        assertTrue(text.contains("Richmond upon Thames"), "every council named");
        assertEquals("mailto:dpo@adoptlondonsouth.org.uk", html.selectFirst(".app-privacy-dpo a").attr("href"));
        assertEquals(List.of("Who we are", "What we collect and why", "Our lawful basis for using your information",
                "Who we share it with", "How long we keep it", "Your rights", "How to complain"),
                html.select("main h2").eachText());
        for (String what : List.of("Equality questions", "Health declarations and medical reports",
                "Criminal record checks", "When you ask for adoption support", "When you book an information event",
                "Preparation training")) {
            assertTrue(html.select("main h3").eachText().contains(what), what);
        }
        for (String basis : List.of("Article 6(1)(e)", "Article 6(1)(c)", "Adoption Agencies Regulations 2005",
                "Article 9(2)(g)", "Article 9(2)(h)", "Schedule 1 Part 2", "Article 10")) {
            assertTrue(text.contains(basis), basis);
        }
        for (String who : List.of("adoption panel", "Disclosure and Barring Service", "your referees", "your GP")) {
            assertTrue(text.contains(who), who);
        }
        assertEquals(11, html.select(".app-retention tbody tr").size(), "the schedule's ten rules and the adoption case record");
        assertTrue(html.select(".app-retention tbody tr").eachText().contains("An email we sent you 90 days after it"
                + " was sent, then we delete it"), "periods read from the retention schedule");
        assertTrue(text.contains("A retention schedule sets how long we keep each kind of record"));
        for (String right : List.of("(access)", "(rectification)", "(erasure)", "(restriction)", "(objection)")) {
            assertTrue(text.contains(right), right);
        }
        assertTrue(html.selectFirst(".app-privacy-ico").text().contains("Wycliffe House, Water Lane, Wilmslow"));
        assertEquals("https://ico.org.uk/make-a-complaint/", html.selectFirst(".app-privacy-ico a").attr("href"));
    }

    @Test
    void the_accessibility_statement_follows_the_model_statement() {
        Document html = client().get("/accessibility").html();
        assertEquals("Accessibility statement for Adopt London South", html.selectFirst("h1").text());
        assertTrue(html.selectFirst(".app-compliance-status").text().startsWith(
                "This website is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA"));
        assertTrue(html.selectFirst(".app-known-issues").text().contains("aria-expanded"), "GOV.UK Frontend's known issue");
        assertEquals(List.of("/contact"), html.select("main a[href^=/]").eachAttr("href"));
        assertTrue(html.select("main a").eachAttr("href").contains("https://www.equalityadvisoryservice.com/"));
        assertTrue(html.text().contains("Equality and Human Rights Commission (EHRC)"));
        assertTrue(html.text().contains("JavaScript on and with JavaScript off"), "how it was tested");
        assertEquals("This statement was prepared on 3 December 2026. It was last reviewed on 3 December 2026.",
                html.selectFirst(".app-statement-dates").text());
    }

    @Test
    void every_page_of_the_enquiry_and_the_support_request_offers_exit_this_page() {
        WebClient browser = client();
        for (String form : List.of("/enquiry", "/support")) {
            assertExitThisPage(browser.get(form), form);
            WebClient.Page first = browser.open(browser.post(form, Map.of()).location());
            assertExitThisPage(first, first.response().uri().getPath());
            WebClient.Page refused = browser.post(first.response().uri().getPath(), Map.of());
            assertEquals(422, refused.status());
            assertExitThisPage(refused, "a question page with errors");
            assertExitThisPage(browser.get(form + "/delete-answers"), form + "/delete-answers");
            WebClient.Page automated = browser.post(first.response().uri().getPath(), Map.of("website", "spam"));
            assertEquals(400, automated.status());
            assertExitThisPage(automated, "the page saying a form was not sent");
        }
        Document home = client().get("/").html();
        assertNull(home.selectFirst(".govuk-exit-this-page"), "only where someone may be watched");
        assertNull(client().get("/events").html().selectFirst(".govuk-exit-this-page"), "not on event bookings");
    }

    private static void assertExitThisPage(WebClient.Page page, String where) {
        Element exit = page.html().selectFirst("div.govuk-exit-this-page[data-module=govuk-exit-this-page]");
        assertNotNull(exit, where);
        assertEquals("Shift, press 2 more times to exit.", exit.attr("data-i18n.press-two-more-times"),
                where + ": what its JavaScript says comes from our words");
        Element button = exit.selectFirst("a.govuk-exit-this-page__button");
        assertEquals(NEUTRAL_SITE, button.attr("href"), where + ": a plain link, so it works without JavaScript");
        assertEquals("Emergency Exit this page", button.text(), where);
        assertEquals("nofollow noreferrer", button.attr("rel"), where);
        Element skip = page.html().selectFirst("a.govuk-js-exit-this-page-skiplink");
        assertNotNull(skip, where);
        assertEquals(NEUTRAL_SITE, skip.attr("href"));
    }
}
