package uk.frontdoor.publicsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Browsers;

@MicronautTest(transactional = false)
class HomePageTest extends AppTest {

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
    void pages_carry_security_headers_and_are_not_cached() {
        var page = client().get("/");
        assertTrue(page.header("Content-Security-Policy").orElseThrow().contains("frame-ancestors 'none'"));
        assertTrue(page.header("Content-Security-Policy").orElseThrow().contains("script-src 'self'"));
        assertEquals("nosniff", page.header("X-Content-Type-Options").orElseThrow());
        assertEquals("same-origin", page.header("Referrer-Policy").orElseThrow());
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
    void the_home_and_information_pages_pass_axe_in_a_real_browser() {
        try (BrowserContext context = Browsers.context(baseUrl(), true)) {
            Page page = context.newPage();
            for (String path : new String[] {"/", "/privacy", "/accessibility", "/cookies", "/nowhere"}) {
                page.navigate(path);
                Browsers.assertAccessible(page);
            }
        }
    }
}
