package uk.frontdoor.publicsite.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.support.SupportStep;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.WebClient;

/** A support worker opens a support request from their team's queue and sees who is asking and who is responsible. */
@MicronautTest(transactional = false)
class ASupportWorkerReadsTheRequestTest extends AppTest {
    @Inject
    Sql sql;
    @Inject
    StaffFixture staff;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long itemFor(String email) {
        return sql.one("""
                SELECT w.id FROM work_item w JOIN support_request r ON r.id = w.subject_id
                WHERE w.subject_type = 'SUPPORT_REQUEST' AND r.email = ?""", rs -> rs.getLong(1), email).orElseThrow();
    }

    private WebClient.Page open(String teamCode, long itemId) {
        StaffFixture.Person worker = staff.person("Sue Worker", Role.SUPPORT_WORKER, staff.team(teamCode));
        return staff.signIn(client(), worker).get("/staff/items/" + itemId);
    }

    @Test
    void a_support_worker_sees_the_request_and_the_placing_council_responsible_within_three_years() {
        clock.set(Instant.parse("2020-06-01T09:00:00Z")); // order 20 June 2018: under three years
        SupportRequester sam = new SupportRequester(client()).hasAnsweredEverything();
        String reference = sam.sendsAndReadsReference();

        WebClient.Page page = open("se-support", itemFor(sam.email));

        assertEquals(200, page.status());
        var html = page.html();
        String text = html.select("main").text();
        assertTrue(text.contains(reference), text);
        assertTrue(text.contains(sam.fullName) && text.contains(sam.childName) && text.contains("An adoptive parent or carer")
                && text.contains("Therapeutic support"), text);
        var responsibility = html.getElementById("responsibility").text();
        assertTrue(responsibility.contains("Lambeth"), responsibility);
        assertTrue(responsibility.contains("less than 3 years since the adoption order"), responsibility);
        assertNull(html.selectFirst("main .govuk-warning-text"), "an in-region council is not flagged");
    }

    @Test
    void once_three_years_have_passed_the_page_shows_the_council_where_the_family_lives() {
        clock.set(Instant.parse("2020-06-01T09:00:00Z"));
        SupportRequester sam = new SupportRequester(client()).hasAnsweredEverything();
        sam.sendsAndReadsReference();
        long item = itemFor(sam.email);
        clock.set(Instant.parse("2021-06-20T09:00:00Z")); // the third anniversary of the order

        var responsibility = open("se-support", item).html().getElementById("responsibility").text();

        assertTrue(responsibility.contains("Merton") && responsibility.contains("3 years or more"), responsibility);
    }

    @Test
    void a_request_whose_responsible_council_is_outside_the_region_is_flagged_to_staff() {
        SupportRequester sam = new SupportRequester(client())
                .answering(SupportStep.COUNCILS, Map.of("placingCouncil", "elsewhere", "placingCouncilOther",
                        "Kent County Council", "livesIn", "croydon"))
                .answering(SupportStep.ABOUT_THE_CHILD, SupportRequester.date("bornOn", "3", "4", "2015",
                        Map.of("childFirstName", "Kit")))
                .hasAnsweredEverything();
        sam.sendsAndReadsReference();

        assertEquals(404, open("sw-support", itemFor(sam.email)).status(), "only the team's staff see it");
        var page = open("se-support", itemFor(sam.email)).html();
        assertNotNull(page.selectFirst("main .govuk-warning-text"));
        String responsibility = page.getElementById("responsibility").text();
        assertTrue(responsibility.contains("Kent County Council (outside this region)"), responsibility);
    }
}
