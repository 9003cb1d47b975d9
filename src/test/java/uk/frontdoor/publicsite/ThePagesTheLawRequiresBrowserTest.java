package uk.frontdoor.publicsite;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Browsers;

/**
 * The privacy notice, the accessibility statement, the contact page and the enquiry's pages (with "Exit this page")
 * pass axe (WCAG 2.2 AA) at a desktop's and a phone's width, with JavaScript on and off; and "Exit this page" leaves
 * for the neutral site both as a plain link and, with JavaScript, on three presses of Shift.
 */
@MicronautTest(transactional = false)
class ThePagesTheLawRequiresBrowserTest extends AppTest {
    private static final String NEUTRAL_SITE = "https://www.bbc.co.uk/weather";

    /** A desktop's and a phone's viewport, as width and height. */
    private static final List<int[]> WIDTHS = List.of(new int[] {1280, 800}, new int[] {375, 667});

    @Test
    @Timeout(240)
    void the_new_pages_pass_axe_at_desktop_and_phone_widths_with_javascript_on_and_off() {
        for (boolean javaScript : new boolean[] {true, false}) {
            for (int[] size : WIDTHS) {
                try (BrowserContext context = Browsers.context(baseUrl(), javaScript)) {
                    Page page = context.newPage();
                    page.setViewportSize(size[0], size[1]);
                    for (String path : List.of("/privacy", "/accessibility", "/contact")) {
                        page.navigate(path);
                        Browsers.assertAccessible(page);
                    }
                    page.navigate("/enquiry");
                    assertThat(page.locator(".govuk-exit-this-page__button")).isVisible();
                    Browsers.assertAccessible(page);
                    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start now")).click();
                    assertThat(page.locator("h1")).isVisible();
                    assertThat(page.locator(".govuk-exit-this-page__button")).isVisible();
                    Browsers.assertAccessible(page);
                }
            }
        }
    }

    @Test
    @Timeout(120)
    void exit_this_page_leaves_for_a_neutral_site_as_a_link_and_on_three_presses_of_shift() {
        for (boolean javaScript : new boolean[] {false, true}) {
            try (BrowserContext context = Browsers.context(baseUrl(), javaScript)) {
                context.route(NEUTRAL_SITE + "**", route -> route.fulfill(new Route.FulfillOptions().setStatus(200)
                        .setContentType("text/html").setBody("<!DOCTYPE html><title>Weather</title><p>Weather</p>")));
                Page page = context.newPage();
                page.navigate("/support");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start now")).click();
                assertThat(page.locator(".govuk-exit-this-page__button")).isVisible();
                if (javaScript) {
                    // the keyboard shortcut exists once GOV.UK Frontend has set the component up (a deferred module)
                    page.waitForSelector("[data-govuk-exit-this-page-init]");
                    page.locator("h1").click();
                    for (int i = 0; i < 3; i++) {
                        page.keyboard().press("Shift");
                    }
                } else {
                    page.locator(".govuk-exit-this-page__button").click();
                }
                page.waitForURL(NEUTRAL_SITE);
                assertThat(page).hasTitle("Weather");
            }
        }
    }
}
