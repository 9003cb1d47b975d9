package uk.frontdoor.publicsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.events.Events;
import uk.frontdoor.platform.time.Times;
import uk.frontdoor.publicsite.events.EventFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Browsers;

@MicronautTest(transactional = false)
class HomePageTest extends AppTest {
    @Inject
    EventFixture fixture;
    @Inject
    Events events;

    @Test
    void a_visitor_sees_the_agency_and_how_to_enquire() {
        var page = client().get("/");
        assertEquals(200, page.status());
        var html = page.html();
        assertEquals("Adopt with Adopt London South", html.selectFirst("h1").text());
        assertEquals("/enquiry", html.selectFirst("a.govuk-button--start").attr("href"));
        assertTrue(html.select("li").eachText().contains("Richmond upon Thames"), "lists the boroughs served");
    }

    @Test
    void a_visitor_can_find_every_public_service_from_the_home_page() {
        var html = client().get("/").html();
        List<String> links = html.select("main a").eachAttr("href");
        for (String service : List.of("/enquiry", "/what-happens-next", "/events", "/support", "/sign-in")) {
            assertTrue(links.contains(service), service + " is reachable from the home page: " + links);
        }
        assertTrue(html.selectFirst("main .govuk-warning-text").text().contains("If a child is in danger now, call 999"),
                "the danger-now message is on the home page, before anyone starts a support request");
    }

    @Test
    void in_a_browser_each_public_service_is_one_click_from_the_home_page_javascript_on_and_off() {
        Map<String, String> services = new java.util.LinkedHashMap<>();
        services.put("Start an adoption enquiry", "Make an adoption enquiry");
        services.put("What happens when you apply to adopt", "What happens when you apply to adopt");
        services.put("See all information events and book a place", "Information events");
        services.put("Ask for adoption support", "Ask for adoption support");
        services.put("Sign in to see where you stand", "Sign in");
        for (boolean javaScript : new boolean[] {true, false}) {
            try (BrowserContext context = Browsers.context(baseUrl(), javaScript)) {
                Page page = context.newPage();
                for (Map.Entry<String, String> service : services.entrySet()) {
                    page.navigate("/");
                    // a link, or the start button that is a link styled as one (GOV.UK's start button)
                    page.locator("main a").filter(new com.microsoft.playwright.Locator.FilterOptions()
                            .setHasText(service.getKey())).first().click();
                    assertEquals(service.getValue(), page.locator("h1").first().textContent().strip(),
                            service.getKey() + (javaScript ? "" : " (JavaScript off)"));
                }
            }
        }
    }

    @Test
    void every_public_page_has_a_meta_description_of_its_own_or_the_services() {
        Map<String, String> described = new java.util.LinkedHashMap<>();
        for (String path : List.of("/", "/what-happens-next", "/events", "/privacy", "/accessibility", "/contact",
                "/enquiry", "/support", "/sign-in")) {
            var meta = client().get(path).html().selectFirst("head meta[name=description]");
            assertTrue(meta != null && !meta.attr("content").isBlank(), path + " has a meta description");
            described.put(path, meta.attr("content"));
        }
        assertTrue(described.get("/").startsWith("Thinking about adopting a child?"), described.get("/"));
        assertTrue(described.get("/privacy").startsWith("How we use, share and keep your information"));
        assertEquals("Adopt London South: ask about adopting a child, come to an information event, follow your"
                + " application and ask for adoption support.", described.get("/sign-in"), "the service's own words");
    }

    @Test
    void the_home_page_lists_the_next_events_open_for_booking() {
        // tomorrow evening, not "in three hours": late in the day that event would end after midnight, which events may not
        EventFixture.Made soon = fixture.atOffice(Times.toUk(Times.nowUtc(clock)).toLocalDate().plusDays(1).atTime(18, 0), 20);

        var html = client().get("/").html();

        var soonest = events.upcoming(new Events.Filter(null, null), 0, 3);
        List<String> titles = soonest.stream().map(e -> e.plan().title()).toList();
        assertTrue(titles.contains(soon.title()) || titles.size() == 3, "the new event is among the soonest");
        assertEquals(titles, html.select("#next-events a").eachText(), "the soonest three, soonest first");
        assertEquals(soonest.stream().map(e -> "/events/" + e.id()).toList(), html.select("#next-events a").eachAttr("href"),
                "each links to its page, where it can be booked");
    }

    @Test
    void what_happens_next_names_every_step_and_its_statutory_time() {
        var html = client().get("/what-happens-next").html();
        List<String> headings = html.select("main h2").eachText();
        assertEquals("1. You make an enquiry", headings.get(0));
        assertTrue(headings.contains("4. Stage One: checks and training"), headings.toString());
        String text = html.selectFirst("main").text();
        for (String time : List.of("within 10 working days", "within 5 working days", "up to 2 months",
                "within 6 months", "up to 4 months", "40 working days")) {
            assertTrue(text.contains(time), time);
        }
    }

    @Test
    void pages_carry_security_headers_and_only_pages_the_same_for_everyone_may_be_kept() {
        var home = client().get("/");
        assertTrue(home.header("Content-Security-Policy").orElseThrow().contains("frame-ancestors 'none'"));
        assertTrue(home.header("Content-Security-Policy").orElseThrow().contains("script-src 'self'"));
        assertEquals("nosniff", home.header("X-Content-Type-Options").orElseThrow());
        assertEquals("same-origin", home.header("Referrer-Policy").orElseThrow());
        assertEquals("no-cache", home.header("Cache-Control").orElseThrow(), "kept by the browser, asked for again");
        var page = client().get("/sign-in"); // a form: this browser's own token, so never kept
        assertEquals("no-store", page.header("Cache-Control").orElseThrow());
        String cookie = page.response().headers().allValues("Set-Cookie").get(0);
        assertTrue(cookie.contains("HTTPOnly") || cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
    }

    @Test
    void an_unknown_address_gets_a_friendly_not_found_page() {
        var page = client().get("/no-such-page");
        assertEquals(404, page.status());
        assertEquals("Page not found", page.html().selectFirst("h1").text());
    }

    @Test
    void health_says_the_database_is_up() {
        var page = client().get("/health");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("\"database\":\"UP\""));
    }

    @Test
    void a_load_balancer_sees_the_node_live_and_ready_with_its_migrations_done() {
        assertEquals("{\"status\":\"UP\"}", client().get("/health/live").body());
        var ready = client().get("/health/ready");
        assertEquals(200, ready.status());
        assertEquals("{\"status\":\"UP\",\"database\":\"UP\",\"migrations\":\"DONE\",\"shuttingDown\":false}", ready.body());
    }

    @Test
    void the_home_and_information_pages_pass_axe_in_a_real_browser_at_a_desktops_and_a_phones_width() {
        for (boolean javaScript : new boolean[] {true, false}) {
            try (BrowserContext context = Browsers.context(baseUrl(), javaScript)) {
                Page page = context.newPage();
                for (String path : new String[] {"/", "/what-happens-next", "/privacy", "/accessibility", "/cookies",
                    "/contact", "/events", "/support", "/nowhere"}) {
                    page.setViewportSize(1280, 800);
                    page.navigate(path);
                    Browsers.assertAccessible(page);
                    // a common Android phone's width: the footer's wrapped links once failed target size (2.5.8) here
                    page.setViewportSize(412, 915);
                    Browsers.assertAccessible(page);
                }
            }
        }
    }
}
