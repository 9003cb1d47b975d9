package uk.frontdoor.staff.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.core.region.Team;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.work.WorkKind;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.WebClient;

/**
 * An administrator runs the region without a deploy: renames it, adds a spoke with its teams and a borough, moves the
 * borough, removes a team; each change takes effect at once and is audited, and nothing that would leave work with
 * nowhere to go is allowed. What a test adds it removes again, so the seeded region other tests rely on stays.
 */
@MicronautTest(transactional = false)
class RunningTheRegionTest extends AppTest {
    private static final String REGION = "/staff/admin/region";

    @Inject
    StaffFixture staff;
    @Inject
    Sql sql;
    @Inject
    RegionDirectory region;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);
    private String originalName;

    @AfterEach
    void theSeededRegionAgain() {
        String like = "%" + tag + "%";
        sql.update("DELETE r FROM routing_rule r JOIN borough b ON b.id = r.borough_id WHERE b.name LIKE ?", like);
        sql.update("DELETE FROM borough WHERE name LIKE ?", like);
        sql.update("DELETE FROM team WHERE name LIKE ?", like);
        sql.update("DELETE FROM spoke WHERE name LIKE ?", like);
        if (originalName != null) {
            sql.update("UPDATE region SET display_name = ?", originalName);
        }
    }

    private StaffFixture.Person admin;

    private WebClient admin() {
        admin = staff.person("Ada Admin", Role.ADMINISTRATOR);
        WebClient client = staff.signIn(client(), admin);
        client.get(REGION);
        return client;
    }

    private long audited(String action) {
        return sql.count("SELECT COUNT(*) FROM audit_event WHERE actor_type = 'STAFF' AND actor_id = ? AND action = ?",
                admin.id(), action);
    }

    private long id(String table, String name) {
        return sql.one("SELECT id FROM " + table + " WHERE name = ?", rs -> rs.getLong(1), name).orElseThrow();
    }

    @Test
    void the_regions_new_name_is_on_the_public_site_at_once() {
        originalName = region.displayName();
        WebClient admin = admin();
        var blank = admin.post(REGION, Map.of("name", " "));
        assertEquals(422, blank.status());
        assertEquals(List.of("Enter the region’s name"), blank.errorSummary());
        assertEquals("Enter the region’s name", blank.inlineError("name"));

        var saved = admin.post(REGION, Map.of("name", "Adopt London South " + tag));
        assertEquals(303, saved.status());
        assertTrue(admin.open(saved.location()).body().contains("The region’s name has been saved."));
        assertTrue(client().get("/").html().select("h1").text().contains("Adopt London South " + tag),
                "the public home page names the region as it now is");
        assertEquals(1, audited("RENAME_REGION"));
    }

    @Test
    void a_new_spoke_gets_its_teams_then_a_borough_whose_work_goes_to_them_at_once_and_can_move() {
        WebClient admin = admin();
        String spoke = "North " + tag;
        assertEquals(List.of("Enter the spoke’s name", "Enter the spoke’s office"),
                admin.post(REGION + "/spokes/new", Map.of("name", "", "officeName", "")).errorSummary());
        assertEquals(303, admin.post(REGION + "/spokes/new", Map.of("name", spoke, "officeName", "Croydon")).status());
        assertEquals(List.of("There is already a spoke with this name"),
                admin.post(REGION + "/spokes/new", Map.of("name", spoke.toUpperCase(), "officeName", "Croydon")).errorSummary());
        long spokeId = id("spoke", spoke);

        String borough = "Croydon " + tag;
        var refused = admin.post(REGION + "/boroughs/new", Map.of("name", borough, "spoke", String.valueOf(spokeId)));
        assertEquals(422, refused.status());
        assertEquals(List.of("The " + spoke + " spoke has no recruitment team and no adoption support team for the "
                + "borough’s work: add them first"),
                refused.errorSummary(), "a borough whose enquiries would have nowhere to go is refused");
        assertEquals(0, sql.count("SELECT COUNT(*) FROM borough WHERE name = ?", borough));

        assertEquals(List.of("Enter the team’s name", "Choose the spoke", "Choose what work the team does"),
                admin.post(REGION + "/teams/new", Map.of("name", "", "spoke", "", "function", "")).errorSummary());
        assertEquals(303, admin.post(REGION + "/teams/new", Map.of("name", "North recruitment " + tag,
                "spoke", String.valueOf(spokeId), "function", "RECRUITMENT")).status());
        assertEquals(List.of("The " + spoke + " spoke has no adoption support team for the borough’s requests: add one first"),
                admin.post(REGION + "/boroughs/new", Map.of("name", borough, "spoke", String.valueOf(spokeId))).errorSummary());
        assertEquals(303, admin.post(REGION + "/teams/new", Map.of("name", "North support " + tag,
                "spoke", String.valueOf(spokeId), "function", "SUPPORT")).status());
        assertEquals(303, admin.post(REGION + "/boroughs/new", Map.of("name", borough, "spoke", String.valueOf(spokeId))).status());
        long boroughId = id("borough", borough);

        assertEquals("North recruitment " + tag, region.routing().teamFor(WorkKind.ENQUIRY, boroughId).map(Team::name).orElseThrow());
        assertEquals("North support " + tag, region.routing().teamFor(WorkKind.SUPPORT_REQUEST, boroughId).map(Team::name).orElseThrow());
        WebClient person = client();
        person.get("/enquiry");
        var whereYouLive = person.submit("/enquiry", Map.of());
        assertTrue(whereYouLive.html().select("label").eachText().contains(borough),
                "someone who lives there can choose it on the enquiry form at once");
        var overview = admin.get(REGION).html();
        assertTrue(overview.select("#boroughs td").eachText().containsAll(List.of(borough, spoke)));

        // the borough moves to the South East: its new work goes to the South East's teams from now on
        long southEast = sql.one("SELECT id FROM spoke WHERE code = 'south-east'", rs -> rs.getLong(1)).orElseThrow();
        assertEquals(303, admin.post(REGION + "/boroughs/" + boroughId, Map.of("name", borough,
                "spoke", String.valueOf(southEast))).status());
        assertEquals("South East recruitment", region.routing().teamFor(WorkKind.ENQUIRY, boroughId).map(Team::name).orElseThrow());
        assertEquals(1, audited("ADD_SPOKE"));
        assertEquals(2, audited("ADD_TEAM"));
        assertEquals(1, audited("ADD_BOROUGH"));
        assertEquals(1, audited("CHANGE_BOROUGH"));
    }

    @Test
    void a_team_with_people_routing_or_work_is_not_removed_and_the_refusal_says_what_to_move_first() {
        WebClient admin = admin();
        long seRecruitment = staff.team("se-recruitment").id();
        staff.enquiry(staff.team("se-recruitment"), "southwark"); // at least one open item
        var refused = admin.post(REGION + "/teams/" + seRecruitment + "/remove", Map.of());
        assertEquals(422, refused.status());
        long open = sql.count("SELECT COUNT(*) FROM work_item WHERE team_id = ? AND is_open", seRecruitment);
        long boroughs = sql.count("SELECT COUNT(DISTINCT borough_id) FROM routing_rule WHERE team_id = ?", seRecruitment);
        long people = sql.count("SELECT COUNT(*) FROM staff_team WHERE team_id = ?", seRecruitment);
        assertEquals(List.of("The team is still in use. First move its open work items (" + open + ") to another team, "
                + "route the work of its boroughs (" + boroughs + ") to another team, and move its members of staff ("
                + people + ") to another team"), refused.errorSummary());
        assertEquals(1, sql.count("SELECT COUNT(*) FROM team WHERE id = ?", seRecruitment));

        long spokeId = staff.team("se-recruitment").spokeId();
        admin.post(REGION + "/teams/new", Map.of("name", "Spare " + tag, "spoke", String.valueOf(spokeId), "function", "SUPPORT"));
        long spare = id("team", "Spare " + tag);
        assertEquals(List.of("There is already a team with this name"),
                admin.post(REGION + "/teams/" + spare, Map.of("name", "South East recruitment")).errorSummary());
        assertEquals(303, admin.post(REGION + "/teams/" + spare, Map.of("name", "Spare team " + tag)).status());
        var removed = admin.post(REGION + "/teams/" + spare + "/remove", Map.of());
        assertEquals(303, removed.status());
        assertTrue(admin.open(removed.location()).body().contains("The team has been removed."));
        assertEquals(0, sql.count("SELECT COUNT(*) FROM team WHERE id = ?", spare));
        assertEquals(1, audited("RENAME_TEAM"));
        assertEquals(1, audited("REMOVE_TEAM"));
    }
}
