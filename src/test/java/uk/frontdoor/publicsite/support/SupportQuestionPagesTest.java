package uk.frontdoor.publicsite.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.support.SupportStep;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.WebClient;

/** Each support question page: what it refuses, how it says so, and where a good answer leads. */
@MicronautTest(transactional = false)
class SupportQuestionPagesTest extends AppTest {

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private SupportRequester at(SupportStep step) {
        return new SupportRequester(client()).hasAnsweredUpTo(step);
    }

    private static void refused(WebClient.Page page, String field, String message) {
        assertEquals(422, page.status());
        assertTrue(page.errorSummary().contains(message), page.errorSummary().toString());
        assertEquals(message, page.inlineError(field));
        assertTrue(page.html().title().startsWith("Error:"), page.html().title());
    }

    @Test
    void a_person_deletes_their_answers_and_nothing_of_the_request_is_left() {
        SupportRequester person = at(SupportStep.HELP);
        WebClient.Page page = person.client.get("/support/help");
        assertEquals("/support/delete-answers", page.html().selectFirst("a:containsOwn(Delete my answers)").attr("href"));
        assertEquals(200, person.client.get("/support/delete-answers").status());
        WebClient.Page deleted = person.client.post("/support/delete-answers", Map.of());
        assertEquals("/support/answers-deleted", deleted.location());
        WebClient.Page after = person.client.open(deleted.location());
        assertEquals("Your answers have been deleted", after.html().selectFirst("h1").text());
        assertEquals(303, person.client.get("/support/help").status(), "no answers left: back to the start");
        assertEquals(303, person.client.get("/support/check-answers").status());
    }

    @Test
    void a_person_who_does_not_say_who_is_asking_is_told_to_select_one() {
        refused(at(SupportStep.WHO_IS_ASKING).answers(SupportStep.WHO_IS_ASKING, Map.of()),
                "requester", "Select who is asking for support");
    }

    @Test
    void a_person_who_is_someone_else_is_asked_how_they_are_connected() {
        SupportRequester person = at(SupportStep.WHO_IS_ASKING);
        refused(person.answers(SupportStep.WHO_IS_ASKING, Map.of("requester", "other")),
                "requesterOther", "Enter how you are connected to the adopted child or person");
        assertEquals(303, person.answers(SupportStep.WHO_IS_ASKING,
                Map.of("requester", "other", "requesterOther", "Their godmother")).status());
    }

    @Test
    void a_person_who_leaves_their_name_and_email_blank_is_told_to_enter_them() {
        WebClient.Page page = at(SupportStep.CONTACT_DETAILS).answers(SupportStep.CONTACT_DETAILS, Map.of());
        refused(page, "fullName", "Enter your full name");
        assertEquals("Enter your email address", page.inlineError("email"));
    }

    @Test
    void a_person_who_types_an_email_without_an_at_sign_is_shown_the_right_shape() {
        refused(at(SupportStep.CONTACT_DETAILS).answers(SupportStep.CONTACT_DETAILS,
                        Map.of("fullName", "Sam", "email", "sam.example.org")),
                "email", "Enter an email address in the correct format, like name@example.com");
    }

    @Test
    void a_person_who_types_a_phone_number_that_is_not_one_is_shown_the_right_shape() {
        refused(at(SupportStep.CONTACT_DETAILS).answers(SupportStep.CONTACT_DETAILS,
                        Map.of("fullName", "Sam", "email", "sam@example.org", "phone", "call me maybe")),
                "phone", "Enter a phone number, like 01632 960 001 or 07700 900 982");
    }

    @Test
    void notes_about_contacting_safely_are_optional_but_have_a_limit() {
        refused(at(SupportStep.CONTACTING_YOU_SAFELY).answers(SupportStep.CONTACTING_YOU_SAFELY,
                        Map.of("safeToLeaveMessage", "no", "safeToSendPost", "no", "safeContactNotes", "x".repeat(1001))),
                "safeContactNotes", "This must be 1000 characters or fewer");
    }

    @Test
    void a_person_who_leaves_the_childs_first_name_blank_is_told_to_enter_it() {
        refused(at(SupportStep.ABOUT_THE_CHILD).answers(SupportStep.ABOUT_THE_CHILD,
                        SupportRequester.date("bornOn", "3", "4", "2015", Map.of())),
                "childFirstName", "Enter their first name");
    }

    @Test
    void a_placement_before_the_child_was_born_is_refused() {
        refused(at(SupportStep.ABOUT_THE_CHILD).answers(SupportStep.ABOUT_THE_CHILD,
                        SupportRequester.date("bornOn", "3", "4", "2015", SupportRequester.date("placedOn", "1", "4", "2015",
                                Map.of("childFirstName", "Kit")))),
                "placedOn", "Date of placement must be on or after their date of birth");
    }

    @Test
    void a_person_must_say_whether_messages_and_letters_are_safe() {
        WebClient.Page page = at(SupportStep.CONTACTING_YOU_SAFELY).answers(SupportStep.CONTACTING_YOU_SAFELY, Map.of());
        refused(page, "safeToLeaveMessage", "Select yes if it is safe for us to leave a message");
        assertEquals("Select yes if it is safe for us to send you letters", page.inlineError("safeToSendPost"));
    }

    @Test
    void a_date_of_birth_that_is_missing_part_not_real_or_in_the_future_is_refused() {
        clock.set(Instant.parse("2025-03-10T10:00:00Z"));
        SupportRequester person = at(SupportStep.ABOUT_THE_CHILD);
        refused(person.answers(SupportStep.ABOUT_THE_CHILD, Map.of("childFirstName", "Kit")),
                "bornOn", "Enter their date of birth");
        refused(person.answers(SupportStep.ABOUT_THE_CHILD,
                        SupportRequester.date("bornOn", "3", "", "2015", Map.of("childFirstName", "Kit"))),
                "bornOn", "Date of birth must include a day, month and year");
        refused(person.answers(SupportStep.ABOUT_THE_CHILD,
                        SupportRequester.date("bornOn", "30", "2", "2015", Map.of("childFirstName", "Kit"))),
                "bornOn", "Date of birth must be a real date");
        refused(person.answers(SupportStep.ABOUT_THE_CHILD,
                        SupportRequester.date("bornOn", "11", "3", "2025", Map.of("childFirstName", "Kit"))),
                "bornOn", "Date of birth must be today or in the past");
        WebClient.Page kept = person.answers(SupportStep.ABOUT_THE_CHILD,
                SupportRequester.date("bornOn", "10", "3", "2025", Map.of("childFirstName", "Kit")));
        assertEquals(303, kept.status(), "today is not the future; placement and order may be left blank");
    }

    @Test
    void what_was_typed_in_a_refused_date_is_shown_again() {
        WebClient.Page page = at(SupportStep.ABOUT_THE_CHILD).answers(SupportStep.ABOUT_THE_CHILD,
                SupportRequester.date("bornOn", "31", "4", "2015", Map.of("childFirstName", "Kit")));
        assertEquals("31", page.html().getElementById("bornOn").val());
        assertEquals("4", page.html().getElementById("bornOn-month").val());
        assertEquals("Kit", page.html().getElementById("childFirstName").val());
    }

    @Test
    void an_adoption_order_before_the_placement_is_refused() {
        Map<String, Object> fields = SupportRequester.date("bornOn", "3", "4", "2015",
                SupportRequester.date("placedOn", "1", "9", "2017",
                        SupportRequester.date("adoptionOrderOn", "31", "8", "2017", Map.of("childFirstName", "Kit"))));
        refused(at(SupportStep.ABOUT_THE_CHILD).answers(SupportStep.ABOUT_THE_CHILD, fields),
                "adoptionOrderOn", "Date of the adoption order must be on or after the date they were placed");
    }

    @Test
    void a_person_must_name_both_councils_and_type_the_name_of_one_outside_the_region() {
        SupportRequester person = at(SupportStep.COUNCILS);
        WebClient.Page page = person.answers(SupportStep.COUNCILS, Map.of());
        refused(page, "placingCouncil", "Select the council that placed them for adoption");
        assertEquals("Select the council area where they live now", page.inlineError("livesIn"));
        refused(person.answers(SupportStep.COUNCILS, Map.of("placingCouncil", "elsewhere", "livesIn", "merton")),
                "placingCouncilOther", "Enter the name of the council that placed them for adoption");
        refused(person.answers(SupportStep.COUNCILS, Map.of("placingCouncil", "atlantis", "livesIn", "merton")),
                "placingCouncil", "Select the council that placed them for adoption");
        assertEquals(303, person.answers(SupportStep.COUNCILS, Map.of("placingCouncil", "elsewhere",
                "placingCouncilOther", "Kent County Council", "livesIn", "merton")).status());
    }

    @Test
    void a_person_must_say_what_help_they_need_and_what_something_else_is() {
        SupportRequester person = at(SupportStep.HELP);
        refused(person.answers(SupportStep.HELP, Map.of()), "help", "Select what help you are asking for");
        refused(person.answers(SupportStep.HELP, Map.of("help", List.of("respite", "something-else"))),
                "helpOther", "Tell us what other help you need");
    }

    @Test
    void a_person_must_say_how_urgent_it_is() {
        refused(at(SupportStep.HOW_URGENT).answers(SupportStep.HOW_URGENT, Map.of()),
                "urgency", "Select how urgent this is");
    }

    @Test
    void support_before_is_optional_but_has_a_limit() {
        SupportRequester person = at(SupportStep.SUPPORT_BEFORE);
        WebClient.Page tooLong = person.answers(SupportStep.SUPPORT_BEFORE, Map.of("supportBefore", "x".repeat(4001)));
        var count = tooLong.html().selectFirst(".govuk-character-count[data-module=govuk-character-count]");
        assertEquals("4000", count.attr("data-maxlength"), "a GOV.UK character count with the same limit");
        assertEquals("You can enter up to 4000 characters", count.selectFirst("#supportBefore-info").text(),
                "the limit is said without JavaScript too");
        refused(tooLong, "supportBefore", "This must be 4000 characters or fewer");
        WebClient.Page next = person.answers(SupportStep.SUPPORT_BEFORE, Map.of());
        assertEquals("/support/check-answers", next.location());
    }

    @Test
    void a_person_who_says_a_child_is_at_risk_now_is_shown_who_to_call_for_the_council_they_named() {
        SupportRequester person = at(SupportStep.HOW_URGENT);
        WebClient.Page answered = person.answers(SupportStep.HOW_URGENT, Map.of("urgency", "at-risk-now"));
        assertEquals("/support/danger-now", answered.location());
        var html = person.client.get("/support/danger-now").html();
        assertEquals("If a child is in danger now", html.selectFirst("h1").text());
        assertTrue(html.selectFirst(".govuk-warning-text").text().contains("call 999"));
        List<String> councils = html.select("main table tbody th").eachText();
        assertEquals(List.of("Merton", "Lambeth"), councils, "where they live, then the placing council");
        assertTrue(html.select("main table td").eachText().contains("020 7946 0106"));
    }

    @Test
    void a_person_who_said_a_child_is_at_risk_cannot_go_on_to_send_it_as_a_queue_item() {
        SupportRequester person = at(SupportStep.HOW_URGENT);
        person.answers(SupportStep.HOW_URGENT, Map.of("urgency", "at-risk-now"));
        assertEquals("/support/how-urgent", person.client.get("/support/support-before").location());
        assertEquals("/support/how-urgent", person.client.get("/support/check-answers").location());
    }

    @Test
    void a_person_cannot_skip_ahead_to_a_later_page() {
        SupportRequester person = new SupportRequester(client());
        person.starts();
        assertEquals("/support/who-is-asking", person.client.get("/support/help").location());
    }

    @Test
    void a_person_who_comes_back_is_offered_to_carry_on_with_their_answers() {
        SupportRequester person = at(SupportStep.CONTACT_DETAILS);
        var html = person.client.get("/support").html();
        assertEquals("Continue your request", html.selectFirst("button.govuk-button--start").text());
        WebClient.Page back = person.client.submit("/support", Map.of());
        assertEquals("Your contact details", back.html().selectFirst("h1").text());
        assertEquals("adoptive-parent", person.answersFor(SupportStep.WHO_IS_ASKING).get("requester"));
    }
}
