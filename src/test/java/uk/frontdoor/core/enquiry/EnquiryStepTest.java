package uk.frontdoor.core.enquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.questions.Question;

/** The rules of every enquiry page, as plain Java: what counts as an answer and what people are told. */
class EnquiryStepTest {
    static final List<String> BOROUGHS = List.of("lambeth", "merton");

    /** What a person typed or ticked on one page, as the browser sends it. */
    static Map<String, List<String>> form(Object... fieldsAndValues) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            Object v = fieldsAndValues[i + 1];
            form.put((String) fieldsAndValues[i], v instanceof List<?> l ? l.stream().map(String::valueOf).toList()
                    : List.of(String.valueOf(v)));
        }
        return form;
    }

    static List<Problem> problems(EnquiryStep step, Object... fieldsAndValues) {
        return step.validate(step.read(form(fieldsAndValues)), BOROUGHS);
    }

    static List<String> keys(EnquiryStep step, Object... fieldsAndValues) {
        return problems(step, fieldsAndValues).stream().map(Problem::messageKey).toList();
    }

    @Nested
    class WhereYouLive {
        @Test
        void a_borough_of_the_region_is_an_answer() {
            assertEquals(List.of(), keys(EnquiryStep.WHERE_YOU_LIVE, "borough", "lambeth"));
        }

        @Test
        void somewhere_else_is_an_answer_that_leads_out_of_the_enquiry() {
            var answers = EnquiryStep.WHERE_YOU_LIVE.read(form("borough", "elsewhere"));
            assertEquals(List.of(), EnquiryStep.WHERE_YOU_LIVE.validate(answers, BOROUGHS));
            assertTrue(EnquiryStep.WHERE_YOU_LIVE.leadsElsewhere(answers));
            var draft = EnquiryAnswers.empty().with(EnquiryStep.WHERE_YOU_LIVE, answers);
            assertFalse(EnquiryStep.WHERE_YOU_LIVE.isComplete(draft, BOROUGHS), "cannot go on from there");
        }

        @Test
        void no_answer_or_a_borough_outside_the_region_must_be_chosen_again() {
            assertEquals(List.of(new Problem("borough", "enquiry.borough.required")),
                    problems(EnquiryStep.WHERE_YOU_LIVE));
            assertEquals(List.of("enquiry.borough.required"), keys(EnquiryStep.WHERE_YOU_LIVE, "borough", "camden"));
        }
    }

    @Nested
    class YourName {
        @Test
        void a_name_is_required_and_spaces_are_not_a_name() {
            assertEquals(List.of("enquiry.fullName.required"), keys(EnquiryStep.YOUR_NAME, "fullName", "   "));
            assertEquals(List.of(), keys(EnquiryStep.YOUR_NAME, "fullName", "  Ada Lovelace "));
            assertEquals("Ada Lovelace", EnquiryStep.YOUR_NAME.read(form("fullName", "  Ada Lovelace ")).get("fullName"));
        }

        @Test
        void a_name_may_have_200_characters_and_no_more() {
            assertEquals(List.of(), keys(EnquiryStep.YOUR_NAME, "fullName", "a".repeat(200)));
            assertEquals(List.of("enquiry.fullName.tooLong"), keys(EnquiryStep.YOUR_NAME, "fullName", "a".repeat(201)));
        }

        @Test
        void characters_are_counted_as_people_see_them() {
            String twoHundredEmoji = "\uD83D\uDE00".repeat(200);
            assertEquals(List.of(), keys(EnquiryStep.YOUR_NAME, "fullName", twoHundredEmoji));
        }
    }

    @Nested
    class ContactDetails {
        @Test
        void both_are_required_in_page_order() {
            assertEquals(List.of(new Problem("email", "enquiry.email.required"), new Problem("phone", "enquiry.phone.required")),
                    problems(EnquiryStep.CONTACT_DETAILS));
        }

        @Test
        void an_email_address_needs_an_at_and_a_domain() {
            for (String bad : List.of("ada", "ada@", "@example.org", "ada@example", "a@b@c.org")) {
                assertEquals(List.of("enquiry.email.format"),
                        keys(EnquiryStep.CONTACT_DETAILS, "email", bad, "phone", "020 7946 0000"), bad);
            }
            assertEquals(List.of("emailAddress.hiddenCharacter"), keys(EnquiryStep.CONTACT_DETAILS,
                    "email", "ada lovelace@example.org", "phone", "020 7946 0000"), "a space inside has its own message (ADR 29)");
            assertEquals(List.of(), keys(EnquiryStep.CONTACT_DETAILS, "email", "ada.lovelace+x@mail.example.co.uk",
                    "phone", "020 7946 0000"));
            assertEquals(List.of("emailAddress.hiddenCharacter"),
                    keys(EnquiryStep.CONTACT_DETAILS, "email", "ada lovelace@example.org", "phone", "020 7946 0000"));
            assertEquals(List.of("emailAddress.notAsciiBeforeAt"),
                    keys(EnquiryStep.CONTACT_DETAILS, "email", "adа@example.org", "phone", "020 7946 0000"));
        }

        @Test
        void an_email_address_may_have_254_characters() {
            // at most 64 before the @ (RFC 5321), so the rest is a long domain
            String ok = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(57) + ".org";
            assertEquals(254, ok.length());
            assertEquals(List.of(), keys(EnquiryStep.CONTACT_DETAILS, "email", ok, "phone", "020 7946 0000"));
            assertEquals(List.of("enquiry.email.tooLong"),
                    keys(EnquiryStep.CONTACT_DETAILS, "email", ok.replace("@", "@d"), "phone", "020 7946 0000"));
        }

        @Test
        void uk_phone_numbers_are_accepted_as_people_write_them() {
            for (String ok : List.of("02079460000", "020 7946 0000", "07700 900982", "+44 7700 900982",
                    "(020) 7946 0000", "+44 (0)20 7946 0000")) {
                assertEquals(List.of(), keys(EnquiryStep.CONTACT_DETAILS, "email", "a@example.org", "phone", ok), ok);
            }
        }

        @Test
        void a_phone_number_needs_at_least_ten_digits_and_nothing_but_digits_spaces_plus_and_brackets() {
            for (String bad : List.of("0207 946", "123456789", "020-7946-0000", "07700 900982 ext 2", "call me",
                    "1234567890123456")) {
                assertEquals(List.of("enquiry.phone.format"),
                        keys(EnquiryStep.CONTACT_DETAILS, "email", "a@example.org", "phone", bad), bad);
            }
            assertEquals(List.of("enquiry.phone.tooLong"),
                    keys(EnquiryStep.CONTACT_DETAILS, "email", "a@example.org", "phone", "0".repeat(10) + " ".repeat(31)
                            + "1"));
        }
    }

    @Nested
    class HowToContact {
        @Test
        void a_method_and_at_least_one_time_are_required() {
            assertEquals(List.of("enquiry.contactMethod.required", "enquiry.contactTimes.required"),
                    keys(EnquiryStep.HOW_TO_CONTACT));
            assertEquals(List.of(), keys(EnquiryStep.HOW_TO_CONTACT, "contactMethod", "either",
                    "contactTimes", List.of("weekday-evenings", "weekends")));
        }

        @Test
        void options_that_are_not_offered_are_not_answers() {
            assertEquals(List.of("enquiry.contactMethod.required", "enquiry.contactTimes.required"),
                    keys(EnquiryStep.HOW_TO_CONTACT, "contactMethod", "pigeon", "contactTimes", List.of("midnight")));
        }
    }

    @Nested
    class Household {
        @Test
        void on_my_own_needs_nothing_more() {
            assertEquals(List.of(), keys(EnquiryStep.HOUSEHOLD, "applyingWith", "alone"));
        }

        @Test
        void with_a_partner_needs_the_partners_name() {
            assertEquals(List.of(new Problem("partnerName", "enquiry.partnerName.required")),
                    problems(EnquiryStep.HOUSEHOLD, "applyingWith", "partner"));
            assertEquals(List.of("enquiry.partnerName.tooLong"),
                    keys(EnquiryStep.HOUSEHOLD, "applyingWith", "partner", "partnerName", "b".repeat(201)));
            assertEquals(List.of(), keys(EnquiryStep.HOUSEHOLD, "applyingWith", "partner", "partnerName", "Charles Babbage"));
        }

        @Test
        void a_partners_name_is_forgotten_when_applying_alone() {
            var page = EnquiryStep.HOUSEHOLD.read(form("applyingWith", "alone", "partnerName", "Charles Babbage"));
            var draft = EnquiryAnswers.empty().with(EnquiryStep.HOUSEHOLD, page);
            assertEquals("", draft.get("partnerName"));
        }

        @Test
        void one_answer_is_required() {
            assertEquals(List.of("enquiry.applyingWith.required"), keys(EnquiryStep.HOUSEHOLD));
        }
    }

    @Nested
    class Interests {
        @Test
        void at_least_one_interest_is_required() {
            assertEquals(List.of("enquiry.interests.required"), keys(EnquiryStep.INTERESTS));
            assertEquals(List.of(), keys(EnquiryStep.INTERESTS, "interests", List.of("adopting-a-child", "early-permanence")));
        }

        @Test
        void not_sure_yet_stands_alone() {
            assertEquals(List.of(), keys(EnquiryStep.INTERESTS, "interests", "not-sure"));
            assertEquals(List.of("enquiry.interests.exclusive"),
                    keys(EnquiryStep.INTERESTS, "interests", List.of("stepchild", "not-sure")));
        }
    }

    @Nested
    class Children {
        @Test
        void the_page_is_optional() {
            assertTrue(EnquiryStep.CHILDREN.isOptional());
            assertEquals(List.of(), keys(EnquiryStep.CHILDREN));
        }

        @Test
        void notes_may_have_1000_characters_with_line_breaks_counted_once() {
            String lines = ("x".repeat(99) + "\r\n").repeat(10);
            assertEquals(1010, lines.length());
            assertEquals(List.of(), keys(EnquiryStep.CHILDREN, "childrenNotes", lines));
            assertEquals(List.of("enquiry.childrenNotes.tooLong"), keys(EnquiryStep.CHILDREN, "childrenNotes", "x".repeat(1001)));
        }

        @Test
        void unknown_choices_and_not_sure_with_others_are_refused() {
            assertEquals(List.of("enquiry.childrenConsidered.unknown"),
                    keys(EnquiryStep.CHILDREN, "childrenConsidered", "teenagers-only"));
            assertEquals(List.of("enquiry.childrenConsidered.exclusive"),
                    keys(EnquiryStep.CHILDREN, "childrenConsidered", List.of("aged-3-to-4", "not-sure")));
        }
    }

    @Nested
    class HowYouHeard {
        @Test
        void a_source_is_required_because_the_agency_must_monitor_every_enquirys_source() {
            assertEquals(List.of("enquiry.heardAbout.required"), keys(EnquiryStep.HOW_YOU_HEARD));
            assertEquals(List.of(), keys(EnquiryStep.HOW_YOU_HEARD, "heardAbout", "information-event"));
        }

        @Test
        void other_needs_telling_us_where() {
            assertEquals(List.of("enquiry.heardAboutOther.required"), keys(EnquiryStep.HOW_YOU_HEARD, "heardAbout", "other"));
            assertEquals(List.of("enquiry.heardAboutOther.tooLong"),
                    keys(EnquiryStep.HOW_YOU_HEARD, "heardAbout", "other", "heardAboutOther", "y".repeat(201)));
            assertEquals(List.of(), keys(EnquiryStep.HOW_YOU_HEARD, "heardAbout", "other", "heardAboutOther", "A bus advert"));
        }
    }

    @Nested
    class Equality {
        @Test
        void every_question_is_optional_and_the_page_can_be_skipped() {
            assertTrue(EnquiryStep.EQUALITY.isOptional());
            assertTrue(EnquiryStep.EQUALITY.isSkippable());
            assertEquals(List.of(), keys(EnquiryStep.EQUALITY));
        }

        @Test
        void every_question_offers_prefer_not_to_say() {
            for (Question q : EnquiryStep.EQUALITY.questions()) {
                assertTrue(q.codes().contains("prefer-not-to-say"), q.name());
                assertEquals("prefer-not-to-say", q.alternative(), q.name());
            }
            assertEquals(List.of(), keys(EnquiryStep.EQUALITY, "ethnicity", "prefer-not-to-say", "religion",
                    "prefer-not-to-say", "sexualOrientation", "prefer-not-to-say", "disability", "prefer-not-to-say"));
        }

        @Test
        void answers_that_are_not_offered_are_refused() {
            assertEquals(List.of("enquiry.religion.unknown", "enquiry.disability.unknown"),
                    keys(EnquiryStep.EQUALITY, "religion", "jedi", "disability", "maybe"));
        }

        @Test
        void skipping_forgets_answers_given_before() {
            var draft = EnquiryAnswers.empty()
                    .with(EnquiryStep.EQUALITY, EnquiryStep.EQUALITY.read(form("ethnicity", "white")))
                    .skip(EnquiryStep.EQUALITY);
            assertEquals("", draft.get("ethnicity"));
            assertTrue(draft.isAnswered(EnquiryStep.EQUALITY));
        }
    }

    @Nested
    class Journey {
        EnquiryAnswers answeredUpTo(EnquiryStep last) {
            Map<EnquiryStep, Map<String, List<String>>> pages = Map.of(
                    EnquiryStep.WHERE_YOU_LIVE, form("borough", "lambeth"),
                    EnquiryStep.YOUR_NAME, form("fullName", "Ada Lovelace"),
                    EnquiryStep.CONTACT_DETAILS, form("email", "ada@example.org", "phone", "020 7946 0000"),
                    EnquiryStep.HOW_TO_CONTACT, form("contactMethod", "email", "contactTimes", "weekends"),
                    EnquiryStep.HOUSEHOLD, form("applyingWith", "alone"),
                    EnquiryStep.INTERESTS, form("interests", "adopting-a-child"),
                    EnquiryStep.CHILDREN, form(),
                    EnquiryStep.HOW_YOU_HEARD, form("heardAbout", "social-media"),
                    EnquiryStep.EQUALITY, form());
            EnquiryAnswers draft = EnquiryAnswers.empty();
            for (EnquiryStep step : EnquiryStep.values()) {
                if (step.ordinal() > last.ordinal()) {
                    break;
                }
                draft = draft.with(step, step.read(pages.get(step)));
            }
            return draft;
        }

        @Test
        void a_new_draft_starts_at_where_you_live() {
            assertEquals(Optional.of(EnquiryStep.WHERE_YOU_LIVE), EnquiryStep.firstIncomplete(EnquiryAnswers.empty(), BOROUGHS));
        }

        @Test
        void the_first_unanswered_page_comes_next_and_optional_pages_count_once_continued() {
            assertEquals(Optional.of(EnquiryStep.CONTACT_DETAILS),
                    EnquiryStep.firstIncomplete(answeredUpTo(EnquiryStep.YOUR_NAME), BOROUGHS));
            assertEquals(Optional.of(EnquiryStep.CHILDREN),
                    EnquiryStep.firstIncomplete(answeredUpTo(EnquiryStep.INTERESTS), BOROUGHS));
            assertEquals(Optional.of(EnquiryStep.HOW_YOU_HEARD),
                    EnquiryStep.firstIncomplete(answeredUpTo(EnquiryStep.CHILDREN), BOROUGHS));
            assertEquals(Optional.empty(), EnquiryStep.firstIncomplete(answeredUpTo(EnquiryStep.EQUALITY), BOROUGHS));
        }

        @Test
        void a_borough_that_left_the_region_makes_the_draft_incomplete_again() {
            assertEquals(Optional.of(EnquiryStep.WHERE_YOU_LIVE),
                    EnquiryStep.firstIncomplete(answeredUpTo(EnquiryStep.EQUALITY), List.of("merton")));
        }

        @Test
        void pages_follow_one_another_in_order() {
            assertEquals(Optional.empty(), EnquiryStep.WHERE_YOU_LIVE.previous());
            assertEquals(Optional.of(EnquiryStep.YOUR_NAME), EnquiryStep.WHERE_YOU_LIVE.next());
            assertEquals(Optional.of(EnquiryStep.HOW_YOU_HEARD), EnquiryStep.EQUALITY.previous());
            assertEquals(Optional.empty(), EnquiryStep.EQUALITY.next());
            assertEquals(Optional.of(EnquiryStep.HOUSEHOLD), EnquiryStep.bySlug("household"));
            assertEquals(Optional.empty(), EnquiryStep.bySlug("check-answers"));
        }
    }
}
