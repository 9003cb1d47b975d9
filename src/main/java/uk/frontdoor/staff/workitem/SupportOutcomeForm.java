package uk.frontdoor.staff.workitem;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.frontdoor.core.work.SupportChoice;
import uk.frontdoor.core.work.SupportOutcome;
import uk.frontdoor.web.form.FormData;

/**
 * The support outcome form of a support request's page read into a {@link SupportChoice}, keeping what was typed to
 * show again beside a refusal. What the choice must hold is core's rule.
 */
record SupportOutcomeForm(SupportChoice choice, int version, Map<String, String> typed) {
    static final List<String> FIELDS = List.of("supportOutcome", "advice", "agency", "worker", "assessedOn-day",
            "assessedOn-month", "assessedOn-year", "plan", "referredOn-day", "referredOn-month", "referredOn-year",
            "referredTo", "reason");

    static SupportOutcomeForm read(FormData form) {
        Map<String, String> typed = new LinkedHashMap<>();
        FIELDS.forEach(f -> typed.put(f, form.get(f).strip()));
        SupportOutcome outcome = Arrays.stream(SupportOutcome.values())
                .filter(o -> o.name().equals(typed.get("supportOutcome"))).findFirst().orElse(null);
        long worker = ItemForms.id(typed.get("worker"));
        return new SupportOutcomeForm(new SupportChoice(outcome, typed.get("advice"), typed.get("agency"),
                worker < 0 ? null : worker, form.date("assessedOn"), typed.get("plan"), form.date("referredOn"),
                typed.get("referredTo"), typed.get("reason")), ItemForms.version(form), typed);
    }
}
