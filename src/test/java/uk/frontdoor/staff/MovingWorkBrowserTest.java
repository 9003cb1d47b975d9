package uk.frontdoor.staff;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.frontdoor.staff.StaffPages.exactly;
import static uk.frontdoor.staff.StaffPages.named;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.frontdoor.core.region.Team;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.work.WorkQueue;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.staff.StaffFixture.Item;
import uk.frontdoor.staff.StaffFixture.Person;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Browsers;

/**
 * In a real browser, JavaScript on and off, axe on every page: a recruitment officer assigns several items of a queue
 * to a colleague at once (then signposts the one left, its outcome's own field revealed under it), and keys in an
 * enquiry taken by phone.
 */
@MicronautTest(transactional = false)
class MovingWorkBrowserTest extends AppTest {
    @Inject
    StaffFixture fixture;
    @Inject
    WorkQueue queue;
    @Inject
    Sql sql;

    @ParameterizedTest(name = "JavaScript {0}")
    @ValueSource(booleans = {true, false})
    @Timeout(180)
    void a_recruitment_officer_assigns_two_items_to_a_colleague_at_once(boolean javaScript) {
        Team team = fixture.newSouthEastTeam();
        Item first = fixture.enquiry(team);
        Item second = fixture.enquiry(team);
        Item left = fixture.enquiry(team);
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, team);
        Person kim = fixture.person("Kim Lee", Role.RECRUITMENT_OFFICER, team);
        try (BrowserContext context = Browsers.context(baseUrl(), javaScript)) {
            Page page = context.newPage();
            page.navigate("/staff/sign-in");
            fixture.signIn(page, sam);
            page.navigate("/staff/queues/" + team.id());
            Browsers.assertAccessible(page);

            page.getByRole(AriaRole.BUTTON, named("Assign selected items")).click();
            assertThat(page.locator(".govuk-error-summary")).containsText("Select at least one item to move");
            Browsers.assertAccessible(page);

            page.getByLabel("Select " + first.reference(), exactly()).check();
            page.getByLabel("Select " + second.reference(), exactly()).check();
            page.getByLabel("Assign to", exactly()).selectOption(String.valueOf(kim.id()));
            page.getByRole(AriaRole.BUTTON, named("Assign selected items")).click();
            assertThat(page.locator(".govuk-notification-banner__heading")).hasText("2 items were moved");
            Browsers.assertAccessible(page);

            page.getByRole(AriaRole.LINK, named("Assigned to")).click();
            assertThat(page.locator("th[aria-sort=ascending]")).hasText("Assigned to");
            assertThat(page.locator("#queue-results tbody tr").first().locator("td").nth(1)).hasText(left.reference());
            Browsers.assertAccessible(page);

            // the item page's outcome form shows each outcome's own fields under it (all of them without JavaScript)
            page.getByRole(AriaRole.LINK, named(left.reference())).click();
            var agency = page.getByLabel("Name of the agency", exactly());
            if (javaScript) {
                assertThat(agency).isHidden();
            } else {
                assertThat(agency).isVisible();
            }
            page.getByLabel("Signpost to another agency", exactly()).check();
            assertThat(agency).isVisible();
            Browsers.assertAccessible(page);
            agency.fill("Adoption UK");
            page.getByRole(AriaRole.BUTTON, named("Record outcome")).click();
            assertThat(page.locator("#history + ol li").first()).containsText("Signposted to another agency");
        }
        assertEquals(kim.id(), queue.find(first.id()).orElseThrow().assignedTo());
        assertEquals(kim.id(), queue.find(second.id()).orElseThrow().assignedTo());
        assertEquals(null, queue.find(left.id()).orElseThrow().assignedTo());
    }

    @ParameterizedTest(name = "JavaScript {0}")
    @ValueSource(booleans = {true, false})
    @Timeout(180)
    void a_recruitment_officer_records_an_enquiry_taken_by_phone(boolean javaScript) {
        Person sam = fixture.person("Sam Jones", Role.RECRUITMENT_OFFICER, fixture.team("se-recruitment"));
        String email = uniqueEmail("caller");
        try (BrowserContext context = Browsers.context(baseUrl(), javaScript)) {
            Page page = context.newPage();
            page.navigate("/staff/sign-in");
            fixture.signIn(page, sam);
            page.navigate("/staff");
            page.getByRole(AriaRole.LINK,
                    named("Record an enquiry taken by phone, email, at an event or in person")).click();
            assertThat(page.locator("h1")).hasText("Record an enquiry");
            Browsers.assertAccessible(page);

            page.getByRole(AriaRole.BUTTON, named("Record the enquiry")).click();
            assertThat(page.locator(".govuk-error-summary")).containsText("Select how they enquired");
            Browsers.assertAccessible(page);

            page.locator("#method").check(); // the first way: by phone
            page.getByLabel("Where do you live?", exactly()).selectOption("lewisham");
            page.getByLabel("What is your full name?", exactly()).fill("Dana Okafor");
            page.getByLabel("Email address", exactly()).fill(email);
            page.getByLabel("UK phone number", exactly()).fill("07700 900982");
            page.locator("#contactMethod-phone").check();
            page.getByLabel("Weekends", exactly()).check();
            page.getByLabel("On my own", exactly()).check();
            page.getByLabel("Adopting a child", exactly()).check();
            page.getByLabel("A friend or family member", exactly()).check();
            page.getByLabel("I have told them how we will use their information (our privacy notice)", exactly()).check();
            page.getByRole(AriaRole.BUTTON, named("Record the enquiry")).click();

            String reference = sql.one("SELECT reference FROM enquiry WHERE email = ? AND method = 'PHONE'",
                    rs -> rs.getString(1), email).orElseThrow();
            assertThat(page.locator(".govuk-notification-banner__heading"))
                    .hasText("Enquiry " + reference + " recorded and sent to South East recruitment. We have emailed them"
                            + " its reference.");
            assertThat(page.getByLabel("What is your full name?", exactly())).hasValue("");
            Browsers.assertAccessible(page);
        }
    }
}
