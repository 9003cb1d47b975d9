package uk.frontdoor.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.frontdoor.applicant.registration.InvitedApplicants;
import uk.frontdoor.core.registration.Registrations;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.staff.SpecialCategory;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.WebClient;

/**
 * Special category and criminal offence data are shown only to the roles whose work needs them (docs/need-to-know.md),
 * and each view's audit row says when they were on the page.
 */
@MicronautTest(transactional = false)
class SpecialCategoryDataTest extends AppTest {
    @Inject
    InvitedApplicants invited;
    @Inject
    Registrations registrations;
    @Inject
    StaffFixture staff;
    @Inject
    Sql sql;

    @Test
    void the_roles_table() {
        assertEquals(List.of(), List.copyOf(SpecialCategory.EQUALITY.readers()), "equality answers: counted, never read");
        assertEquals(java.util.Set.of(Role.SOCIAL_WORKER, Role.TEAM_MANAGER), SpecialCategory.HEALTH.readers());
        assertEquals(java.util.Set.of(Role.RECRUITMENT_OFFICER, Role.SOCIAL_WORKER, Role.TEAM_MANAGER),
                SpecialCategory.CRIMINAL_RECORD.readers());
    }

    @Test
    void health_declarations_are_shown_to_social_workers_and_not_to_the_recruitment_officer_deciding() {
        var sent = invited.sent(uniqueEmail("health"));
        String page = "/staff/registrations/" + sent.registrationId();

        var officer = staff.person("Olu Officer", Role.RECRUITMENT_OFFICER, staff.team("se-recruitment"));
        var asOfficer = staff.signIn(client(), officer).get(page);
        assertEquals(200, asOfficer.status());
        assertFalse(asOfficer.body().contains("Inhaler for asthma"));
        assertTrue(asOfficer.html().selectFirst(".app-withheld").text().contains("only to social workers and team managers"));
        assertEquals(Optional.empty(), viewDetail(officer.id(), "VIEW_REGISTRATION", sent.registrationId()));
        var refused = staff.signIn(client(), officer).post(page + "/decision", java.util.Map.of("decision", ""));
        assertEquals(422, refused.status());
        assertFalse(refused.body().contains("Inhaler for asthma"), "nor when the page is shown again with errors");
        assertEquals(2, sql.count("SELECT COUNT(*) FROM audit_event WHERE actor_id = ? AND action = 'VIEW_REGISTRATION'"
                + " AND subject_id = ?", officer.id(), sent.registrationId()), "the page shown again is a view too");

        var social = staff.person("Sam Social", Role.SOCIAL_WORKER, staff.team("se-recruitment"));
        var asSocial = staff.signIn(client(), social).get(page);
        assertTrue(asSocial.body().contains("Inhaler for asthma"));
        assertTrue(asSocial.html().select(".app-withheld").isEmpty());
        assertEquals(Optional.of("shown: HEALTH"), viewDetail(social.id(), "VIEW_REGISTRATION", sent.registrationId()));
    }

    @Test
    void dbs_checks_are_shown_to_those_who_record_checks_and_withheld_from_a_support_worker_in_the_team() {
        var sent = invited.sent(uniqueEmail("dbs"));
        assertTrue(registrations.decide(invited.officer("se-recruitment"), sent.registrationId(),
                Registrations.Decision.ACCEPT, "Checks and the March course", "").isDone());
        long journey = sent.person().journey().id();
        String page = "/staff/journeys/" + journey;

        var officer = staff.person("Olu Officer", Role.RECRUITMENT_OFFICER, staff.team("se-recruitment"));
        WebClient asOfficer = staff.signIn(client(), officer);
        List<String> checks = asOfficer.get(page).html().select("#checks tbody th, #checks tbody td:first-child").eachText();
        assertTrue(checks.stream().anyMatch(c -> c.startsWith("DBS check")), checks.toString());
        assertEquals(Optional.of("shown: CRIMINAL_RECORD"), viewDetail(officer.id(), "VIEW_JOURNEY", journey));

        var worker = staff.person("Sue Support", Role.SUPPORT_WORKER, staff.team("se-recruitment"));
        var asWorker = staff.signIn(client(), worker).get(page);
        assertEquals(200, asWorker.status());
        assertFalse(asWorker.body().contains("DBS check:"));
        assertTrue(asWorker.body().contains("GP health report"), "the other checks are there");
        assertTrue(asWorker.html().selectFirst(".app-withheld").text().contains("DBS checks are shown only to"));
        assertEquals(Optional.empty(), viewDetail(worker.id(), "VIEW_JOURNEY", journey));
    }

    /** The detail of the member's one view row of this record: which special category data the page showed. */
    private Optional<String> viewDetail(long staffId, String action, long subjectId) {
        assertEquals(1, sql.count("SELECT COUNT(*) FROM audit_event WHERE actor_id = ? AND action = ? AND subject_id = ?",
                staffId, action, subjectId), "one view row");
        return sql.one("SELECT detail FROM audit_event WHERE actor_id = ? AND action = ? AND subject_id = ?",
                rs -> Optional.ofNullable(rs.getString(1)), staffId, action, subjectId).orElseThrow();
    }
}
