package uk.frontdoor.core.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.action.Problem;

class RegistrationSectionTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 15);

    static Map<String, String> referees(String r1, String r2, String r3) {
        Map<String, String> v = new HashMap<>();
        String[] relative = {r1, r2, r3};
        for (int n = 1; n <= 3; n++) {
            if (relative[n - 1] == null) {
                continue;
            }
            v.put("referee" + n + "-name", "Referee " + n);
            v.put("referee" + n + "-email", "r" + n + "@example.com");
            v.put("referee" + n + "-relationship", "Friend");
            v.put("referee" + n + "-relative", relative[n - 1]);
        }
        return v;
    }

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(Problem::messageKey).toList();
    }

    @Test
    void three_referees_with_one_relative_are_accepted() {
        assertEquals(List.of(), RegistrationSection.REFEREES.validate(referees("yes", "no", "no"), TODAY));
    }

    @Test
    void two_relatives_among_the_referees_are_refused() {
        var problems = RegistrationSection.REFEREES.validate(referees("yes", "no", "yes"), TODAY);
        assertEquals(List.of(new Problem("referee1-relative", "registration.referees.relatives")), problems);
    }

    @Test
    void two_referees_are_not_enough_and_the_message_points_at_the_blank_one() {
        var problems = RegistrationSection.REFEREES.validate(referees("no", null, "no"), TODAY);
        assertEquals(List.of(new Problem("referee2-name", "registration.referees.three")), problems);
    }

    @Test
    void a_referee_needs_an_email_or_a_phone_number_and_a_half_filled_referee_needs_the_rest() {
        var v = referees("no", "no", "no");
        v.remove("referee3-email");
        v.remove("referee2-relative");
        var problems = RegistrationSection.REFEREES.validate(v, TODAY);
        assertEquals(List.of("registration.referee.relative.required", "registration.referee.contact.required"),
                keys(problems));
        assertEquals("referee3-email", problems.get(1).field());
    }

    @Test
    void an_applicant_must_be_21_or_over_and_a_second_applicant_is_optional() {
        Map<String, String> v = new HashMap<>(Map.of("applicant1-name", "Ann Able", "applicant1-dateOfBirth", "16 3 2006",
                "applicant1-email", "ann@example.com", "applicant1-phone", "020 7946 0000"));
        assertEquals(List.of(new Problem("applicant1-dateOfBirth", "registration.applicant.dateOfBirth.under21", List.of(1))),
                RegistrationSection.APPLICANTS.validate(v, TODAY));
        v.put("applicant1-dateOfBirth", "15 3 2006");
        assertEquals(List.of(), RegistrationSection.APPLICANTS.validate(v, TODAY));
        v.put("applicant2-name", "Bo Able");
        assertEquals(List.of("registration.applicant.dateOfBirth.required", "registration.applicant.email.required",
                "registration.applicant.phone.required"), keys(RegistrationSection.APPLICANTS.validate(v, TODAY)));
    }

    @Test
    void a_date_of_birth_in_the_future_is_not_in_the_past_and_bad_emails_and_phones_are_format_problems() {
        var v = Map.of("applicant1-name", "Ann", "applicant1-dateOfBirth", "1 1 2030",
                "applicant1-email", "ann@example", "applicant1-phone", "12");
        assertEquals(List.of("registration.applicant.dateOfBirth.past", "registration.applicant.email.format",
                "registration.applicant.phone.format"), keys(RegistrationSection.APPLICANTS.validate(v, TODAY)));
    }

    @Test
    void a_date_typed_in_three_boxes_is_stored_as_day_month_year_and_a_missing_part_is_named_on_its_box() {
        Map<String, List<String>> form = new HashMap<>(Map.of("applicant1-name", List.of("Ann"),
                "applicant1-dateOfBirth-day", List.of("07"), "applicant1-dateOfBirth-month", List.of(" 03 "),
                "applicant1-dateOfBirth-year", List.of("1985")));
        assertEquals("7 3 1985", RegistrationSection.APPLICANTS.read(form).get("applicant1-dateOfBirth"));

        form.put("applicant1-dateOfBirth-month", List.of(""));
        Map<String, String> typed = RegistrationSection.APPLICANTS.read(form);
        assertEquals("", typed.get("applicant1-dateOfBirth-month"));
        assertEquals("07", typed.get("applicant1-dateOfBirth-day"), "what was typed is kept to show again");
        assertTrue(RegistrationSection.APPLICANTS.validate(typed, TODAY)
                .contains(new Problem("applicant1-dateOfBirth-month", "registration.applicant.dateOfBirth.missingMonth", List.of(1))));
    }

    @Test
    void removing_an_adult_moves_the_later_ones_up_so_the_keys_stay_contiguous() {
        Map<String, String> v = Map.of("adult1-name", "Gus", "adult2-name", "Cara", "adult2-dateOfBirth", "2 1 1950",
                "adult3-name", "Uma", "adult3-dateOfBirth", "3 1 1950", "child1-name", "Kid");
        assertEquals(Map.of("adult1-name", "Gus", "adult2-name", "Uma", "adult2-dateOfBirth", "3 1 1950",
                "child1-name", "Kid"), RegistrationSection.HOUSEHOLD.remove(v, "adult2"));
        assertEquals(Map.of("adult1-name", "Uma", "child1-name", "Kid"),
                RegistrationSection.HOUSEHOLD.compact(Map.of("adult3-name", "Uma", "child1-name", "Kid")),
                "a gap left by an older draft closes too");
        assertEquals(List.of("adult", "child"), RegistrationSection.HOUSEHOLD.repeating());
        assertEquals(List.of(), RegistrationSection.REFEREES.repeating(), "referees stay exactly three");
        assertEquals(3, RegistrationSection.HOUSEHOLD.most("adult"));
        assertEquals(6, RegistrationSection.ADDRESSES.most("address"));
    }

    @Test
    void addresses_must_cover_five_years_and_gaps_must_be_explained() {
        Map<String, String> v = new HashMap<>(Map.of("address1-address", "1 High Street", "address1-from", "1 6 2024"));
        assertEquals(List.of(new Problem("address1-from", "registration.addresses.fiveYears")),
                RegistrationSection.ADDRESSES.validate(v, TODAY));
        v.putAll(Map.of("address2-address", "2 Low Road", "address2-from", "1 1 2020", "address2-to", "1 3 2024"));
        assertEquals(List.of(new Problem("addressGaps-explanation", "registration.addresses.gap")),
                RegistrationSection.ADDRESSES.validate(v, TODAY));
        v.put("addressGaps-explanation", "Travelling");
        assertEquals(List.of(), RegistrationSection.ADDRESSES.validate(v, TODAY));
        v.put("address2-to", "1 1 2019");
        assertEquals(List.of(new Problem("address2-to", "registration.address.to.beforeFrom", List.of(2))),
                RegistrationSection.ADDRESSES.validate(v, TODAY));
        v.remove("address2-to");
        assertEquals(List.of(new Problem("address2-to", "registration.address.to.required", List.of(2))),
                RegistrationSection.ADDRESSES.validate(v, TODAY));
    }

    @Test
    void health_details_are_needed_after_yes_and_dropped_after_no() {
        Map<String, String> v = new HashMap<>(Map.of("healthCondition-answer", "yes", "healthMental-answer", "no",
                "healthTreatment-answer", "no", "healthMental-details", "kept?"));
        assertEquals(List.of(new Problem("healthCondition-details", "registration.healthCondition.details.required")),
                RegistrationSection.HEALTH.validate(v, TODAY));
        v.put("healthCondition-details", "Asthma");
        assertEquals(List.of(), RegistrationSection.HEALTH.validate(v, TODAY));
        var saved = RegistrationAnswers.empty().with(RegistrationSection.HEALTH, v);
        assertEquals("Asthma", saved.get("healthCondition-details"));
        assertEquals("", saved.get("healthMental-details"), "details of a no are not kept");
    }

    @Test
    void consent_and_the_declaration_are_both_required() {
        assertEquals(List.of("registration.consent.checks.required", "registration.consent.declaration.required"),
                keys(RegistrationSection.CONSENT.validate(Map.of(), TODAY)));
        assertEquals(List.of("registration.consent.declaration.required"),
                keys(RegistrationSection.CONSENT.validate(Map.of("consent-checks", "yes"), TODAY)));
    }

    @Test
    void previous_partners_employer_and_household_may_be_left_blank() {
        assertEquals(List.of(), RegistrationSection.PREVIOUS_PARTNERS.validate(Map.of(), TODAY));
        assertEquals(List.of(), RegistrationSection.EMPLOYER.validate(Map.of(), TODAY));
        assertEquals(List.of(), RegistrationSection.HOUSEHOLD.validate(Map.of(), TODAY));
        assertEquals(List.of("registration.adult.dateOfBirth.required", "registration.adult.relationship.required",
                "registration.child.age.format"), keys(RegistrationSection.HOUSEHOLD.validate(
                Map.of("adult1-name", "Gran", "child1-name", "Kid", "child1-age", "seven"), TODAY)));
    }

    @Test
    void a_form_is_read_trimmed_with_unknown_fields_ignored_and_answers_survive_storage() {
        var read = RegistrationSection.EMPLOYER.read(Map.of("employer-name", List.of("  Acme \r\n"),
                "employer-contact", List.of(""), "applicant1-name", List.of("sneaky")));
        assertEquals(Map.of("employer-name", "Acme"), read);
        var answers = RegistrationAnswers.empty().with(RegistrationSection.EMPLOYER, read)
                .with(RegistrationSection.REFEREES, referees("no", "no", "no"));
        var back = RegistrationAnswers.decode(answers.encode());
        assertEquals(answers, back);
        assertTrue(back.isSaved(RegistrationSection.EMPLOYER));
        assertFalse(back.isSaved(RegistrationSection.CONSENT));
    }

    @Test
    void a_section_is_completed_only_when_saved_and_still_valid() {
        var answers = RegistrationAnswers.empty();
        assertEquals(RegistrationAnswers.Status.NOT_STARTED, answers.status(RegistrationSection.EMPLOYER, TODAY));
        answers = answers.with(RegistrationSection.EMPLOYER, Map.of());
        assertEquals(RegistrationAnswers.Status.COMPLETED, answers.status(RegistrationSection.EMPLOYER, TODAY));
        assertEquals(RegistrationSection.APPLICANTS, answers.firstIncomplete(TODAY).orElseThrow());
        answers = answers.with(RegistrationSection.APPLICANTS, Map.of("applicant1-name", "Ann", "applicant1-dateOfBirth",
                "16 3 2006", "applicant1-email", "a@example.com", "applicant1-phone", "020 7946 0000"));
        assertEquals(RegistrationAnswers.Status.IN_PROGRESS, answers.status(RegistrationSection.APPLICANTS, TODAY));
        assertEquals(RegistrationAnswers.Status.COMPLETED,
                answers.status(RegistrationSection.APPLICANTS, TODAY.plusDays(1)), "a birthday makes it valid");
    }
}
