package uk.frontdoor.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.applicant.ApplicantAccounts;
import uk.frontdoor.core.identity.EmailAddress;
import uk.frontdoor.core.journey.JourneyActorIdentity;
import uk.frontdoor.core.journey.JourneyEvent;
import uk.frontdoor.core.journey.JourneyState;
import uk.frontdoor.core.journey.Journeys;
import uk.frontdoor.core.journey.RefusedTransition;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.work.WorkQueue;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Enquiries;
import uk.frontdoor.testing.Mailbox;
import uk.frontdoor.testing.WebClient;

/** Triage "invite to register interest" starts the person's own journey, which they can then follow online. */
@MicronautTest(transactional = false)
class AnEnquirerIsInvitedToRegisterTest extends AppTest {
    private static final Pattern LINK = Pattern.compile("(/sign-in/link\\?token=[A-Za-z0-9_-]+)");
    @Inject
    Sql sql;
    @Inject
    WorkQueue queue;
    @Inject
    RegionDirectory region;
    @Inject
    StaffFixture staff;
    @Inject
    Journeys journeys;
    @Inject
    ApplicantAccounts accounts;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void the_officers_invitation_starts_the_journey_emails_the_person_and_shows_on_their_account() throws Exception {
        String email = uniqueEmail("invited");
        var enquiry = Enquiries.make(sql, queue, region, email, "Ivy Invited", "lambeth");
        var officer = staff.person("Olu Officer", Role.RECRUITMENT_OFFICER, staff.team("se-recruitment"));
        WebClient office = staff.signIn(client(), officer);
        office.get("/staff/items/" + enquiry.workItemId());
        var recorded = office.post("/staff/items/" + enquiry.workItemId() + "/outcome",
                Map.of("outcome", "INVITE_TO_REGISTER", "version", "0"));
        assertEquals(303, recorded.status());

        assertEquals("INVITED_TO_REGISTER", sql.one("SELECT state FROM adopter_journey WHERE enquiry_id = ?",
                rs -> rs.getString(1), enquiry.enquiryId()).orElseThrow());
        var invitation = Mailbox.await(email, 1, Duration.ofSeconds(15)).get(0);
        String body = Mailbox.body(invitation);
        assertEquals("You are invited to register your interest in adopting", invitation.getSubject());
        assertTrue(body.contains("/sign-in"));
        assertFalse(body.contains("Ivy") || body.contains("Lambeth"), "no personal details in the email");

        WebClient person = signIn(email);
        var account = person.get("/account");
        assertEquals("Invited to register your interest", account.html().selectFirst(".app-journey .govuk-tag").text());
        assertEquals("/account/registration", account.html().selectFirst(".app-journey a.govuk-button").attr("href"));
    }

    @Test
    void a_support_worker_in_the_team_cannot_invite_and_is_told_why_and_an_administrator_sees_no_case() {
        var enquiry = Enquiries.make(sql, queue, region, uniqueEmail("notyet"), "Nat Notyet", "lambeth");
        WebClient admin = staff.signIn(client(), staff.person("Ada Admin", Role.ADMINISTRATOR));
        assertEquals(404, admin.get("/staff/items/" + enquiry.workItemId()).status(), "administrators work no cases");
        var worker = staff.person("Sue Support", Role.SUPPORT_WORKER, staff.team("se-recruitment"));
        WebClient office = staff.signIn(client(), worker);
        office.get("/staff/items/" + enquiry.workItemId());
        var refused = office.post("/staff/items/" + enquiry.workItemId() + "/outcome",
                Map.of("outcome", "INVITE_TO_REGISTER", "version", "0"));
        assertEquals(422, refused.status());
        assertTrue(refused.errorSummary().contains(
                "Only a recruitment officer or a team manager can invite someone to register their interest"));
        assertEquals(0, sql.count("SELECT COUNT(*) FROM adopter_journey WHERE enquiry_id = ?", enquiry.enquiryId()));
    }

    @Test
    void the_account_shows_the_stage_one_clock_in_plain_words_and_each_move_is_kept_and_emailed() {
        String email = uniqueEmail("stageone");
        var enquiry = Enquiries.make(sql, queue, region, email, "Sam Stage", "merton");
        var officer = staff.person("Rae Recruiter", Role.RECRUITMENT_OFFICER, staff.team("sw-recruitment"));
        var manager = staff.person("Tess Manager", Role.TEAM_MANAGER, staff.team("sw-recruitment"));
        long teamId = staff.team("sw-recruitment").id();
        var actor = JourneyActorIdentity.staff(new uk.frontdoor.core.staff.StaffMember(officer.id(), officer.email(),
                officer.name(), java.util.Set.of(Role.RECRUITMENT_OFFICER), java.util.Set.of(teamId)));
        var journey = journeys.inviteToRegister(enquiry.enquiryId(), teamId, actor);
        var applicant = JourneyActorIdentity.applicant(accounts.forKnownEmail(EmailAddress.canonical(email).orElseThrow()).orElseThrow());

        assertThrows(RefusedTransition.class, () -> journeys.fire(journey.id(), JourneyEvent.ACCEPT_REGISTRATION, actor, null),
                "a registration cannot be accepted before it is sent");
        journeys.fire(journey.id(), JourneyEvent.SUBMIT_REGISTRATION, applicant, null);
        assertThrows(RefusedTransition.class, () -> journeys.fire(journey.id(), JourneyEvent.ACCEPT_REGISTRATION, applicant, null),
                "the applicant cannot accept their own registration");

        clock.set(Instant.parse("2027-01-15T10:00:00Z")); // a Friday
        var accepted = journeys.fire(journey.id(), JourneyEvent.ACCEPT_REGISTRATION, JourneyActorIdentity.staff(
                new uk.frontdoor.core.staff.StaffMember(manager.id(), manager.email(), manager.name(),
                        java.util.Set.of(Role.TEAM_MANAGER), java.util.Set.of(teamId))), "Stage One plan agreed");
        assertEquals(JourneyState.STAGE_ONE, accepted.state());
        assertEquals(3, journeys.history(journey.id()).size(), "invited, sent, accepted");
        assertEquals(3, Mailbox.await(email, 3, Duration.ofSeconds(15)).size(), "an email for each change");

        clock.set(Instant.parse("2027-02-15T10:00:00Z")); // a month later
        WebClient person = signIn(email);
        var account = person.get("/account");
        assertEquals("Stage One", account.html().selectFirst(".app-journey .govuk-tag").text());
        // decision due 15 March 2027; from Mon 15 Feb: 20 working days
        assertEquals("We aim to decide by 15 March 2027: 20 working days from today.",
                account.html().getElementById("journey-clock").text());
        assertTrue(sql.count("SELECT COUNT(*) FROM audit_event WHERE subject_type = 'JOURNEY' AND subject_id = ?",
                journey.id()) >= 3);
        assertEquals(LocalDateTime.class, journeys.find(journey.id()).orElseThrow().stateSince().getClass());
    }

    private WebClient signIn(String email) {
        WebClient browser = client();
        int before = Mailbox.to(email).size();
        browser.get("/sign-in");
        browser.submit("/sign-in", Map.of("email", email));
        var mails = Mailbox.await(email, before + 1, Duration.ofSeconds(15));
        Matcher m = LINK.matcher(Mailbox.body(mails.get(mails.size() - 1)));
        assertTrue(m.find());
        String link = m.group(1);
        browser.get(link);
        assertEquals(200, browser.open(browser.post("/sign-in/link", Map.of("token", link.substring(link.indexOf("token=") + 6))).location()).status(),
                "signed in, and on the page the link leads to");
        return browser;
    }
}
