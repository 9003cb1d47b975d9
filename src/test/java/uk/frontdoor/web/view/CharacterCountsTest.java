package uk.frontdoor.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.frontdoor.applicant.registration.InvitedApplicants;
import uk.frontdoor.core.journey.PauseAndWithdraw;
import uk.frontdoor.core.registration.Field;
import uk.frontdoor.core.registration.Registrations;
import uk.frontdoor.core.work.NewContact;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.work.TriageChoice;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.WebClient;

/**
 * The GOV.UK character count on a text area says the limit the answer is checked against: one character more is
 * refused with the text area's own "too long" message. Checked on an account page, a registration page and a staff
 * page (the public forms' counts are checked with their questions).
 */
@MicronautTest(transactional = false)
class CharacterCountsTest extends AppTest {
    @Inject
    InvitedApplicants invited;
    @Inject
    StaffFixture staff;
    @Inject
    Registrations registrations;

    private static int countOn(WebClient.Page page, String field) {
        return Integer.parseInt(page.html().getElementById(field).parent().attr("data-maxlength"));
    }

    @Test
    void an_account_and_a_registration_page_count_to_the_limit_they_check() {
        var person = invited.invite(uniqueEmail("counts"));
        WebClient browser = invited.signIn(client(), person.email());
        var addresses = browser.get("/account/registration/addresses");
        assertEquals(2000, countOn(addresses, "address1-address"));
        assertEquals(Field.of("address", Field.Kind.LONG_TEXT).maxLength(), countOn(addresses, "address1-address"));

        var sent = invited.sent(uniqueEmail("counts-pause"));
        assertTrue(registrations.decide(invited.officer("se-recruitment"), sent.registrationId(),
                Registrations.Decision.ACCEPT, "Checks", "").isDone());
        WebClient applicant = invited.signIn(client(), sent.person().email());
        var pause = applicant.get("/account/pause");
        assertEquals(PauseAndWithdraw.REASON_LIMIT, countOn(pause, "reason"));
        var refused = applicant.post("/account/pause", Map.of("reason", "x".repeat(PauseAndWithdraw.REASON_LIMIT + 1)));
        assertEquals(List.of("The reason must be 500 characters or fewer"), refused.errorSummary());
    }

    @Test
    void a_staff_work_item_counts_its_contact_log_and_reason_to_the_limits_core_checks() {
        var team = staff.team("se-recruitment");
        var item = staff.enquiry(team, "southwark");
        WebClient officer = staff.signIn(client(), staff.person("Cora Count", Role.RECRUITMENT_OFFICER, team));
        var page = officer.get("/staff/items/" + item.id());
        assertEquals(NewContact.MAX_SUMMARY, countOn(page, "summary"));
        assertEquals(TriageChoice.MAX_REASON, countOn(page, "reason"));
    }
}
