package uk.frontdoor.applicant.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.journey.JourneyState;
import uk.frontdoor.core.journey.Journeys;
import uk.frontdoor.core.registration.Registration;
import uk.frontdoor.core.registration.RegistrationAnswers;
import uk.frontdoor.core.registration.RegistrationSection;
import uk.frontdoor.core.registration.Registrations.Sending;
import uk.frontdoor.core.registration.Registrations;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.testing.AppTest;

/** Storage: one draft per journey, kept as the person goes, and sending it is all or nothing. */
@MicronautTest(transactional = false)
class KeepingARegistrationTest extends AppTest {
    @Inject
    Registrations registrations;
    @Inject
    InvitedApplicants invited;
    @Inject
    Journeys journeys;
    @Inject
    Sql sql;

    @Test
    void a_journey_has_one_draft_which_keeps_what_was_saved() {
        var person = invited.invite(uniqueEmail("draft"));
        var first = registrations.start(person.journey());
        var again = registrations.start(person.journey());
        assertEquals(first.id(), again.id());
        assertEquals(Registration.Status.DRAFT, first.status());

        var answers = RegistrationAnswers.empty().with(RegistrationSection.REFEREES,
                InvitedApplicants.filled(RegistrationSection.REFEREES));
        assertEquals(true, registrations.save(first.id(), answers));
        assertEquals(answers, registrations.find(first.id()).orElseThrow().answers());
        assertEquals(1, sql.count("SELECT COUNT(*) FROM registration_of_interest WHERE journey_id = ?",
                person.journey().id()));
    }

    @Test
    void sending_stores_it_moves_the_journey_and_puts_one_decision_in_the_team_queue() {
        var person = invited.invite(uniqueEmail("sending"));
        var draft = registrations.start(person.journey());
        RegistrationAnswers answers = RegistrationAnswers.empty();
        for (RegistrationSection s : RegistrationSection.values()) {
            if (s != RegistrationSection.CONSENT) {
                answers = answers.with(s, InvitedApplicants.filled(s));
            }
        }
        registrations.save(draft.id(), answers);
        assertEquals(new Sending.NotReady(RegistrationSection.CONSENT), registrations.submit(person.applicant()));
        assertEquals(0, sql.count("SELECT COUNT(*) FROM work_item WHERE subject_type = 'REGISTRATION' AND subject_id = ?",
                draft.id()));

        registrations.save(draft.id(), answers.with(RegistrationSection.CONSENT,
                InvitedApplicants.filled(RegistrationSection.CONSENT)));
        var sent = assertInstanceOf(Sending.Sent.class, registrations.submit(person.applicant()));
        assertEquals(draft.id(), sent.registrationId());
        assertEquals(true, sent.reference().startsWith("ROI-"));

        var stored = registrations.find(draft.id()).orElseThrow();
        assertEquals(Registration.Status.SUBMITTED, stored.status());
        assertEquals(JourneyState.REGISTRATION_SUBMITTED, journeys.find(person.journey().id()).orElseThrow().state());
        assertEquals(1, sql.count("""
                SELECT COUNT(*) FROM work_item WHERE subject_type = 'REGISTRATION' AND subject_id = ?
                AND kind = 'REGISTRATION_DECISION' AND team_id = ? AND reference = ?""",
                draft.id(), person.journey().teamId(), sent.reference()));
        assertEquals(1, sql.count("SELECT COUNT(*) FROM journey_event WHERE journey_id = ? AND event = 'SUBMIT_REGISTRATION'",
                person.journey().id()));

        assertEquals(new Sending.NotInvited(), registrations.submit(person.applicant()), "sending twice does nothing");
        assertEquals(false, registrations.save(draft.id(), RegistrationAnswers.empty()), "a sent registration is not a draft");
        assertEquals(1, sql.count("SELECT COUNT(*) FROM work_item WHERE subject_type = 'REGISTRATION' AND subject_id = ?",
                draft.id()));
    }
}
