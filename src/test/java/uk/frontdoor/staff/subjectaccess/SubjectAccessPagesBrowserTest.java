package uk.frontdoor.staff.subjectaccess;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Browsers;

/**
 * An administrator finds subject access from the staff home page, is told what is wrong with an empty search, finds a
 * person by name among two with that name, and reads their report; axe-core on every page, with JavaScript on and off,
 * at desktop and phone widths.
 */
@MicronautTest(transactional = false)
class SubjectAccessPagesBrowserTest extends AppTest {
    @Inject
    StaffFixture staff;

    @Inject
    SubjectAccessPeople people;

    @ParameterizedTest(name = "JavaScript {0}")
    @ValueSource(booleans = {true, false})
    @Timeout(180)
    void an_administrator_finds_a_person_and_reads_everything_held_about_them(boolean javaScript) {
        StaffFixture.Person ada = staff.person("Ada Admin", Role.ADMINISTRATOR);
        var alice = people.everything(SubjectAccessPeople.tag());
        people.lookAlike(alice.email(), alice.name());
        try (BrowserContext context = Browsers.context(baseUrl(), javaScript)) {
            Page page = context.newPage();
            page.navigate("/staff");
            staff.signIn(page, ada);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName("Subject access: everything held about a person")).click();
            assertThat(page.locator("h1")).hasText("Subject access");
            Browsers.assertAccessible(page);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find")).click();
            assertThat(page.locator(".govuk-error-summary")).containsText("Enter an email address, a reference or a name");
            Browsers.assertAccessible(page);

            page.getByLabel("Email address, reference or name").fill(alice.name());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find")).click();
            assertThat(page.locator("#candidates tbody tr")).hasCount(2);
            Browsers.assertAccessible(page);
            page.setViewportSize(375, 812);
            Browsers.assertAccessible(page);
            page.setViewportSize(1280, 900);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName("See everything held about " + alice.email()).setExact(true)).click();
            assertThat(page.locator("h1")).containsText(alice.email());
            assertThat(page.locator("#section-enquiries")).containsText(alice.enquiry());
            Browsers.assertAccessible(page);
            page.setViewportSize(375, 812);
            Browsers.assertAccessible(page);

            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
            assertThat(page.locator("header.govuk-header")).isHidden();
            assertThat(page.locator("footer.govuk-footer")).isHidden();
            assertThat(page.locator("#download")).isHidden();
            assertThat(page.locator("#section-enquiries")).isVisible();
        }
    }
}
