package uk.frontdoor.core.stageone;

import java.util.ArrayList;
import java.util.List;
import uk.frontdoor.core.registration.RegistrationAnswers;

/**
 * Which checks Stage One needs for a household, read from its Registration of Interest: an enhanced DBS check for
 * each adult (the applicants and every other adult in the household), local authority checks, a GP health report,
 * each of the three referees by name, preparation training and the initial home visit.
 */
public final class StageOnePlan {
    private static final int APPLICANTS = 2;
    private static final int OTHER_ADULTS = 3;
    private static final int REFEREES = 3;

    private StageOnePlan() {
    }

    /** One check to open: its kind and whom it is about ({@code null} when it is about the household). */
    public record Planned(CheckKind kind, String subject) {
    }

    public static List<Planned> checksFor(RegistrationAnswers answers) {
        List<Planned> plan = new ArrayList<>();
        for (int n = 1; n <= APPLICANTS; n++) {
            named(answers, "applicant" + n).ifPresent(name -> plan.add(new Planned(CheckKind.DBS, name)));
        }
        for (int n = 1; n <= OTHER_ADULTS; n++) {
            named(answers, "adult" + n).ifPresent(name -> plan.add(new Planned(CheckKind.DBS, name)));
        }
        plan.add(new Planned(CheckKind.LOCAL_AUTHORITY, null));
        plan.add(new Planned(CheckKind.GP_HEALTH_REPORT, null));
        for (int n = 1; n <= REFEREES; n++) {
            String name = answers.get("referee" + n + "-name").strip();
            plan.add(new Planned(CheckKind.REFERENCE, name.isEmpty() ? null : name));
        }
        plan.add(new Planned(CheckKind.PREPARATION_TRAINING, null));
        plan.add(new Planned(CheckKind.INITIAL_HOME_VISIT, null));
        return plan;
    }

    private static java.util.Optional<String> named(RegistrationAnswers answers, String prefix) {
        String name = answers.get(prefix + "-name").strip();
        return name.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(name);
    }
}
