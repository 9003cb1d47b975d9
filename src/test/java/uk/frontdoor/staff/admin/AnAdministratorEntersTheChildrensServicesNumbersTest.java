package uk.frontdoor.staff.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.WebClient;

/**
 * The seeded children's services numbers are placeholders: staff are warned, and an administrator enters the real
 * ones (checked, audited, shown at once to people who say a child is in danger now).
 */
@MicronautTest(transactional = false)
class AnAdministratorEntersTheChildrensServicesNumbersTest extends AppTest {
    private static final String PAGE = "/staff/admin/emergency-numbers";
    @Inject
    Sql sql;
    @Inject
    StaffFixture staff;

    /** Other tests read the seeded placeholders: put them back (as V9 made them). */
    @AfterEach
    void restorePlaceholders() {
        List<String> codes = List.of("southwark", "lambeth", "lewisham", "greenwich", "croydon", "merton", "sutton",
                "kingston", "wandsworth", "richmond");
        for (int i = 0; i < codes.size(); i++) {
            sql.update("UPDATE borough SET emergency_phone = ?, out_of_hours_phone = ? WHERE code = ?",
                    String.format("020 7946 01%02d", i + 1), String.format("020 7946 02%02d", i + 1), codes.get(i));
        }
    }

    private static Map<String, String> formAsShown(WebClient.Page page) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : page.html().select("form[action=" + PAGE + "] input[type=tel]")) {
            fields.put(input.attr("name"), input.val());
        }
        return fields;
    }

    private String southwark() {
        return sql.one("SELECT emergency_phone FROM borough WHERE code = 'southwark'", rs -> rs.getString(1)).orElseThrow();
    }

    @Test
    void an_administrator_replaces_the_placeholders_and_the_warning_goes() {
        StaffFixture.Person ada = staff.person("Ada Admin", Role.ADMINISTRATOR);
        WebClient admin = staff.signIn(client(), ada);
        Element warning = admin.get("/staff").html().selectFirst(".app-placeholder-numbers");
        assertNotNull(warning, "staff are warned while placeholders remain");
        assertTrue(warning.text().contains("still placeholders"), warning.text());

        WebClient.Page page = admin.get(PAGE);
        assertEquals(200, page.status());
        assertEquals(10, page.html().select(".app-borough-numbers").size());
        assertTrue(page.html().select(".app-borough-numbers").first().text().contains("Placeholder"));

        Map<String, String> wrong = formAsShown(page);
        wrong.put("emergency-southwark", "ring the duty desk");
        wrong.put("outOfHours-lambeth", "020 7946 0999");
        wrong.put("emergency-merton", "");
        WebClient.Page refused = admin.post(PAGE, wrong);
        assertEquals(422, refused.status());
        assertEquals("Enter a UK phone number, like 020 7525 1921 or +44 20 7525 1921",
                refused.inlineError("emergency-southwark"));
        assertEquals("This is a placeholder from the drama range: enter the council’s real number",
                refused.inlineError("outOfHours-lambeth"));
        assertEquals("Enter the phone number", refused.inlineError("emergency-merton"));
        assertEquals("ring the duty desk", refused.html().getElementById("emergency-southwark").val());
        assertEquals("020 7946 0101", southwark(), "nothing was saved");

        Map<String, String> real = new LinkedHashMap<>();
        int n = 0;
        for (String field : formAsShown(page).keySet()) {
            real.put(field, String.format("020 7525 %04d", 1900 + n++));
        }
        WebClient.Page saved = admin.post(PAGE, real);
        assertEquals(303, saved.status());
        assertEquals(real.get("emergency-southwark"), southwark());
        assertTrue(client().get("/support").body().contains(real.get("emergency-southwark")),
                "people are shown the new number at once");
        assertEquals(10, sql.count("SELECT COUNT(*) FROM audit_event WHERE action = 'CHILDRENS_SERVICES_NUMBERS_CHANGED' "
                + "AND actor_id = ?", ada.id()));
        assertNull(admin.get("/staff").html().selectFirst(".app-placeholder-numbers"), "no placeholders, no warning");
        assertFalse(admin.get(PAGE).body().contains("govuk-tag--red"));
    }

    @Test
    void only_an_administrator_may_change_the_numbers_but_every_member_of_staff_is_warned() {
        WebClient worker = staff.signIn(client(),
                staff.person("Sue Worker", Role.SUPPORT_WORKER, staff.team("sw-support")));
        Element warning = worker.get("/staff").html().selectFirst(".app-placeholder-numbers");
        assertNotNull(warning);
        assertTrue(warning.select("a").isEmpty(), "only administrators are offered the page");
        assertEquals(403, worker.get(PAGE).status());
        assertEquals(403, worker.post(PAGE, Map.of("emergency-southwark", "020 7525 1900")).status());
        assertEquals("020 7946 0101", southwark());
    }
}
