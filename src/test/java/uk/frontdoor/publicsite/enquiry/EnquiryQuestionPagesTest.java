package uk.frontdoor.publicsite.enquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.frontdoor.core.enquiry.EnquiryStep;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.PublicFormPages;
import uk.frontdoor.testing.WebClient;

/** Each question page over HTTP: what people are told when an answer is missing or wrong, and the draft. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // Micronaut reads getProperties() only from a per-class instance
class EnquiryQuestionPagesTest extends AppTest {
    /** Far above what the tests send: the limit itself is tested in EnquiryRateLimitTest. */
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(super.getProperties());
        properties.put("frontdoor.rate-limit.enquiries-per-hour", "100000");
        return properties;
    }

    @Inject
    Sql sql;

    private Enquirer someoneIn(String borough) {
        return new Enquirer(client(), borough);
    }

    private static void assertRefusedWith(WebClient.Page page, String field, String message) {
        assertEquals(422, page.status(), "a form with errors is shown again with 422");
        assertTrue(page.errorSummary().contains(message), "error summary " + page.errorSummary());
        assertEquals(message, page.inlineError(field));
        assertNotNull(page.html().selectFirst(".govuk-error-summary__list a[href=#" + field + "]"),
                "the summary links to the field");
        assertNotNull(page.html().getElementById(field), "the field the summary links to exists");
        assertTrue(page.html().title().startsWith("Error: "), page.html().title());
    }

    @Test
    void the_start_page_explains_the_enquiry_and_starts_it() {
        WebClient.Page start = client().get("/enquiry");
        assertEquals(200, start.status());
        assertEquals("Make an adoption enquiry", start.html().selectFirst("h1").text());
        assertTrue(start.body().contains("within 10 working days"));
        assertEquals("/", start.html().selectFirst(".govuk-back-link").attr("href"));

        Enquirer person = someoneIn("lambeth");
        WebClient.Page first = person.starts();
        assertEquals("Where do you live?", first.html().selectFirst("h1").text());
        assertEquals("/enquiry", first.html().selectFirst(".govuk-back-link").attr("href"));
    }

    @Test
    void where_you_live_lists_the_regions_boroughs_and_somewhere_else_after_or() {
        Enquirer person = someoneIn("lambeth");
        Document page = person.starts().html();
        List<String> labels = page.select(".govuk-radios__label").eachText();
        assertTrue(labels.containsAll(List.of("Lambeth", "Merton", "Richmond upon Thames")), labels.toString());
        assertEquals("Somewhere else in England", labels.get(labels.size() - 1));
        assertEquals("or", page.selectFirst(".govuk-radios__divider").text());
    }

    @Test
    void a_person_who_does_not_say_where_they_live_is_told_to_select_it() {
        Enquirer person = someoneIn("lambeth");
        person.starts();
        assertRefusedWith(person.answers(EnquiryStep.WHERE_YOU_LIVE, Map.of()), "borough", "Select where you live");
    }

    @Test
    void a_person_who_lives_somewhere_else_is_signposted_to_their_own_agency_and_can_go_no_further() {
        Enquirer person = someoneIn("elsewhere");
        person.starts();
        WebClient.Page answered = person.answers(EnquiryStep.WHERE_YOU_LIVE, Map.of("borough", "elsewhere"));
        assertEquals("/enquiry/somewhere-else", answered.location());
        WebClient.Page signpost = person.client.open(answered.location());
        assertEquals(200, signpost.status());
        assertEquals("Contact the adoption agency for where you live", signpost.html().selectFirst("h1").text());
        assertTrue(signpost.html().select("a").eachAttr("href").contains("https://www.youcanadopt.uk/"));
        assertTrue(signpost.html().select("a").eachAttr("href").contains("https://www.gov.uk/find-local-council"));
        assertEquals("/enquiry/where-you-live", signpost.html().selectFirst(".govuk-back-link").attr("href"));

        WebClient.Page further = person.client.get(Enquirer.path(EnquiryStep.YOUR_NAME));
        assertEquals("/enquiry/where-you-live", further.location(), "the branch ends: no way on to the next question");
    }

    @Test
    void a_person_who_leaves_their_name_blank_or_writes_too_much_is_told_so() {
        Enquirer person = someoneIn("lambeth").hasAnsweredUpTo(EnquiryStep.YOUR_NAME);
        assertRefusedWith(person.answers(EnquiryStep.YOUR_NAME, Map.of("fullName", "  ")), "fullName",
                "Enter your full name");
        WebClient.Page tooLong = person.answers(EnquiryStep.YOUR_NAME, Map.of("fullName", "n".repeat(201)));
        assertRefusedWith(tooLong, "fullName", "Full name must be 200 characters or fewer");
        assertEquals("n".repeat(201), tooLong.html().getElementById("fullName").val(), "what they typed is kept");
    }

    @Test
    void a_person_who_gives_no_contact_details_is_asked_for_both_in_page_order() {
        Enquirer person = someoneIn("lambeth").hasAnsweredUpTo(EnquiryStep.CONTACT_DETAILS);
        WebClient.Page page = person.answers(EnquiryStep.CONTACT_DETAILS, Map.of());
        assertRefusedWith(page, "email", "Enter your email address");
        assertRefusedWith(page, "phone", "Enter a phone number");
        assertEquals(List.of("Enter your email address", "Enter a phone number"), page.errorSummary());
    }

    @Test
    void a_person_who_mistypes_their_email_or_phone_is_shown_how_to_write_them() {
        Enquirer person = someoneIn("lambeth").hasAnsweredUpTo(EnquiryStep.CONTACT_DETAILS);
        WebClient.Page page = person.answers(EnquiryStep.CONTACT_DETAILS,
                Map.of("email", "ada.example.org", "phone", "0207 946"));
        assertRefusedWith(page, "email", "Enter an email address in the correct format, like name@example.com");
        assertRefusedWith(page, "phone", "Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192");
        WebClient.Page letters = person.answers(EnquiryStep.CONTACT_DETAILS,
                Map.of("email", person.email, "phone", "020 7946 0000 ask for Ada"));
        assertRefusedWith(letters, "phone", "Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192");
    }

    @Test
    void an_email_address_with_a_look_alike_letter_or_a_hidden_character_is_refused_with_what_to_mend() {
        Enquirer person = someoneIn("lambeth").hasAnsweredUpTo(EnquiryStep.CONTACT_DETAILS);
        assertRefusedWith(person.answers(EnquiryStep.CONTACT_DETAILS, Map.of("email", "adé@example.org",
                "phone", person.phone)), "email",
                "Email address must only use letters a to z, numbers and symbols such as . _ - + before the @");
        assertRefusedWith(person.answers(EnquiryStep.CONTACT_DETAILS, Map.of("email", "ada\u200B@example.org",
                "phone", person.phone)), "email",
                "Email address must not contain spaces or hidden characters: type it in again rather than pasting it");
        assertRefusedWith(person.answers(EnquiryStep.CONTACT_DETAILS, Map.of("email", "ada@example.org.",
                "phone", person.phone)), "email", "Email address must not end with a full stop");
    }

    @Test
    void the_email_address_is_kept_in_its_canonical_form_exactly_as_the_enquiry_will_store_it() {
        Enquirer person = someoneIn("lambeth").hasAnsweredUpTo(EnquiryStep.CONTACT_DETAILS);
        String local = person.email.substring(0, person.email.indexOf('@')).replace("enquirer", "Enquirer");
        assertEquals(303, person.answers(EnquiryStep.CONTACT_DETAILS, Map.of("email", " " + local + "@Example.ORG ",
                "phone", person.phone)).status());
        assertEquals(local + "@example.org", person.client.get(Enquirer.path(EnquiryStep.CONTACT_DETAILS)).html()
                .getElementById("email").val(), "the capital E before the @ is kept; the domain is lower-cased");
    }

    @Test
    void a_person_deletes_their_answers_from_any_page_after_saying_they_are_sure() {
        Enquirer person = someoneIn("croydon").hasAnsweredUpTo(EnquiryStep.HOW_TO_CONTACT);
        WebClient.Page page = person.client.get(Enquirer.path(EnquiryStep.HOW_TO_CONTACT));
        assertEquals("/enquiry/delete-answers", page.html().selectFirst("a:containsOwn(Delete my answers)").attr("href"));

        WebClient.Page ask = person.client.get("/enquiry/delete-answers");
        assertEquals("Are you sure you want to delete your answers?", ask.html().selectFirst("h1").text());
        assertEquals(1, sql.count("SELECT COUNT(*) FROM enquiry_draft d JOIN web_session s ON s.id = d.session_id"
                + " WHERE d.answers LIKE ?", "%" + person.email.replace("@", "%40") + "%"), "nothing deleted by looking");

        WebClient.Page deleted = person.client.post("/enquiry/delete-answers", Map.of());
        assertEquals(303, deleted.status());
        assertEquals("Your answers have been deleted", person.client.open(deleted.location()).html()
                .selectFirst("h1").text());
        assertEquals(0, sql.count("SELECT COUNT(*) FROM enquiry_draft WHERE answers LIKE ?",
                "%" + person.email.replace("@", "%40") + "%"), "the draft is gone from the database");
        WebClient.Page after = person.client.get(Enquirer.path(EnquiryStep.YOUR_NAME));
        assertEquals("/enquiry", after.location(), "no answers left to show");
        assertEquals("Start now", person.client.get("/enquiry").html().selectFirst("button.govuk-button--start").text());
    }

    @Test
    void answers_are_kept_by_a_cookie_that_goes_when_the_browser_closes() {
        WebClient browser = client();
        browser.get("/enquiry");
        WebClient.Page started = browser.post("/enquiry", Map.of());
        String cookie = started.response().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("__Host-fd_session=")).findFirst().orElseThrow();
        assertFalse(cookie.toLowerCase().contains("max-age"), cookie);
        assertFalse(cookie.toLowerCase().contains("expires"), cookie);
    }

    @Test
    void a_person_who_says_neither_how_nor_when_to_contact_them_is_asked_for_both() {
        Enquirer person = someoneIn("lambeth").hasAnsweredUpTo(EnquiryStep.HOW_TO_CONTACT);
        WebClient.Page page = person.answers(EnquiryStep.HOW_TO_CONTACT, Map.of());
        assertRefusedWith(page, "contactMethod", "Select how you would like us to contact you");
        assertRefusedWith(page, "contactTimes", "Select at least one time that suits you");
    }

    @Test
    void a_person_applying_with_a_partner_must_give_the_partners_name() {
        Enquirer person = someoneIn("lambeth").hasAnsweredUpTo(EnquiryStep.HOUSEHOLD);
        assertRefusedWith(person.answers(EnquiryStep.HOUSEHOLD, Map.of()), "applyingWith",
                "Select whether you are applying on your own or with a partner");
        WebClient.Page page = person.answers(EnquiryStep.HOUSEHOLD, Map.of("applyingWith", "partner"));
        assertRefusedWith(page, "partnerName", "Enter your partner’s full name");
        assertFalse(page.html().getElementById("conditional-applyingWith-partner").hasClass("govuk-radios__conditional--hidden"),
                "the partner's name is shown under the chosen option");
        assertEquals(303, person.answers(EnquiryStep.HOUSEHOLD,
                Map.of("applyingWith", "partner", "partnerName", "Charles Testperson")).status());
    }

    @Test
    void a_person_who_ticks_no_interest_or_not_sure_with_others_is_told_what_to_do() {
        Enquirer person = someoneIn("lambeth").hasAnsweredUpTo(EnquiryStep.INTERESTS);
        assertRefusedWith(person.answers(EnquiryStep.INTERESTS, Map.of()), "interests", "Select what you are interested in");
        assertRefusedWith(person.answers(EnquiryStep.INTERESTS, Map.of("interests", List.of("stepchild", "not-sure"))),
                "interests", "Select what you are interested in, or select ‘Not sure yet’");
    }

    @Test
    void a_person_may_pass_the_children_page_without_answers_but_not_write_too_much() {
        Enquirer person = someoneIn("lambeth").hasAnsweredUpTo(EnquiryStep.CHILDREN);
        assertRefusedWith(person.answers(EnquiryStep.CHILDREN, Map.of("childrenNotes", "z".repeat(1001))), "childrenNotes",
                "What you tell us about the children you might consider must be 1,000 characters or fewer");
        WebClient.Page nothing = person.answers(EnquiryStep.CHILDREN, Map.of());
        assertEquals(303, nothing.status());
        assertEquals("/enquiry/how-you-heard", nothing.location());
    }

    @Test
    void a_person_must_say_how_they_heard_about_us_and_where_when_it_was_elsewhere() {
        Enquirer person = someoneIn("lambeth").hasAnsweredUpTo(EnquiryStep.HOW_YOU_HEARD);
        assertRefusedWith(person.answers(EnquiryStep.HOW_YOU_HEARD, Map.of()), "heardAbout", "Select how you heard about us");
        assertRefusedWith(person.answers(EnquiryStep.HOW_YOU_HEARD, Map.of("heardAbout", "other")), "heardAboutOther",
                "Tell us where you heard about us");
    }

    @Test
    void a_person_may_skip_the_equality_questions_and_what_they_had_answered_is_forgotten() {
        Enquirer person = someoneIn("lambeth").hasAnsweredUpTo(EnquiryStep.EQUALITY);
        assertEquals(303, person.answers(EnquiryStep.EQUALITY, Map.of("religion", "sikh")).status());
        WebClient.Page again = person.client.get(Enquirer.path(EnquiryStep.EQUALITY));
        assertTrue(again.html().getElementById("religion-sikh").hasAttr("checked"));
        assertRefusedWith(person.answers(EnquiryStep.EQUALITY, Map.of("religion", "jedi")), "religion",
                "Select your religion from the list");

        WebClient.Page skipped = person.answers(EnquiryStep.EQUALITY, Map.of("religion", "sikh", "skip", "true"));
        assertEquals("/enquiry/check-answers", skipped.location());
        WebClient.Page check = person.client.open(skipped.location());
        assertEquals(200, check.status());
        assertFalse(check.body().contains("Sikh"), "skipped answers are not kept");
    }

    @Test
    void check_your_answers_shows_every_answer_and_requires_agreement() {
        Enquirer person = someoneIn("merton").hasAnsweredEverything();
        WebClient.Page check = person.client.get("/enquiry/check-answers");
        assertEquals(200, check.status());
        List<String> values = check.html().select(".govuk-summary-list__value").eachText();
        assertTrue(values.containsAll(List.of("Merton", person.fullName, person.email, person.phone, "By phone",
                "Weekday evenings Weekends", "On my own", "Adopting a child Early permanence or fostering for adoption",
                "Brothers and sisters together", "Not given", "An information event", "Prefer not to say", "No")),
                values.toString());
        assertEquals("/privacy", check.html().selectFirst("main a[href=/privacy]").attr("href"));
        assertEquals("/enquiry/equality", check.html().selectFirst(".govuk-back-link").attr("href"));

        WebClient.Page noConsent = person.client.post("/enquiry/check-answers", Map.of());
        assertRefusedWith(noConsent, "consent", "Confirm that you have read the privacy notice and agree to us using your information");
        assertEquals(0, sql.count("SELECT COUNT(*) FROM enquiry WHERE email = ?", person.email));
    }

    @Test
    void a_change_link_goes_to_the_question_and_continue_comes_back_to_check_your_answers() {
        Enquirer person = someoneIn("lambeth").hasAnsweredEverything();
        WebClient.Page check = person.client.get("/enquiry/check-answers");
        String change = check.html().select(".govuk-summary-list__actions a").stream()
                .filter(a -> a.text().equals("Change full name")).findFirst().orElseThrow().attr("href");
        assertEquals("/enquiry/your-name?change=true", change);

        WebClient.Page question = person.client.get(change);
        assertEquals("/enquiry/check-answers", question.html().selectFirst(".govuk-back-link").attr("href"));
        assertEquals(person.fullName, question.html().getElementById("fullName").val());
        WebClient.Page changed = person.client.post("/enquiry/your-name",
                Map.of("fullName", "Ada Changed Testperson", "change", "true"));
        assertEquals("/enquiry/check-answers", changed.location());
        assertTrue(person.client.get("/enquiry/check-answers").html().select(".govuk-summary-list__value").eachText()
                .contains("Ada Changed Testperson"));
    }

    @Test
    void back_links_follow_the_path_through_the_questions() {
        Enquirer person = someoneIn("lambeth").hasAnsweredUpTo(EnquiryStep.HOUSEHOLD);
        assertEquals("/enquiry/how-to-contact",
                person.client.get(Enquirer.path(EnquiryStep.HOUSEHOLD)).html().selectFirst(".govuk-back-link").attr("href"));
        assertEquals("/enquiry/where-you-live",
                person.client.get(Enquirer.path(EnquiryStep.YOUR_NAME)).html().selectFirst(".govuk-back-link").attr("href"));
    }

    @Test
    void the_draft_survives_in_the_same_browser_and_no_other_browser_sees_it() {
        Enquirer person = someoneIn("sutton");
        person.starts();
        person.answers(EnquiryStep.WHERE_YOU_LIVE);
        person.answers(EnquiryStep.YOUR_NAME);

        WebClient.Page first = person.client.get(Enquirer.path(EnquiryStep.WHERE_YOU_LIVE));
        assertEquals(200, first.status());
        assertTrue(first.html().selectFirst("input[value=sutton]").hasAttr("checked"), "their borough is still chosen");
        assertEquals(person.fullName, person.client.get(Enquirer.path(EnquiryStep.YOUR_NAME)).html()
                .getElementById("fullName").val());
        WebClient.Page start = person.client.get("/enquiry");
        assertEquals("Continue your enquiry", start.html().selectFirst("button.govuk-button--start").text());

        WebClient.Page stranger = client().get(Enquirer.path(EnquiryStep.YOUR_NAME));
        assertEquals(303, stranger.status());
        assertEquals("/enquiry", stranger.location(), "a browser with no draft is sent to the start page");
        assertFalse(client().open(Enquirer.path(EnquiryStep.WHERE_YOU_LIVE)).body().contains(person.fullName));
    }

    @Test
    void a_person_who_jumps_ahead_is_sent_back_to_the_first_unanswered_page() {
        Enquirer person = someoneIn("lambeth").hasAnsweredUpTo(EnquiryStep.CONTACT_DETAILS);
        assertEquals("/enquiry/contact-details", person.client.get(Enquirer.path(EnquiryStep.INTERESTS)).location());
        assertEquals("/enquiry/contact-details", person.client.get("/enquiry/check-answers").location());
        WebClient.Page posted = person.client.post(Enquirer.path(EnquiryStep.HOW_YOU_HEARD), Map.of("heardAbout", "other"));
        assertEquals("/enquiry/contact-details", posted.location());
    }

    @Test
    void an_unknown_question_page_is_not_found() {
        Enquirer person = someoneIn("lambeth");
        person.starts();
        assertEquals(404, person.client.get("/enquiry/favourite-colour").status());
    }

    @Test
    void a_post_without_the_csrf_token_is_refused_and_changes_nothing() {
        Enquirer person = someoneIn("lambeth").hasAnsweredUpTo(EnquiryStep.CONTACT_DETAILS);
        WebClient.Page forged = person.client.postRaw(Enquirer.path(EnquiryStep.YOUR_NAME), Map.of("fullName", "Mallory"));
        assertEquals(403, forged.status());
        assertEquals(person.fullName, person.client.get(Enquirer.path(EnquiryStep.YOUR_NAME)).html()
                .getElementById("fullName").val(), "the draft is as it was");

        Enquirer ready = someoneIn("lambeth").hasAnsweredEverything();
        ready.client.get("/enquiry/check-answers");
        WebClient.Page forgedSend = ready.client.postRaw("/enquiry/check-answers", Map.of("consent", "yes"));
        assertEquals(403, forgedSend.status());
        assertEquals(0, sql.count("SELECT COUNT(*) FROM enquiry WHERE email = ?", ready.email));
        assertEquals(0, sql.count("SELECT COUNT(*) FROM outbox_email WHERE recipient = ?", ready.email));
    }

    @Test
    void a_contact_details_form_with_the_hidden_field_filled_in_is_refused_and_not_kept() {
        Enquirer person = someoneIn("lambeth").hasAnsweredUpTo(EnquiryStep.CONTACT_DETAILS);
        PublicFormPages.hasTheHiddenField(person.client.get(Enquirer.path(EnquiryStep.CONTACT_DETAILS)));

        WebClient.Page refused = person.client.post(Enquirer.path(EnquiryStep.CONTACT_DETAILS),
                Map.of("email", person.email, "phone", person.phone, "website", "http://spam.example"));
        PublicFormPages.refusedAsAutomated(refused, "If you want to talk to us about adoption, phone 020 7946 0321.");
        assertEquals("/enquiry/contact-details", person.client.get(Enquirer.path(EnquiryStep.HOW_TO_CONTACT)).location(),
                "nothing from the refused form was kept");
    }
}
