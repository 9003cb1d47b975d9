package uk.frontdoor.staff.workitem;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.questions.Answers;
import uk.frontdoor.core.questions.DateQuestion;
import uk.frontdoor.core.work.SupportOutcome;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;

/**
 * The support outcome form of a support request's page: the outcome and what must be said with it
 * (the advice, the agency, the worker with the assessment date and plan, when and to whom it was referred,
 * or the reason for closing). Error keys are {@code staff.supportOutcome.error.*}.
 */
record SupportOutcomeForm(Optional<SupportOutcome> outcome, int version, Map<String, String> typed) implements Answers {
    static final List<String> FIELDS = List.of("supportOutcome", "advice", "agency", "worker", "assessedOn-day",
            "assessedOn-month", "assessedOn-year", "plan", "referredOn-day", "referredOn-month", "referredOn-year",
            "referredTo", "reason");
    static final DateQuestion ASSESSED_ON = DateQuestion.required("assessedOn");
    static final DateQuestion REFERRED_ON = DateQuestion.required("referredOn");
    private static final int LIMIT = 2000;
    /** The start of the date questions' message keys: {@code staff.supportOutcome.assessedOn.required} and so on. */
    private static final String DATE_MESSAGES = "staff.supportOutcome.";

    static SupportOutcomeForm read(FormData form) {
        Map<String, String> typed = new LinkedHashMap<>();
        FIELDS.forEach(f -> typed.put(f, form.get(f).strip()));
        Optional<SupportOutcome> outcome = Arrays.stream(SupportOutcome.values())
                .filter(o -> o.name().equals(typed.get("supportOutcome"))).findFirst();
        return new SupportOutcomeForm(outcome, ItemForms.version(form), typed);
    }

    @Override
    public String get(String field) {
        return typed.getOrDefault(field, "");
    }

    @Override
    public List<String> all(String field) {
        String v = get(field);
        return v.isEmpty() ? List.of() : List.of(v);
    }

    /** The worker allocated to an assessment, or null. */
    Long worker() {
        return outcome.orElse(null) == SupportOutcome.ASSESSMENT ? ItemForms.id(get("worker")) : null;
    }

    FormErrors check(LocalDate today, List<Long> teamStaff, FormErrors errors) {
        if (outcome.isEmpty()) {
            return errors.add("supportOutcome", "staff.supportOutcome.error.choose");
        }
        switch (outcome.get().needs()) {
            case ADVICE -> text("advice", errors);
            case AGENCY_NAME -> text("agency", errors);
            case REASON -> text("reason", errors);
            case WORKER_DATE_AND_PLAN -> {
                if (!teamStaff.contains(ItemForms.id(get("worker")))) {
                    errors.add("worker", "staff.supportOutcome.error.worker");
                }
                date(ASSESSED_ON, today, errors);
                text("plan", errors);
            }
            case WHEN_AND_TO_WHOM -> {
                date(REFERRED_ON, today, errors);
                text("referredTo", errors);
            }
        }
        return errors;
    }

    /** What is recorded in the history and the audit log with the outcome. */
    String detail(String workerName) {
        return switch (outcome.orElseThrow().needs()) {
            case ADVICE -> get("advice");
            case AGENCY_NAME -> "Signposted to " + get("agency");
            case REASON -> get("reason");
            case WORKER_DATE_AND_PLAN -> "Assessment by " + workerName + " on "
                    + ASSESSED_ON.value(this).orElseThrow() + ". Plan: " + get("plan");
            case WHEN_AND_TO_WHOM -> "Referred on " + REFERRED_ON.value(this).orElseThrow() + " to " + get("referredTo");
        };
    }

    private void text(String field, FormErrors errors) {
        if (get(field).isEmpty()) {
            errors.add(field, "staff.supportOutcome.error." + field);
        } else if (get(field).length() > LIMIT) {
            errors.add(field, "staff.supportOutcome.error.tooLong");
        }
    }

    private void date(DateQuestion date, LocalDate today, FormErrors errors) {
        List<Problem> problems = new java.util.ArrayList<>();
        date.check(this, today, DATE_MESSAGES.substring(0, DATE_MESSAGES.length() - 1), problems);
        problems.forEach(p -> errors.add(p.field(), p.messageKey()));
    }
}
