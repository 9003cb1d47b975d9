package uk.frontdoor.staff.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.staff.StaffArea;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.WebClient;

/**
 * The staff navigation (issue 15): every area a person's roles open and no other, each of which really opens for them,
 * with the page's own area marked current; staff pages use the whole width of the screen.
 */
@MicronautTest(transactional = false)
class StaffNavigationTest extends AppTest {
    @Inject
    StaffFixture staff;

    private static final List<String> AFTER = List.of("Your account");

    private static List<String> areas(WebClient.Page page) {
        return page.html().select("nav.app-staff-nav li.govuk-service-navigation__item > a").stream()
                .map(Element::text).filter(t -> !AFTER.contains(t)).toList();
    }

    private static List<String> hrefs(WebClient.Page page) {
        return page.html().select("nav.app-staff-nav li.govuk-service-navigation__item > a").stream()
                .filter(a -> !AFTER.contains(a.text())).map(a -> a.attr("href")).toList();
    }

    @Test
    void each_role_sees_exactly_the_areas_it_may_open_and_each_opens() {
        var se = staff.team("se-recruitment");
        Map<Role, List<String>> expected = new LinkedHashMap<>();
        expected.put(Role.RECRUITMENT_OFFICER, List.of("Work queues", "Search", "Events", "Training"));
        expected.put(Role.SUPPORT_WORKER, List.of("Work queues", "Search"));
        expected.put(Role.SOCIAL_WORKER, List.of("Work queues", "Search", "Caseload", "Training"));
        expected.put(Role.TEAM_MANAGER, List.of("Work queues", "Search", "Oversight", "Events", "Training", "Reports"));
        expected.put(Role.ADMINISTRATOR, List.of("Events", "Reports", "Administration", "Subject access"));
        expected.put(Role.DATA_PROTECTION_OFFICER, List.of("Subject access", "Audit log"));
        expected.put(Role.PERFORMANCE_OFFICER, List.of("Reports"));
        for (var e : expected.entrySet()) {
            Role role = e.getKey();
            boolean team = Role.needTeam(List.of(role));
            WebClient browser = staff.signIn(client(), team ? staff.person("Nav " + role, role, role
                    == Role.SUPPORT_WORKER ? staff.team("se-support") : se) : staff.person("Nav " + role, role));
            var account = browser.get("/staff/account");
            assertEquals(e.getValue(), areas(account), role.name());
            // everyone lands on /staff after signing in: it is their work queues only if they work cases
            assertEquals(e.getValue().contains("Work queues") ? "Work queues" : "Staff home",
                    browser.get("/staff").html().select("h1").text(), role + "'s home page");
            assertEquals("Your account", account.html().selectFirst("nav.app-staff-nav a[aria-current=page]").text());
            for (String href : hrefs(account)) {
                var area = browser.get(href);
                assertEquals(200, area.status(), role + " opens " + href);
                Element current = area.html().selectFirst("nav.app-staff-nav a[aria-current=page]");
                assertTrue(current != null && current.attr("href").equals(href), role + " on " + href
                        + " sees it marked current");
                assertEquals(1, area.html().select("nav.app-staff-nav [aria-current]").size());
                assertTrue(area.html().selectFirst("body > .govuk-width-container")
                        .hasClass("app-width-container--full"), "staff pages use the full width");
            }
            // the navigation's rule (StaffArea) and the pages' own (@StaffOnly) are written in two places: an area
            // not shown must be one the role cannot open, so nobody misses a page they may use or sees one they may not
            // (/staff itself is every member's home page, the header's link: open to all, a work queue's link or not)
            for (StaffArea area : StaffArea.values()) {
                if (!hrefs(account).contains(area.path()) && area != StaffArea.QUEUES) {
                    assertEquals(403, browser.get(area.path()).status(), role + " is not shown " + area.path());
                }
            }
        }
    }

    @Test
    void a_page_inside_an_area_marks_that_area() {
        var officer = staff.person("Nav Inside", Role.RECRUITMENT_OFFICER, staff.team("se-recruitment"));
        WebClient browser = staff.signIn(client(), officer);
        var item = staff.enquiry(staff.team("se-recruitment"));
        assertEquals("Work queues", browser.get("/staff/items/" + item.id()).html()
                .selectFirst("nav.app-staff-nav a[aria-current=page]").text());
        assertEquals("Search", browser.get("/staff/search?q=" + item.reference()).html()
                .selectFirst("nav.app-staff-nav a[aria-current=page]").text());
        assertEquals("Events", browser.get("/staff/events/new").html()
                .selectFirst("nav.app-staff-nav a[aria-current=page]").text());
    }
}
