package uk.frontdoor.staff.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.frontdoor.applicant.registration.InvitedApplicants;
import uk.frontdoor.core.journey.JourneyState;
import uk.frontdoor.core.journey.Journeys;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.WebClient;

/** A recruitment officer reads a sent registration and accepts it into Stage One or declines it with reasons. */
@MicronautTest(transactional = false)
class DecidingARegistrationTest extends AppTest {
    @Inject
    InvitedApplicants invited;
    @Inject
    StaffFixture staff;
    @Inject
    Journeys journeys;
    @Inject
    Sql sql;

    private WebClient officer(String team, Role role) {
        var person = role == Role.ADMINISTRATOR ? staff.person("Ada Admin", role)
                : staff.person("Olu Officer", role, staff.team(team));
        return staff.signIn(client(), person);
    }

    private long itemOf(long registrationId) {
        return sql.one("SELECT id FROM work_item WHERE subject_type = 'REGISTRATION' AND subject_id = ?",
                rs -> rs.getLong(1), registrationId).orElseThrow();
    }

    private String itemStatus(long registrationId) {
        return sql.one("SELECT CONCAT(status, ' ', is_open) FROM work_item WHERE subject_type = 'REGISTRATION' AND subject_id = ?",
                rs -> rs.getString(1), registrationId).orElseThrow();
    }

    @Test
    void an_officer_opens_the_work_item_reads_the_registration_and_accepts_it_with_a_stage_one_plan() {
        var sent = invited.sent(uniqueEmail("accepted"));
        String page = "/staff/registrations/" + sent.registrationId();
        WebClient office = officer("se-recruitment", Role.RECRUITMENT_OFFICER);
        var item = office.get("/staff/items/" + itemOf(sent.registrationId()));
        assertEquals(303, item.status());
        assertEquals(page, item.location());

        var shown = office.get(page);
        assertEquals(200, shown.status());
        assertTrue(shown.body().contains(sent.reference()));
        assertTrue(shown.body().contains("referee3@example.org"));
        assertFalse(shown.body().contains("Inhaler for asthma"), "health answers are for social workers (need-to-know)");
        assertEquals(1, sql.count("SELECT COUNT(*) FROM audit_event WHERE action = 'VIEW_REGISTRATION' AND subject_id = ?",
                sent.registrationId()));

        var none = office.post(page + "/decision", Map.of());
        assertEquals(422, none.status());
        assertEquals(List.of("Select whether to accept or decline the registration"), none.errorSummary());
        var noPlan = office.post(page + "/decision", Map.of("decision", "accept", "plan", "  "));
        assertEquals(List.of("Enter the Stage One plan"), noPlan.errorSummary());
        assertEquals(1 + 2, sql.count("SELECT COUNT(*) FROM audit_event WHERE action = 'VIEW_REGISTRATION' AND subject_id = ?",
                sent.registrationId()), "each page shown again with its errors is a view too (issue 12)");

        var accepted = office.post(page + "/decision", Map.of("decision", "accept",
                "plan", "DBS and local authority checks; preparation course in March"));
        assertEquals(303, accepted.status());
        var journey = journeys.find(sent.person().journey().id()).orElseThrow();
        assertEquals(JourneyState.STAGE_ONE, journey.state());
        assertEquals("DBS and local authority checks; preparation course in March",
                journeys.history(journey.id()).get(0).detail());
        assertEquals("REGISTRATION_ACCEPTED 0", itemStatus(sent.registrationId()));
        assertEquals("The decision has been recorded and the applicant has been emailed.",
                office.get(accepted.location()).html().selectFirst(".govuk-notification-banner__heading").text());

        var twice = office.post(page + "/decision", Map.of("decision", "decline", "reasons", "Changed my mind"));
        assertEquals(422, twice.status());
        assertEquals(JourneyState.STAGE_ONE, journeys.find(journey.id()).orElseThrow().state());
    }

    @Test
    void an_officer_declines_with_reasons_and_reasons_are_required() {
        var sent = invited.sent(uniqueEmail("declined"));
        String page = "/staff/registrations/" + sent.registrationId();
        WebClient office = officer("se-recruitment", Role.RECRUITMENT_OFFICER);
        office.get(page);
        var noReasons = office.post(page + "/decision", Map.of("decision", "decline"));
        assertEquals(422, noReasons.status());
        assertEquals(List.of("Enter the reasons for declining"), noReasons.errorSummary());
        assertEquals("Enter the reasons for declining", noReasons.inlineError("reasons"));

        assertEquals(303, office.post(page + "/decision", Map.of("decision", "decline",
                "reasons", "We are not recruiting adopters for older children at present")).status());
        assertEquals(JourneyState.REGISTRATION_DECLINED,
                journeys.find(sent.person().journey().id()).orElseThrow().state());
        assertEquals("REGISTRATION_DECLINED 0", itemStatus(sent.registrationId()));
    }

    @Test
    void another_spoke_cannot_see_it_and_an_administrator_cannot_decide_it() {
        var sent = invited.sent(uniqueEmail("boundaries"));
        String page = "/staff/registrations/" + sent.registrationId();
        WebClient elsewhere = officer("sw-recruitment", Role.RECRUITMENT_OFFICER);
        assertEquals(404, elsewhere.get(page).status());
        elsewhere.get("/staff");
        assertEquals(404, elsewhere.post(page + "/decision", Map.of("decision", "accept", "plan", "x")).status());
        assertEquals(0, sql.count("SELECT COUNT(*) FROM audit_event WHERE action = 'VIEW_REGISTRATION' AND subject_id = ?",
                sent.registrationId()), "nothing was shown to another team");

        WebClient admin = officer(null, Role.ADMINISTRATOR);
        assertEquals(404, admin.get(page).status(), "administrators work no cases");
        assertEquals(404, admin.post(page + "/decision", Map.of("decision", "accept", "plan", "Stage One")).status());
        WebClient worker = officer("se-recruitment", Role.SUPPORT_WORKER);
        worker.get(page);
        var refused = worker.post(page + "/decision", Map.of("decision", "accept", "plan", "Stage One"));
        assertEquals(422, refused.status());
        assertEquals(List.of("Only a recruitment officer or a team manager can decide a registration of interest"),
                refused.errorSummary());
        assertEquals(JourneyState.REGISTRATION_SUBMITTED,
                journeys.find(sent.person().journey().id()).orElseThrow().state());
        assertEquals("NEW 1", itemStatus(sent.registrationId()));
        assertEquals(0, sql.count("SELECT COUNT(*) FROM registration_of_interest WHERE id = ? AND status <> 'SUBMITTED'",
                sent.registrationId()));
    }

    @Test
    void a_registration_still_being_filled_in_is_not_shown_to_staff() {
        var person = invited.invite(uniqueEmail("draft"));
        long draft = sql.insert("""
                INSERT INTO registration_of_interest (journey_id, applicant_id, answers, status, started_at, updated_at)
                VALUES (?, ?, '', 'DRAFT', NOW(), NOW())""", person.journey().id(), person.applicant().id());
        WebClient office = officer("se-recruitment", Role.TEAM_MANAGER);
        assertEquals(404, office.get("/staff/registrations/" + draft).status());
        assertEquals(404, office.get("/staff/registrations/999999999").status());
    }
}
