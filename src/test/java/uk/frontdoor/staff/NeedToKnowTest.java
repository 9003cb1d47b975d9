package uk.frontdoor.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.WebClient;

/**
 * Running the system is not reading cases (issue 12): an administrator sees no case record unless they also work cases
 * in that team, and then only their teams'.
 */
@MicronautTest(transactional = false)
class NeedToKnowTest extends AppTest {
    @Inject
    StaffFixture staff;
    @Inject
    Sql sql;

    @Test
    void an_administrator_reads_cases_only_of_the_teams_they_also_work_in() {
        var southEast = staff.enquiry(staff.team("se-recruitment"), "lambeth");
        var southWest = staff.enquiry(staff.team("sw-recruitment"), "croydon");

        var onlyAdmin = staff.person("Ada Admin", Role.ADMINISTRATOR);
        WebClient admin = staff.signIn(client(), onlyAdmin);
        assertEquals(404, admin.get("/staff/items/" + southEast.id()).status());
        assertEquals(404, admin.get("/staff/queues/" + staff.team("se-recruitment").id()).status());
        assertTrue(admin.get("/staff").html().select("a[href^=/staff/queues/]").isEmpty(), "no queue on their home page");
        assertEquals(200, admin.get("/staff/admin/accounts").status(), "they still run the system");
        assertEquals(0, sql.count("SELECT COUNT(*) FROM audit_event WHERE actor_id = ? AND action LIKE 'VIEW%'"
                + " AND subject_type = 'ENQUIRY'", onlyAdmin.id()), "nothing of a case was shown");

        var alsoOfficer = staff.person("Ola Both", Role.ADMINISTRATOR, staff.team("se-recruitment"));
        sql.update("INSERT INTO staff_role (staff_id, role) VALUES (?, 'RECRUITMENT_OFFICER')", alsoOfficer.id());
        WebClient both = staff.signIn(client(), alsoOfficer);
        assertEquals(200, both.get("/staff/items/" + southEast.id()).status(), "their own team's case");
        assertEquals(404, both.get("/staff/items/" + southWest.id()).status(), "not another team's");
    }
}
