package uk.frontdoor.core.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.action.Wording;
import uk.frontdoor.core.calendar.TypedDate;

/** What a support outcome needs said before anything is written. */
class SupportChoiceTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 10);
    private static final List<Long> TEAM = List.of(7L, 8L);

    private static Map<String, String> problems(SupportChoice choice) {
        return choice.problems(TODAY, TEAM).stream().collect(Collectors.toMap(Problem::field, Problem::messageKey));
    }

    private static SupportChoice assessment(Long worker, TypedDate on, String plan) {
        return new SupportChoice(SupportOutcome.ASSESSMENT, "", "", worker, on, plan, null, "", "");
    }

    private static SupportChoice referral(TypedDate on, String to) {
        return new SupportChoice(SupportOutcome.REFERRED_TO_COUNCIL, "", "", null, null, "", on, to, "");
    }

    @Test
    void an_outcome_must_be_chosen_and_what_it_needs_given() {
        assertEquals(Map.of("supportOutcome", "staff.supportOutcome.error.choose"),
                problems(new SupportChoice(null, "", "", null, null, "", null, "", "")));
        assertEquals(Map.of("advice", "staff.supportOutcome.error.advice"),
                problems(new SupportChoice(SupportOutcome.ADVICE_GIVEN, " ", "", null, null, "", null, "", "")));
        assertEquals(Map.of("reason", "staff.supportOutcome.error.tooLong"),
                problems(new SupportChoice(SupportOutcome.CLOSED, "", "", null, null, "", null, "", "r".repeat(2001))));
    }

    @Test
    void an_assessment_needs_a_worker_of_the_team_a_past_date_and_a_plan() {
        assertTrue(problems(assessment(7L, new TypedDate("2", "6", "2025"), "Apply to the fund")).isEmpty());
        assertEquals(Map.of("worker", "staff.supportOutcome.error.worker", "assessedOn",
                        "staff.supportOutcome.assessedOn.required", "plan", "staff.supportOutcome.error.plan"),
                problems(assessment(99L, TypedDate.blank(), "")), "someone outside the team is refused");
        assertEquals("staff.supportOutcome.assessedOn.incomplete",
                problems(assessment(7L, new TypedDate("2", "", "2025"), "p")).get("assessedOn"));
        assertEquals("staff.supportOutcome.assessedOn.real",
                problems(assessment(7L, new TypedDate("31", "2", "2025"), "p")).get("assessedOn"));
        assertEquals("staff.supportOutcome.assessedOn.future",
                problems(assessment(7L, new TypedDate("11", "6", "2025"), "p")).get("assessedOn"));
    }

    @Test
    void a_referral_needs_when_and_to_whom() {
        assertEquals(Map.of("referredOn", "staff.supportOutcome.referredOn.required",
                "referredTo", "staff.supportOutcome.error.referredTo"), problems(referral(TypedDate.blank(), "")));
        assertEquals(Wording.of("staff.history.referred", "2025-06-02", "Merton MASH"),
                referral(new TypedDate("2", "6", "2025"), " Merton MASH ").said(""));
    }
}
