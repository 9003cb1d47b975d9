package uk.frontdoor.publicsite.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Browsers;

@MicronautTest(transactional = false)
class SupportStartPageTest extends AppTest {

    @Test
    void a_person_asking_for_support_is_told_first_who_to_call_if_a_child_is_in_danger_now() {
        var page = client().get("/support");
        assertEquals(200, page.status());
        var html = page.html();
        assertEquals("Ask for adoption support", html.selectFirst("h1").text());
        Element warning = html.selectFirst("main .govuk-warning-text");
        assertTrue(warning.text().contains("If a child is in danger now, call 999"), warning.text());
        Element firstAfterHeading = html.selectFirst("main h1").nextElementSibling();
        assertEquals(warning, firstAfterHeading, "the danger message comes before anything else");
    }

    @Test
    void the_start_page_lists_every_boroughs_childrens_services_and_out_of_hours_numbers() {
        var html = client().get("/support").html();
        var rows = html.select("main table tbody tr");
        assertEquals(10, rows.size());
        Element lambeth = rows.stream().filter(r -> r.selectFirst("th").text().equals("Lambeth")).findFirst().orElseThrow();
        assertEquals("020 7946 0102", lambeth.select("td").get(0).text());
        assertEquals("020 7946 0202", lambeth.select("td").get(1).text());
    }

    @Test
    void the_start_page_says_who_can_ask_and_how_soon_they_will_hear() {
        var html = client().get("/support").html();
        assertTrue(html.select("main li").eachText().contains("birth parents and other birth relatives"));
        assertTrue(html.text().contains("within 10 working days, or within 2 working days if you tell us it is urgent"),
                html.text());
    }

    @Test
    void the_start_page_passes_axe_with_and_without_javascript() {
        for (boolean js : new boolean[] {true, false}) {
            try (BrowserContext context = Browsers.context(baseUrl(), js)) {
                Page page = context.newPage();
                page.navigate("/support");
                Browsers.assertAccessible(page);
            }
        }
    }
}
