package uk.frontdoor.staff.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.frontdoor.applicant.registration.InvitedApplicants;
import uk.frontdoor.core.action.Wording;
import uk.frontdoor.core.journey.JourneyState;
import uk.frontdoor.core.journey.Journeys;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.WebClient;

/** A recruitment officer fast tracks a previous adopter or an approved foster carer straight to Stage Two. */
@MicronautTest(transactional = false)
class FastTrackingARegistrationTest extends AppTest {
    @Inject
    InvitedApplicants invited;
    @Inject
    StaffFixture staff;
    @Inject
    Journeys journeys;
    @Inject
    Sql sql;

    WebClient officer() {
        return staff.signIn(client(), staff.person("Olu Officer", Role.RECRUITMENT_OFFICER, staff.team("se-recruitment")));
    }

    @Test
    void a_previous_adopter_needs_a_real_approval_date_on_or_after_30_december_2005() {
        var sent = invited.sent(uniqueEmail("fast-adopter"));
        String page = "/staff/registrations/" + sent.registrationId();
        WebClient office = officer();
        assertEquals(1, office.get(page).html().select("form#fast-track").size());
        String url = page + "/fast-track";

        assertEquals(List.of("Select why the applicants can be fast tracked"), office.post(url, Map.of()).errorSummary());
        var noDate = office.post(url, Map.of("basis", "PREVIOUS_ADOPTER"));
        assertEquals(422, noDate.status());
        assertEquals(List.of("Enter the date the applicants were approved as adopters"), noDate.errorSummary());
        assertEquals("Enter the date the applicants were approved as adopters", noDate.inlineError("approvedOn"));
        assertEquals(List.of("The approval date must be a real date, for example 14 6 2012"), office.post(url, Map.of(
                "basis", "PREVIOUS_ADOPTER", "approvedOn-day", "30", "approvedOn-month", "2", "approvedOn-year", "2010"))
                .errorSummary());
        var tooEarly = office.post(url, Map.of("basis", "PREVIOUS_ADOPTER", "approvedOn-day", "29",
                "approvedOn-month", "12", "approvedOn-year", "2005"));
        assertEquals(List.of("Previous adopters can be fast tracked only if approved on or after 30 December 2005"),
                tooEarly.errorSummary());
        assertEquals(List.of("The approval date must be today or in the past"), office.post(url, Map.of(
                "basis", "PREVIOUS_ADOPTER", "approvedOn-day", "1", "approvedOn-month", "1", "approvedOn-year", "2099"))
                .errorSummary());
        assertEquals(JourneyState.REGISTRATION_SUBMITTED, journeys.find(sent.person().journey().id()).orElseThrow().state());

        assertEquals(303, office.post(url, Map.of("basis", "PREVIOUS_ADOPTER", "approvedOn-day", "30",
                "approvedOn-month", "12", "approvedOn-year", "2005")).status());
        var journey = journeys.find(sent.person().journey().id()).orElseThrow();
        assertEquals(JourneyState.STAGE_TWO, journey.state());
        assertEquals("Fast track: previous adopter approved in England or Wales on 2005-12-30",
                office.get("/staff/journeys/" + journey.id()).html()
                        .selectFirst("#history tbody td:nth-child(3)").text(), "the history says the basis");
        assertEquals("REGISTRATION_ACCEPTED 0", sql.one("""
                SELECT CONCAT(status, ' ', is_open) FROM work_item WHERE subject_type = 'REGISTRATION' AND subject_id = ?""",
                rs -> rs.getString(1), sent.registrationId()).orElseThrow());
        assertEquals(0, sql.count("SELECT COUNT(*) FROM stage_one_check WHERE journey_id = ?", journey.id()),
                "no Stage One checks for a fast-tracked person");
        var decided = office.get(page);
        assertTrue(decided.html().select("form#fast-track").isEmpty());
        assertEquals("Fast track: previous adopter approved in England or Wales on 2005-12-30",
                decided.html().selectFirst("#decision-note").text());
        assertEquals("Fast tracked: the applicants are in Stage Two.", decided.html().selectFirst("#registration-status").text());
        assertEquals(422, office.post(url, Map.of("basis", "FOSTER_CARER")).status());
    }

    @Test
    void an_approved_foster_carer_is_fast_tracked_without_a_date() {
        var sent = invited.sent(uniqueEmail("fast-carer"));
        String page = "/staff/registrations/" + sent.registrationId();
        WebClient office = officer();
        office.get(page);
        assertEquals(303, office.post(page + "/fast-track", Map.of("basis", "FOSTER_CARER")).status());
        var journey = journeys.find(sent.person().journey().id()).orElseThrow();
        assertEquals(JourneyState.STAGE_TWO, journey.state());
        assertEquals("Fast track: approved foster carer", office.get("/staff/journeys/" + journey.id()).html()
                .selectFirst("#history tbody td:nth-child(3)").text());
        assertEquals(new Wording("staff.journey.detail.fastTrack.FOSTER_CARER", List.of()),
                journeys.history(journey.id()).get(0).wording(), "kept as a message code, not as words");
        assertEquals(1, sql.count("""
                SELECT COUNT(*) FROM audit_event WHERE action = 'FAST_TRACK_REGISTRATION' AND subject_id = ?""",
                sent.registrationId()));
    }
}
