package uk.frontdoor.staff.workitem;

import java.util.Arrays;
import uk.frontdoor.core.work.TriageChoice;
import uk.frontdoor.core.work.TriageOutcome;
import uk.frontdoor.web.form.FormData;

/**
 * The triage outcome form read into a {@link TriageChoice} (an outcome not in the list is none; a team that is not a
 * number is none) and the version of the item the person saw. What the choice must hold is core's rule.
 */
record OutcomeForm(TriageChoice choice, String rerouteTeam, int version) {

    static OutcomeForm read(FormData form) {
        TriageOutcome outcome = Arrays.stream(TriageOutcome.values())
                .filter(o -> o.name().equals(form.get("outcome"))).findFirst().orElse(null);
        long team = ItemForms.id(form.get("rerouteTeam"));
        return new OutcomeForm(new TriageChoice(outcome, form.get("agency"), form.get("reason"),
                form.get("otherReference"), team < 0 ? null : team), form.get("rerouteTeam"), ItemForms.version(form));
    }

    ItemAnswers answers() {
        return new ItemAnswers("", "", "", choice.outcome() == null ? "" : choice.outcome().name(), choice.agency(),
                choice.reason(), choice.otherReference(), rerouteTeam);
    }
}
