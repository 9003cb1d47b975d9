package uk.frontdoor.staff.reports;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.frontdoor.core.reports.ReportData;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Browsers;

/**
 * A performance officer finds the management information from the staff home page, chooses a quarter and a spoke, reads
 * the charts and the tables beside them, and prints it: axe-core at desktop and phone widths, JavaScript on and off.
 */
@MicronautTest(transactional = false)
class ManagementInformationBrowserTest extends AppTest {
    @Inject
    StaffFixture staff;

    @Inject
    ReportData data;

    ReportData.Made made;

    @AfterEach
    void back_to_now() {
        if (made != null) {
            data.remove(made);
        }
        clock.reset();
    }

    @ParameterizedTest(name = "JavaScript {0}")
    @ValueSource(booleans = {true, false})
    @Timeout(180)
    void a_performance_officer_reads_a_quarter_of_a_spoke_and_prints_it(boolean javaScript) {
        clock.set(Instant.parse("2025-07-15T09:00:00Z"));
        StaffFixture.Person officer = staff.person("Perry Performance", Role.PERFORMANCE_OFFICER);
        made = data.make(officer.id());
        try (BrowserContext context = Browsers.context(baseUrl(), javaScript)) {
            Page page = context.newPage();
            page.navigate("/staff");
            staff.signIn(page, officer);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName("Management information: the funnel, timeliness, sources and diversity")).click();
            assertThat(page.locator("h1")).hasText("Management information");
            Browsers.assertAccessible(page);

            page.getByLabel("Period", new Page.GetByLabelOptions().setExact(true)).selectOption("2025-Q2");
            page.getByLabel("Spoke", new Page.GetByLabelOptions().setExact(true)).selectOption(made.spoke());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show figures")).click();
            assertThat(page.locator("#table-funnel tbody tr").first()).containsText(made.northName());
            assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions()
                    .setName("Chart: the funnel for all chosen councils"))).isVisible();
            assertThat(page.locator("#table-sources-by-month thead")).containsText("April 2025");
            Browsers.assertAccessible(page);
            page.setViewportSize(375, 812);
            Browsers.assertAccessible(page);
            page.setViewportSize(1280, 900);

            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
            assertThat(page.locator("header.govuk-header")).isHidden();
            assertThat(page.locator("form.app-reports__filter")).isHidden();
            assertThat(page.locator("#chart-funnel")).isVisible();
            assertThat(page.locator("#table-funnel table")).isVisible();
        }
    }
}
