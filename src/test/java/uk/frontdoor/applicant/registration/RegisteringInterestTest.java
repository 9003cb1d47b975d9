package uk.frontdoor.applicant.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.journey.JourneyState;
import uk.frontdoor.core.journey.Journeys;
import uk.frontdoor.core.registration.RegistrationSection;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.WebClient;

/** An invited person fills in their Registration of Interest online, section by section, and sends it. */
@MicronautTest(transactional = false)
class RegisteringInterestTest extends AppTest {
    @Inject
    InvitedApplicants invited;
    @Inject
    Journeys journeys;
    @Inject
    Sql sql;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static String path(RegistrationSection s) {
        return "/account/registration/" + s.slug();
    }

    private WebClient signedIn(InvitedApplicants.Invited person) {
        return invited.signIn(client(), person.email());
    }

    @Test
    void an_invited_person_sees_every_section_not_yet_started() {
        var person = invited.invite(uniqueEmail("tasks"));
        var page = signedIn(person).get("/account/registration");
        assertEquals(200, page.status());
        assertEquals(8, page.html().select(".govuk-task-list__item").size());
        assertEquals(List.of("Not yet started"), page.html().select(".govuk-task-list__status").eachText().stream().distinct().toList());
        assertEquals("You have completed 0 of 8 sections.", page.html().getElementById("progress").text());
    }

    @Test
    void a_person_who_names_two_relatives_as_referees_is_told_only_one_can_be_and_nothing_is_saved() {
        var person = invited.invite(uniqueEmail("relatives"));
        var browser = signedIn(person);
        var referees = browser.get(path(RegistrationSection.REFEREES));
        assertFalse(referees.body().contains("Leave this blank if it does not apply"),
                "a page that needs three referees never says one may be left blank");
        assertTrue(browser.get(path(RegistrationSection.HOUSEHOLD)).body().contains("Leave this blank if it does not apply"),
                "the household's other adults and children may be");
        Map<String, String> form = new HashMap<>(InvitedApplicants.filled(RegistrationSection.REFEREES));
        form.put("referee2-relative", "yes");
        var page = browser.post(path(RegistrationSection.REFEREES), form);
        assertEquals(422, page.status());
        assertEquals(List.of("Only one of your referees can be a relative"), page.errorSummary());
        assertEquals("Only one of your referees can be a relative", page.inlineError("referee1-relative"));
        assertEquals("Referee 2", page.html().getElementById("referee2-name").val());
        assertTrue(page.html().title().startsWith("Error:"));
        assertEquals("Not yet started", browser.get("/account/registration").html()
                .select(".govuk-task-list__status").get(5).text());
    }

    @Test
    void a_person_who_gives_two_referees_is_asked_for_three_and_one_without_contact_details_for_them() {
        var person = invited.invite(uniqueEmail("two"));
        var browser = signedIn(person);
        var referees = browser.get(path(RegistrationSection.REFEREES));
        assertFalse(referees.body().contains("Leave this blank if it does not apply"),
                "a page that needs three referees never says one may be left blank");
        assertTrue(browser.get(path(RegistrationSection.HOUSEHOLD)).body().contains("Leave this blank if it does not apply"),
                "the household's other adults and children may be");
        Map<String, String> form = new HashMap<>(InvitedApplicants.filled(RegistrationSection.REFEREES));
        form.keySet().removeIf(k -> k.startsWith("referee3-"));
        form.remove("referee2-email");
        var page = browser.post(path(RegistrationSection.REFEREES), form);
        assertEquals(422, page.status());
        assertEquals(List.of("Enter an email address or a phone number for referee 2", "Give 3 referees"),
                page.errorSummary());
        assertEquals("Give 3 referees", page.inlineError("referee3-name"));
    }

    @Test
    void when_several_referees_answers_are_wrong_each_error_names_the_referee_it_is_about() {
        var person = invited.invite(uniqueEmail("which"));
        var browser = signedIn(person);
        Map<String, String> form = new HashMap<>(InvitedApplicants.filled(RegistrationSection.REFEREES));
        form.put("referee1-name", "");
        form.put("referee3-name", "");
        form.put("referee3-email", "not-an-address");
        var page = browser.post(path(RegistrationSection.REFEREES), form);
        assertEquals(422, page.status());
        assertEquals(List.of("Enter referee 1’s full name", "Enter referee 3’s full name",
                "Enter referee 3’s email address in the correct format, like name@example.com"), page.errorSummary());
        assertEquals("Enter referee 3’s full name", page.inlineError("referee3-name"));
        assertEquals("#referee3-email", page.html().select(".govuk-error-summary__list a").get(2).attr("href"));
    }

    @Test
    void a_person_under_21_is_told_they_must_be_21_and_bad_dates_and_emails_are_explained() {
        clock.set(Instant.parse("2027-03-15T10:00:00Z"));
        var person = invited.invite(uniqueEmail("young"));
        var browser = signedIn(person);
        browser.get(path(RegistrationSection.APPLICANTS));
        Map<String, String> form = new HashMap<>(InvitedApplicants.filled(RegistrationSection.APPLICANTS));
        form.put("applicant1-dateOfBirth", "16 3 2006");
        form.put("applicant2-name", "Pat Partner");
        form.put("applicant2-dateOfBirth-day", "31");
        form.put("applicant2-dateOfBirth-month", "2");
        form.put("applicant2-dateOfBirth-year", "1980");
        form.put("applicant2-email", "pat@");
        form.put("applicant2-phone", "020 7946 0001");
        var page = browser.post(path(RegistrationSection.APPLICANTS), form);
        assertEquals(422, page.status());
        assertEquals(List.of("Applicant 2’s date of birth must be a real date",
                "Enter applicant 2’s email address in the correct format, like name@example.com",
                "Applicant 1 must be 21 or over to adopt"), page.errorSummary());
        assertEquals("#applicant1-dateOfBirth", page.html().select(".govuk-error-summary__list a").get(2).attr("href"));
    }

    @Test
    void a_person_who_leaves_out_the_month_of_a_date_of_birth_is_told_to_include_it_and_keeps_what_they_typed() {
        var person = invited.invite(uniqueEmail("month"));
        var browser = signedIn(person);
        var blank = browser.get(path(RegistrationSection.APPLICANTS));
        assertEquals("bday-month", blank.html().getElementById("applicant1-dateOfBirth-month").attr("autocomplete"));
        Map<String, String> form = new HashMap<>(InvitedApplicants.filled(RegistrationSection.APPLICANTS));
        form.remove("applicant1-dateOfBirth");
        form.putAll(Map.of("applicant1-dateOfBirth-day", "27", "applicant1-dateOfBirth-month", "",
                "applicant1-dateOfBirth-year", "1985"));
        var page = browser.post(path(RegistrationSection.APPLICANTS), form);
        assertEquals(422, page.status());
        assertEquals(List.of("Applicant 1’s date of birth must include a month"), page.errorSummary());
        assertEquals("#applicant1-dateOfBirth-month", page.html().selectFirst(".govuk-error-summary__list a").attr("href"));
        assertEquals("Applicant 1’s date of birth must include a month", page.inlineError("applicant1-dateOfBirth"));
        assertEquals("27", page.html().getElementById("applicant1-dateOfBirth").val());
        assertEquals("1985", page.html().getElementById("applicant1-dateOfBirth-year").val());
    }

    @Test
    void a_person_who_types_a_two_digit_year_is_told_the_year_needs_four_numbers() {
        var person = invited.invite(uniqueEmail("year"));
        var browser = signedIn(person);
        browser.get(path(RegistrationSection.HOUSEHOLD));
        var page = browser.post(path(RegistrationSection.HOUSEHOLD), Map.of("adult1-name", "Gus Gran",
                "adult1-dateOfBirth-day", "1", "adult1-dateOfBirth-month", "1", "adult1-dateOfBirth-year", "50",
                "adult1-relationship", "Father"));
        assertEquals(422, page.status());
        assertEquals(List.of("Other adult 1’s year of birth must include 4 numbers"), page.errorSummary());
        assertEquals("#adult1-dateOfBirth-year", page.html().selectFirst(".govuk-error-summary__list a").attr("href"));
        assertEquals("50", page.html().getElementById("adult1-dateOfBirth-year").val());
        assertEquals("", page.html().getElementById("adult1-dateOfBirth").attr("autocomplete"),
                "another adult's date of birth is not the person's own");
    }

    @Test
    void a_date_typed_in_three_boxes_is_saved_and_shown_again_in_them() {
        var person = invited.invite(uniqueEmail("dates"));
        var browser = signedIn(person);
        browser.get(path(RegistrationSection.HOUSEHOLD));
        var saved = browser.post(path(RegistrationSection.HOUSEHOLD), Map.of("adult1-name", "Gus Gran",
                "adult1-dateOfBirth-day", "01", "adult1-dateOfBirth-month", "1", "adult1-dateOfBirth-year", "1950",
                "adult1-relationship", "Father"));
        assertEquals(303, saved.status(), "saved, back to the task list");
        var again = browser.get(path(RegistrationSection.HOUSEHOLD));
        assertEquals("1", again.html().getElementById("adult1-dateOfBirth").val());
        assertEquals("1", again.html().getElementById("adult1-dateOfBirth-month").val());
        assertEquals("1950", again.html().getElementById("adult1-dateOfBirth-year").val());
    }

    @Test
    void a_person_who_does_not_agree_to_the_checks_is_asked_to() {
        var person = invited.invite(uniqueEmail("consent"));
        var browser = signedIn(person);
        browser.get(path(RegistrationSection.CONSENT));
        var page = browser.post(path(RegistrationSection.CONSENT), Map.of("consent-declaration", "yes"));
        assertEquals(422, page.status());
        assertEquals(List.of("Agree to the checks to register your interest"), page.errorSummary());
        assertTrue(page.html().getElementById("consent-declaration").hasAttr("checked"), "what they ticked stays ticked");
    }

    @Test
    void a_person_completes_every_section_checks_and_sends_it_and_gets_a_reference_and_a_decision_date() {
        clock.set(Instant.parse("2027-01-15T10:00:00Z")); // a Friday
        var person = invited.invite(uniqueEmail("sends"));
        var browser = signedIn(person);
        for (RegistrationSection s : RegistrationSection.values()) {
            browser.get(path(s));
            var saved = browser.post(path(s), InvitedApplicants.filled(s));
            assertEquals(303, saved.status(), s.name());
        }
        var tasks = browser.get("/account/registration");
        assertEquals("You have completed 8 of 8 sections.", tasks.html().getElementById("progress").text());
        var check = browser.get("/account/registration/check");
        assertEquals(200, check.status());
        assertTrue(check.body().contains("Inhaler for asthma"));
        assertTrue(check.body().contains("referee3@example.org"));

        var sent = browser.submit("/account/registration/check", Map.of());
        String reference = sent.html().selectFirst(".app-reference").text();
        assertTrue(reference.startsWith("ROI-"));
        assertEquals("We will decide within 5 working days, by Friday 22 January 2027, whether you can start Stage One. "
                + "We will email you when we have decided.", sent.html().getElementById("decide-by").text());

        long journeyId = person.journey().id();
        assertEquals(1, sql.count("SELECT COUNT(*) FROM registration_of_interest WHERE journey_id = ? AND status = 'SUBMITTED' "
                + "AND reference = ?", journeyId, reference));
        assertEquals(1, sql.count("SELECT COUNT(*) FROM work_item WHERE reference = ? AND kind = 'REGISTRATION_DECISION' "
                + "AND team_id = ? AND due_date = '2027-01-22'", reference, person.journey().teamId()));
        assertEquals(1, sql.count("SELECT COUNT(*) FROM journey_event WHERE journey_id = ? AND event = 'SUBMIT_REGISTRATION'",
                journeyId));
        assertEquals(JourneyState.REGISTRATION_SUBMITTED, journeys.find(journeyId).orElseThrow().state());

        var again = browser.post("/account/registration/check", Map.of());
        assertEquals(303, again.status());
        assertEquals(1, sql.count("SELECT COUNT(*) FROM work_item WHERE reference = ?", reference), "sending twice sends once");
        var afterwards = browser.get("/account/registration");
        assertEquals(403, afterwards.status());
        assertTrue(afterwards.html().getElementById("why").text().contains("We already have your registration"));
    }

    @Test
    void a_person_cannot_check_and_send_before_every_section_is_completed() {
        var person = invited.invite(uniqueEmail("early"));
        var browser = signedIn(person);
        assertEquals(303, browser.get("/account/registration/check").status());
        browser.get("/account/registration");
        var sent = browser.post("/account/registration/check", Map.of());
        assertEquals(303, sent.status());
        assertEquals("/account/registration/your-details", sent.location());
        assertEquals(0, sql.count("SELECT COUNT(*) FROM registration_of_interest WHERE journey_id = ? AND status <> 'DRAFT'",
                person.journey().id()));
    }

    @Test
    void someone_who_has_not_been_invited_is_told_why_they_cannot_register_yet() {
        String email = uniqueEmail("notinvited");
        invited.enquirer(email);
        var browser = invited.signIn(client(), email);
        var page = browser.get("/account/registration");
        assertEquals(403, page.status());
        assertEquals("You cannot register your interest yet", page.html().selectFirst("h1").text());
        browser.get("/account");
        assertEquals(403, browser.post(path(RegistrationSection.EMPLOYER), Map.of("employer-name", "Acme")).status());
        assertEquals(403, browser.get(path(RegistrationSection.EMPLOYER)).status());
        assertEquals(404, invited.signIn(client(), invited.invite(uniqueEmail("slug")).email())
                .get("/account/registration/no-such-section").status());
    }

    @Test
    void applicant_b_can_neither_see_nor_change_nor_send_applicant_a_s_registration() {
        var a = invited.invite(uniqueEmail("alice"));
        var aBrowser = signedIn(a);
        for (RegistrationSection s : RegistrationSection.values()) {
            aBrowser.get(path(s));
            aBrowser.post(path(s), InvitedApplicants.filled(s));
        }
        long aRegistration = sql.one("SELECT id FROM registration_of_interest WHERE journey_id = ?", rs -> rs.getLong(1),
                a.journey().id()).orElseThrow();
        String aAnswers = sql.one("SELECT answers FROM registration_of_interest WHERE id = ?", rs -> rs.getString(1),
                aRegistration).orElseThrow();

        var b = invited.invite(uniqueEmail("bob"));
        var bBrowser = signedIn(b);
        var bReferees = bBrowser.get(path(RegistrationSection.REFEREES));
        assertEquals("", bReferees.html().getElementById("referee1-name").val(), "B sees their own empty form");
        assertFalse(bBrowser.get("/account/registration/check").body().contains("Inhaler for asthma"));
        bBrowser.get("/account/registration");
        bBrowser.post(path(RegistrationSection.EMPLOYER), Map.of("employer-name", "B's employer",
                "registrationId", String.valueOf(aRegistration), "journeyId", String.valueOf(a.journey().id())));
        var bSend = bBrowser.post("/account/registration/check", Map.of("registrationId", String.valueOf(aRegistration)));
        assertEquals("/account/registration/your-details", bSend.location(), "B is sent to their own first section");

        assertEquals(aAnswers, sql.one("SELECT answers FROM registration_of_interest WHERE id = ?", rs -> rs.getString(1),
                aRegistration).orElseThrow(), "A's answers are untouched");
        assertEquals(JourneyState.INVITED_TO_REGISTER, journeys.find(a.journey().id()).orElseThrow().state());
        assertEquals(0, sql.count("SELECT COUNT(*) FROM work_item WHERE subject_type = 'REGISTRATION' AND subject_id = ?",
                aRegistration));
        assertTrue(sql.one("SELECT answers FROM registration_of_interest WHERE journey_id = ?", rs -> rs.getString(1),
                b.journey().id()).orElseThrow().contains("employer"), "B's own draft has B's answer");
    }
}
