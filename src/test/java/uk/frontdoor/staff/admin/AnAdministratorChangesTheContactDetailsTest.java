package uk.frontdoor.staff.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.WebClient;

/**
 * The agency's contact details are region data an administrator keeps: a change is checked, shown at once on the
 * contact page and the privacy notice, and audited; wrong details are refused with their messages and nothing saved.
 */
@MicronautTest(transactional = false)
class AnAdministratorChangesTheContactDetailsTest extends AppTest {
    private static final String PAGE = "/staff/admin/contact-details";
    @Inject
    Sql sql;
    @Inject
    StaffFixture staff;

    /** Other tests read the seeded details: put them back (as V6 and V43 made them). */
    @AfterEach
    void restoreTheSeed() {
        sql.update("""
                UPDATE region SET public_phone = '020 7946 0321', public_email = 'hello@adoptlondonsouth.org.uk',
                  postal_address = CONCAT('Adopt London South', CHAR(10), 'PO Box 1234', CHAR(10), 'London', CHAR(10), 'SE1P 4ZZ'),
                  opening_hours = 'Monday to Friday, 9am to 5pm (closed on bank holidays)',
                  data_protection_email = 'dpo@adoptlondonsouth.org.uk'
                WHERE id = 1""");
    }

    private String stored(String column) {
        return sql.one("SELECT " + column + " FROM region WHERE id = 1", rs -> rs.getString(1)).orElseThrow();
    }

    private static Map<String, String> details(String phone) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("phone", phone);
        form.put("email", "Adoption@AdoptLondonSouth.org.uk");
        form.put("address", "Adopt London South\r\n  Floor 3, 160 Example Street \r\n\r\nLondon\r\nSE1 2AB");
        form.put("openingHours", "Monday to Thursday, 9am to 5pm; Friday, 9am to 4:30pm");
        form.put("dataProtectionEmail", "data.protection@adoptlondonsouth.org.uk");
        return form;
    }

    @Test
    void an_administrators_change_shows_on_the_contact_page_at_once_and_is_audited() {
        StaffFixture.Person ada = staff.person("Ada Admin", Role.ADMINISTRATOR);
        WebClient admin = staff.signIn(client(), ada);
        assertEquals(1, admin.get("/staff/admin").html().select("a[href=" + PAGE + "]").size(), "linked from Administration");
        Document form = admin.get(PAGE).html();
        assertEquals("020 7946 0321", form.getElementById("phone").val());
        assertEquals("Adopt London South\nPO Box 1234\nLondon\nSE1P 4ZZ", form.getElementById("address").val());

        WebClient.Page saved = admin.post(PAGE, details("020 7525 1921"));
        assertEquals(303, saved.status());
        assertEquals(PAGE + "?saved=true", saved.location());
        assertTrue(admin.get(saved.location()).html().selectFirst(".govuk-notification-banner").text().contains("saved"));

        Document contact = client().get("/contact").html();
        assertEquals("020 7525 1921", contact.selectFirst(".app-contact-phone a").text());
        assertEquals("mailto:Adoption@adoptlondonsouth.org.uk", contact.selectFirst(".app-contact-email a").attr("href"),
                "kept in canonical form: the domain in lower case");
        assertEquals("Adopt London South Floor 3, 160 Example Street London SE1 2AB",
                contact.selectFirst(".app-contact-address").text());
        assertEquals(3, contact.select(".app-contact-address br").size(), "blank lines and spaces at the ends dropped");
        assertEquals("Opening hours: Monday to Thursday, 9am to 5pm; Friday, 9am to 4:30pm",
                contact.selectFirst(".app-contact-hours").text());
        assertEquals("mailto:data.protection@adoptlondonsouth.org.uk",
                client().get("/privacy").html().selectFirst(".app-privacy-dpo a").attr("href"));

        assertEquals(1, staff.audits(ada.id(), "CHANGE_CONTACT_DETAILS", "REGION", 1));
        String detail = sql.one("SELECT detail FROM audit_event WHERE action = 'CHANGE_CONTACT_DETAILS' AND actor_id = ?",
                rs -> rs.getString(1), ada.id()).orElseThrow();
        assertTrue(detail.startsWith("phone: 020 7946 0321 -> 020 7525 1921; email: "), detail);

        assertEquals(303, admin.post(PAGE, details("020 7525 1921")).status());
        assertEquals(1, staff.audits(ada.id(), "CHANGE_CONTACT_DETAILS", "REGION", 1), "saving the same is no change");
    }

    @Test
    void wrong_details_are_refused_with_a_message_against_each_and_nothing_is_saved() {
        StaffFixture.Person ada = staff.person("Ada Admin", Role.ADMINISTRATOR);
        WebClient admin = staff.signIn(client(), ada);
        Map<String, String> wrong = new LinkedHashMap<>();
        wrong.put("phone", "020 7946 0999");
        wrong.put("email", "hello.adoptlondonsouth.org.uk");
        wrong.put("address", " \r\n ");
        wrong.put("openingHours", "x".repeat(301));
        wrong.put("dataProtectionEmail", "");
        WebClient.Page refused = admin.post(PAGE, wrong);
        assertEquals(422, refused.status());
        assertEquals(List.of(
                "This is a placeholder from the drama range: enter the agency’s real number",
                "Enter an email address in the correct format, like hello@adoption-agency.org.uk",
                "Enter the postal address",
                "Opening hours must be 300 characters or fewer",
                "Enter the data protection officer’s email address"), refused.errorSummary());
        assertEquals("Enter the postal address", refused.inlineError("address"));
        assertEquals("hello.adoptlondonsouth.org.uk", refused.html().getElementById("email").val(), "what was typed is kept");
        assertTrue(refused.html().title().startsWith("Error: "));

        Map<String, String> notUk = details("+1 202 555 0143");
        assertEquals("Enter a UK phone number, like 020 7525 1921 or +44 20 7525 1921",
                admin.post(PAGE, notUk).inlineError("phone"));
        Map<String, String> longAddress = details("020 7525 1921");
        longAddress.put("address", String.join("\n", List.of("1", "2", "3", "4", "5", "6", "7", "8", "9")));
        assertEquals("Postal address must be 8 lines or fewer and 500 characters or fewer",
                admin.post(PAGE, longAddress).inlineError("address"));

        assertEquals("020 7946 0321", stored("public_phone"));
        assertEquals("hello@adoptlondonsouth.org.uk", stored("public_email"));
        assertEquals(0, staff.audits(ada.id(), "CHANGE_CONTACT_DETAILS", "REGION", 1));
    }

    @Test
    void only_an_administrator_may_change_them() {
        WebClient manager = staff.signIn(client(), staff.person("Mo Manager", Role.TEAM_MANAGER));
        assertEquals(403, manager.get(PAGE).status());
        assertEquals(403, manager.post(PAGE, details("020 7525 1921")).status());
        assertEquals("020 7946 0321", stored("public_phone"));
    }
}
