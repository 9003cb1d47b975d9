package uk.frontdoor.staff.subjectaccess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.journey.JourneyActorIdentity;
import uk.frontdoor.core.journey.Journeys;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.core.work.WorkQueue;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Browsers;
import uk.frontdoor.testing.Enquiries;
import uk.frontdoor.testing.WebClient;

/** A data protection officer corrects or erases what is held about a person, from their subject access report. */
@MicronautTest(transactional = false)
class ExercisingAPersonsRightsTest extends AppTest {
    @Inject
    StaffFixture staff;
    @Inject
    Sql sql;
    @Inject
    WorkQueue queue;
    @Inject
    RegionDirectory region;
    @Inject
    Journeys journeys;

    private String report(WebClient browser, String email) {
        var found = browser.post("/staff/subject-access", Map.of("query", email));
        assertEquals(303, found.status());
        return found.location();
    }

    @Test
    void a_person_is_corrected_then_erased_each_with_a_reason_and_the_pages_say_what_is_wrong() {
        String email = uniqueEmail("rights");
        long enquiry = Enquiries.make(sql, queue, region, email, "Rhi Rights", "lambeth").enquiryId();
        WebClient dpo = staff.signIn(client(), staff.person("Dana Protection", Role.DATA_PROTECTION_OFFICER));
        String report = report(dpo, email);
        var page = dpo.get(report);
        assertEquals(List.of("Correct their name or phone number", "Erase what is held about them"),
                page.html().select("#rights a").eachText());

        dpo.get(report + "/correct");
        var nothing = dpo.post(report + "/correct", Map.of("fullName", "", "phone", "", "reason", ""));
        assertEquals(422, nothing.status());
        assertEquals(List.of("Enter the corrected name or phone number", "Enter why, for example how and when the person asked"),
                nothing.errorSummary());
        var corrected = dpo.post(report + "/correct", Map.of("fullName", "Rhiannon Rights", "phone", "",
                "reason", "Asked by phone to use her full name"));
        assertEquals(303, corrected.status());
        assertTrue(dpo.get(corrected.location()).html().selectFirst(".govuk-notification-banner").text()
                .contains("The correction is saved"));
        assertEquals("Rhiannon Rights", sql.one("SELECT full_name FROM enquiry WHERE id = ?", rs -> rs.getString(1),
                enquiry).orElseThrow());

        dpo.get(report + "/erase");
        var noReason = dpo.post(report + "/erase", Map.of("reason", " "));
        assertEquals(422, noReason.status());
        assertTrue(noReason.inlineError("reason").contains("Enter why"));
        var erased = dpo.post(report + "/erase", Map.of("reason", "Asked by letter dated 1 December"));
        assertEquals(303, erased.status());
        assertEquals("/staff/subject-access?erased=1", erased.location());
        assertTrue(dpo.get(erased.location()).html().selectFirst(".govuk-notification-banner").text()
                .contains("1 records anonymised"));
        assertEquals("", sql.one("SELECT email FROM enquiry WHERE id = ?", rs -> rs.getString(1), enquiry).orElseThrow());
    }

    @Test
    void erasure_is_refused_with_the_reason_while_the_person_is_being_assessed_and_an_administrator_cannot_erase() {
        String email = uniqueEmail("held");
        var made = Enquiries.make(sql, queue, region, email, "Hal Held", "lambeth");
        var officer = staff.person("Olu Officer", Role.RECRUITMENT_OFFICER, staff.team("se-recruitment"));
        journeys.inviteToRegister(made.enquiryId(), made.teamId(), JourneyActorIdentity.staff(new StaffMember(
                officer.id(), officer.email(), officer.name(), Set.of(Role.RECRUITMENT_OFFICER), Set.of(made.teamId()))));

        WebClient admin = staff.signIn(client(), staff.person("Ada Admin", Role.ADMINISTRATOR));
        String adminsReport = report(admin, email);
        assertTrue(admin.get(adminsReport).html().select("#rights").isEmpty(), "administrators read, they do not erase");
        assertEquals(403, admin.get(adminsReport + "/erase").status());

        WebClient dpo = staff.signIn(client(), staff.person("Dana Protection", Role.DATA_PROTECTION_OFFICER));
        String report = report(dpo, email);
        dpo.get(report + "/erase");
        var refused = dpo.post(report + "/erase", Map.of("reason", "Asked by email"));
        assertEquals(422, refused.status());
        assertEquals(List.of("Their records cannot be erased yet: they have an assessment in progress. Erase them once it"
                + " has ended"), refused.errorSummary());
        assertEquals("Hal Held", sql.one("SELECT full_name FROM enquiry WHERE id = ?", rs -> rs.getString(1),
                made.enquiryId()).orElseThrow());
    }

    @Test
    void the_pages_are_accessible_with_and_without_javascript_at_desktop_and_phone_widths() {
        String email = uniqueEmail("axe");
        Enquiries.make(sql, queue, region, email, "Axe Person", "lambeth");
        var dpo = staff.person("Dana Protection", Role.DATA_PROTECTION_OFFICER);
        for (boolean javaScript : List.of(true, false)) {
            try (BrowserContext context = Browsers.context(baseUrl(), javaScript)) {
                Page page = context.newPage();
                page.navigate("/staff/sign-in");
                staff.signIn(page, dpo);
                page.waitForURL("**/staff");
                page.navigate("/staff/subject-access");
                page.getByLabel("Email address, reference or name").fill(email);
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find")).click();
                String report = page.url();
                for (String which : List.of("correct", "erase")) {
                    page.navigate(report + "/" + which);
                    Browsers.assertAccessible(page);
                    page.locator("form#person button").click();
                    assertTrue(page.locator(".govuk-error-summary").isVisible());
                    Browsers.assertAccessible(page);
                    page.setViewportSize(375, 800);
                    Browsers.assertAccessible(page);
                    page.setViewportSize(1280, 800);
                }
            }
        }
    }
}
