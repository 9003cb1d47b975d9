package uk.frontdoor.core.work;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.action.Wording;
import uk.frontdoor.core.calendar.TypedDate;

/**
 * A support worker's outcome as chosen on a support request's page ({@code outcome} null when none was chosen) and
 * what must be said with it: the advice, the agency, the worker with the assessment date and plan, when and to whom
 * it was referred, or the reason for closing. Error keys are {@code staff.supportOutcome.error.*}, and the dates'
 * {@code staff.supportOutcome.<date>.<rule>}.
 */
public record SupportChoice(SupportOutcome outcome, String advice, String agency, Long worker, TypedDate assessedOn,
                            String plan, TypedDate referredOn, String referredTo, String reason) {
    public static final int LIMIT = 2000;
    /** The years a recorded date may be in (and it may not be after today). */
    static final TypedDate.Years YEARS = TypedDate.Years.between(1900, 9999);

    public SupportChoice {
        advice = clean(advice);
        agency = clean(agency);
        plan = clean(plan);
        referredTo = clean(referredTo);
        reason = clean(reason);
        assessedOn = assessedOn == null ? TypedDate.blank() : assessedOn;
        referredOn = referredOn == null ? TypedDate.blank() : referredOn;
    }

    /** The worker an assessment allocates, or null for any other outcome. */
    public Long allocatedWorker() {
        return outcome == SupportOutcome.ASSESSMENT ? worker : null;
    }

    /** What is wrong, given today and who is in the item's team (an assessment's worker must be). */
    public List<Problem> problems(LocalDate today, List<Long> teamStaff) {
        List<Problem> problems = new ArrayList<>();
        if (outcome == null) {
            problems.add(new Problem("supportOutcome", "staff.supportOutcome.error.choose"));
            return problems;
        }
        switch (outcome.needs()) {
            case ADVICE -> text("advice", advice, problems);
            case AGENCY_NAME -> text("agency", agency, problems);
            case REASON -> text("reason", reason, problems);
            case WORKER_DATE_AND_PLAN -> {
                if (worker == null || !teamStaff.contains(worker)) {
                    problems.add(new Problem("worker", "staff.supportOutcome.error.worker"));
                }
                date("assessedOn", assessedOn, today, problems);
                text("plan", plan, problems);
            }
            case WHEN_AND_TO_WHOM -> {
                date("referredOn", referredOn, today, problems);
                text("referredTo", referredTo, problems);
            }
        }
        return problems;
    }

    /** What the history shows beside the outcome: what the person typed, or the bundle's words naming it. */
    public Wording said(String workerName) {
        return switch (outcome.needs()) {
            case ADVICE -> Wording.of("staff.history.said", advice);
            case AGENCY_NAME -> Wording.of("staff.history.signpostedTo", agency);
            case REASON -> Wording.of("staff.history.said", reason);
            case WORKER_DATE_AND_PLAN -> Wording.of("staff.history.assessment", workerName,
                    assessedOn.date(YEARS).orElseThrow().toString(), plan);
            case WHEN_AND_TO_WHOM -> Wording.of("staff.history.referred",
                    referredOn.date(YEARS).orElseThrow().toString(), referredTo);
        };
    }

    private static void text(String field, String value, List<Problem> problems) {
        if (value.isEmpty()) {
            problems.add(new Problem(field, "staff.supportOutcome.error." + field));
        } else if (value.length() > LIMIT) {
            problems.add(new Problem(field, "staff.supportOutcome.error.tooLong"));
        }
    }

    private static void date(String name, TypedDate typed, LocalDate today, List<Problem> problems) {
        TypedDate.Reading reading = typed.read(YEARS);
        String rule = reading instanceof TypedDate.Blank ? "required"
                : reading instanceof TypedDate.Partial ? "incomplete"
                : reading instanceof TypedDate.NotReal ? "real"
                : ((TypedDate.ADate) reading).date().isAfter(today) ? "future" : null;
        if (rule != null) {
            problems.add(new Problem(name, "staff.supportOutcome." + name + "." + rule));
        }
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
