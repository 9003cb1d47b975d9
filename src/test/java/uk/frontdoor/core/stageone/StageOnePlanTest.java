package uk.frontdoor.core.stageone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.registration.RegistrationAnswers;
import uk.frontdoor.core.registration.RegistrationSection;
import uk.frontdoor.core.stageone.StageOnePlan.Planned;

class StageOnePlanTest {
    @Test
    void a_couple_with_a_grandparent_at_home_get_three_dbs_checks_and_each_referee_by_name() {
        RegistrationAnswers answers = RegistrationAnswers.empty()
                .with(RegistrationSection.APPLICANTS, Map.of("applicant1-name", "Ivy Invited", "applicant2-name", "Jo Partner"))
                .with(RegistrationSection.HOUSEHOLD, Map.of("adult1-name", "Gus Gran"))
                .with(RegistrationSection.REFEREES, Map.of("referee1-name", "Ria One", "referee2-name", "Sam Two",
                        "referee3-name", "Tom Three"));
        assertEquals(List.of(
                new Planned(CheckKind.DBS, "Ivy Invited"), new Planned(CheckKind.DBS, "Jo Partner"),
                new Planned(CheckKind.DBS, "Gus Gran"),
                new Planned(CheckKind.LOCAL_AUTHORITY, null), new Planned(CheckKind.GP_HEALTH_REPORT, null),
                new Planned(CheckKind.REFERENCE, "Ria One"), new Planned(CheckKind.REFERENCE, "Sam Two"),
                new Planned(CheckKind.REFERENCE, "Tom Three"),
                new Planned(CheckKind.PREPARATION_TRAINING, null), new Planned(CheckKind.INITIAL_HOME_VISIT, null)),
                StageOnePlan.checksFor(answers));
    }

    @Test
    void a_single_applicant_living_alone_gets_one_dbs_check_and_still_three_references() {
        RegistrationAnswers answers = RegistrationAnswers.empty()
                .with(RegistrationSection.APPLICANTS, Map.of("applicant1-name", "Ivy Invited"));
        List<Planned> plan = StageOnePlan.checksFor(answers);
        assertEquals(1, plan.stream().filter(p -> p.kind() == CheckKind.DBS).count());
        assertEquals(3, plan.stream().filter(p -> p.kind() == CheckKind.REFERENCE).count());
        assertEquals(8, plan.size());
    }
}
