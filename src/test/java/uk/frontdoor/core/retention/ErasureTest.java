package uk.frontdoor.core.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.identity.EmailAddress;
import uk.frontdoor.core.journey.JourneyActorIdentity;
import uk.frontdoor.core.journey.Journeys;
import uk.frontdoor.core.notify.EmailTemplate;
import uk.frontdoor.core.notify.Outbox;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.core.work.WorkQueue;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Enquiries;

/** A data protection officer erases or corrects what is held about a person, on their request. */
@MicronautTest(transactional = false)
class ErasureTest extends AppTest {
    @Inject
    Sql sql;
    @Inject
    Erasure erasure;
    @Inject
    WorkQueue queue;
    @Inject
    RegionDirectory region;
    @Inject
    Journeys journeys;
    @Inject
    StaffFixture staff;
    @Inject
    Outbox outbox;

    private StaffMember dpo() {
        var p = staff.person("Dee Protection", Role.DATA_PROTECTION_OFFICER);
        return new StaffMember(p.id(), p.email(), p.name(), Set.of(Role.DATA_PROTECTION_OFFICER), Set.of());
    }

    private static EmailAddress address(String email) {
        return EmailAddress.canonical(email).orElseThrow();
    }

    @Test
    void erasing_a_person_anonymises_every_record_with_their_address_and_no_one_elses() {
        StaffMember dpo = dpo();
        String email = uniqueEmail("erase");
        String lookAlike = email.substring(0, 1).toUpperCase() + email.substring(1);
        long enquiry = Enquiries.make(sql, queue, region, email, "Eve Erased", "lambeth").enquiryId();
        long other = Enquiries.make(sql, queue, region, lookAlike, "Eve Erased", "lambeth").enquiryId();
        long sent = outbox.enqueue(email, EmailTemplate.ENQUIRY_RECEIVED, Map.of("reference", "ENQ-X"));

        var erased = erasure.erase(dpo, address(email), "Asked by email on 2 December");

        assertInstanceOf(Result.Done.class, erased);
        assertEquals(List.of("", ""), sql.one("SELECT full_name, email FROM enquiry WHERE id = ?",
                rs -> List.of(rs.getString(1), rs.getString(2)), enquiry).orElseThrow());
        assertEquals(List.of("Eve Erased", lookAlike), sql.one("SELECT full_name, email FROM enquiry WHERE id = ?",
                rs -> List.of(rs.getString(1), rs.getString(2)), other).orElseThrow(), "another person's address");
        assertEquals(0, sql.count("SELECT COUNT(*) FROM outbox_email WHERE id = ?", sent));
        assertEquals(1, sql.count("""
                SELECT COUNT(*) FROM audit_event WHERE actor_id = ? AND action = 'ERASE_PERSON' AND subject_type = 'PERSON'
                AND detail LIKE '%reason: Asked by email on 2 December'""", dpo.id()));
        assertEquals(new Result.Refused<>(List.of(new Problem("person", "staff.erasure.nothingHeld"))),
                erasure.erase(dpo, address(email), "Asked again"), "nothing is left to erase");
    }

    @Test
    void erasure_is_refused_with_the_reason_while_an_assessment_is_in_progress_and_nothing_changes() {
        StaffMember dpo = dpo();
        String email = uniqueEmail("assessed");
        var made = Enquiries.make(sql, queue, region, email, "Ana Assessed", "lambeth");
        var officer = staff.person("Olu Officer", Role.RECRUITMENT_OFFICER, staff.team("se-recruitment"));
        journeys.inviteToRegister(made.enquiryId(), made.teamId(), JourneyActorIdentity.staff(new StaffMember(
                officer.id(), officer.email(), officer.name(), Set.of(Role.RECRUITMENT_OFFICER),
                Set.of(made.teamId()))));

        var refused = erasure.erase(dpo, address(email), "Asked by phone");

        assertEquals(new Result.Refused<>(List.of(new Problem("person", "staff.erasure.held.OPEN_ASSESSMENT"))), refused);
        assertEquals("Ana Assessed", sql.one("SELECT full_name FROM enquiry WHERE id = ?", rs -> rs.getString(1),
                made.enquiryId()).orElseThrow());
        assertEquals(1, sql.count("SELECT COUNT(*) FROM applicant_account WHERE email = ?", email));
        assertEquals(1, sql.count("""
                SELECT COUNT(*) FROM audit_event WHERE actor_id = ? AND action = 'ERASURE_REFUSED'
                AND detail LIKE 'held: [OPEN_ASSESSMENT]%'""", dpo.id()), "the request is on record");
    }

    @Test
    void only_a_data_protection_officer_erases_or_corrects_and_a_reason_is_always_needed() {
        String email = uniqueEmail("rights");
        Enquiries.make(sql, queue, region, email, "Ria Rights", "lambeth");
        var admin = staff.person("Ada Admin", Role.ADMINISTRATOR);
        StaffMember administrator = new StaffMember(admin.id(), admin.email(), admin.name(), Set.of(Role.ADMINISTRATOR),
                Set.of());
        assertInstanceOf(Result.NotFound.class, erasure.erase(administrator, address(email), "Asked"));
        assertInstanceOf(Result.NotFound.class, erasure.correct(administrator, address(email), "Ria R", "", "Asked"));
        StaffMember dpo = dpo();
        assertEquals(new Result.Refused<>(List.of(new Problem("reason", "staff.erasure.reason.missing"))),
                erasure.erase(dpo, address(email), "  "));
        assertEquals(List.of("staff.correction.nothing", "staff.erasure.reason.missing"),
                ((Result.Refused<Erasure.Changed>) erasure.correct(dpo, address(email), "", "", ""))
                        .problems().stream().map(Problem::messageKey).toList());
        assertEquals("Ria Rights", sql.one("SELECT full_name FROM enquiry WHERE email = ?", rs -> rs.getString(1), email)
                .orElseThrow());
    }

    @Test
    void a_correction_changes_the_name_and_number_on_every_record_of_theirs_and_audits_which_fields() {
        StaffMember dpo = dpo();
        String email = uniqueEmail("correct");
        long first = Enquiries.make(sql, queue, region, email, "Jon Smyth", "lambeth").enquiryId();
        long second = Enquiries.make(sql, queue, region, email, "Jon Smyth", "croydon").enquiryId();

        var corrected = erasure.correct(dpo, address(email), "Jon Smith", "020 7946 0123", "Spelling, asked on the phone");

        assertEquals(new Result.Done<>(new Erasure.Changed(4)), corrected, "name and number on two enquiries");
        for (long id : List.of(first, second)) {
            assertEquals(List.of("Jon Smith", "020 7946 0123"), sql.one("SELECT full_name, phone FROM enquiry WHERE id = ?",
                    rs -> List.of(rs.getString(1), rs.getString(2)), id).orElseThrow());
        }
        assertEquals(1, sql.count("""
                SELECT COUNT(*) FROM audit_event WHERE actor_id = ? AND action = 'CORRECT_PERSON'
                AND detail = 'name and phone corrected on 4 record(s); reason: Spelling, asked on the phone'""", dpo.id()));
    }
}
