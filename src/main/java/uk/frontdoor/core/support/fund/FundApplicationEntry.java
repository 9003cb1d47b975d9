package uk.frontdoor.core.support.fund;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.questions.Answers;
import uk.frontdoor.core.questions.DateQuestion;

/**
 * A support fund application as a member of staff typed it, and the rules it must meet before it is kept:
 * <ul>
 *   <li>the date applied: required, a real date, not in the future;</li>
 *   <li>therapy type and provider: required, at most 200 characters;</li>
 *   <li>the amount: pounds (and pence), more than nothing and at most {@link #MAX_PENCE} (a sanity cap
 *       well above the fund's fair-access limit of {@link #FAIR_ACCESS_LIMIT_PENCE} a child, which an
 *       application may exceed with match funding, that catches pence typed as pounds);</li>
 *   <li>the decision: pending, approved or refused; once decided, the decision date is required, real,
 *       not in the future and not before the date applied; while pending it is left blank;</li>
 *   <li>the funded period: start and end required once approved (they may be in the future), the end after
 *       the start.</li>
 * </ul>
 * Message keys start {@code staff.fund.}.
 */
public record FundApplicationEntry(Map<String, String> typed) implements Answers {
    public static final String MESSAGES = "staff.fund";
    public static final int MAX_PENCE = 10_000_00;
    public static final int FAIR_ACCESS_LIMIT_PENCE = 3_000_00;
    private static final int TEXT_LIMIT = 200;
    private static final Pattern AMOUNT = Pattern.compile("£?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?");
    static final DateQuestion APPLIED_ON = DateQuestion.required("appliedOn");
    static final DateQuestion DECIDED_ON = DateQuestion.optional("decidedOn");
    static final DateQuestion STARTS_ON = DateQuestion.optional("startsOn");
    static final DateQuestion ENDS_ON = DateQuestion.optional("endsOn");
    public static final List<String> FIELDS = List.of("appliedOn-day", "appliedOn-month", "appliedOn-year",
            "therapyType", "provider", "amount", "decision", "decidedOn-day", "decidedOn-month", "decidedOn-year",
            "startsOn-day", "startsOn-month", "startsOn-year", "endsOn-day", "endsOn-month", "endsOn-year");

    public FundApplicationEntry {
        typed = Map.copyOf(typed);
    }

    /** Reads the form's fields (missing ones are blank, every value trimmed). */
    public static FundApplicationEntry of(java.util.function.Function<String, String> form) {
        Map<String, String> typed = new LinkedHashMap<>();
        FIELDS.forEach(f -> typed.put(f, Optional.ofNullable(form.apply(f)).orElse("").strip()));
        return new FundApplicationEntry(typed);
    }

    /** The form filled in from an application already kept, for changing it. */
    public static FundApplicationEntry from(FundApplication a) {
        Map<String, String> typed = new LinkedHashMap<>();
        FIELDS.forEach(f -> typed.put(f, ""));
        put(typed, "appliedOn", a.appliedOn());
        put(typed, "decidedOn", a.decidedOn());
        put(typed, "startsOn", a.startsOn());
        put(typed, "endsOn", a.endsOn());
        typed.put("therapyType", a.therapyType());
        typed.put("provider", a.provider());
        typed.put("amount", new BigDecimal(a.amountPence()).movePointLeft(2).toPlainString());
        typed.put("decision", a.decision().name());
        return new FundApplicationEntry(typed);
    }

    private static void put(Map<String, String> typed, String name, LocalDate date) {
        if (date != null) {
            typed.put(name + "-day", String.valueOf(date.getDayOfMonth()));
            typed.put(name + "-month", String.valueOf(date.getMonthValue()));
            typed.put(name + "-year", String.valueOf(date.getYear()));
        }
    }

    @Override
    public String get(String field) {
        return typed.getOrDefault(field, "");
    }

    @Override
    public List<String> all(String field) {
        return get(field).isEmpty() ? List.of() : List.of(get(field));
    }

    /** What is wrong, in the form's order; empty when it can be kept. */
    public List<Problem> problems(LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        APPLIED_ON.check(this, today, MESSAGES, problems);
        text("therapyType", problems);
        text("provider", problems);
        Optional<Integer> pence = amountPence();
        if (get("amount").isEmpty()) {
            problems.add(problem("amount", "required"));
        } else if (pence.isEmpty()) {
            problems.add(problem("amount", "format"));
        } else if (pence.get() <= 0) {
            problems.add(problem("amount", "positive"));
        } else if (pence.get() > MAX_PENCE) {
            problems.add(problem("amount", "tooMuch"));
        }
        Optional<FundDecision> decision = decision();
        if (decision.isEmpty()) {
            problems.add(problem("decision", "required"));
        } else if (decision.get() == FundDecision.PENDING) {
            if (!DECIDED_ON.isBlank(this)) {
                problems.add(problem("decidedOn", "notYet"));
            }
        } else {
            int before = problems.size();
            DECIDED_ON.check(this, today, MESSAGES, problems);
            if (DECIDED_ON.isBlank(this)) {
                problems.add(problem("decidedOn", "required"));
            } else if (problems.size() == before) {
                Optional<LocalDate> applied = APPLIED_ON.value(this);
                if (applied.isPresent() && DECIDED_ON.value(this).orElseThrow().isBefore(applied.get())) {
                    problems.add(problem("decidedOn", "beforeApplied"));
                }
            }
        }
        boolean approved = decision.orElse(null) == FundDecision.APPROVED;
        boolean periodReal = period(STARTS_ON, approved, problems) & period(ENDS_ON, approved, problems);
        if (periodReal && startsOn().isPresent() && endsOn().isPresent() && !endsOn().get().isAfter(startsOn().get())) {
            problems.add(problem("endsOn", "afterStart"));
        }
        return problems;
    }

    /** A date of the funded period: may be in the future; required once approved. True when it is fine. */
    private boolean period(DateQuestion date, boolean required, List<Problem> problems) {
        int before = problems.size();
        if (date.isBlank(this)) {
            if (required) {
                problems.add(new Problem(date.name(), MESSAGES + "." + date.name() + ".required"));
            }
        } else {
            date.check(this, LocalDate.MAX, MESSAGES, problems);
        }
        return problems.size() == before;
    }

    private void text(String field, List<Problem> problems) {
        if (get(field).isEmpty()) {
            problems.add(problem(field, "required"));
        } else if (get(field).length() > TEXT_LIMIT) {
            problems.add(problem(field, "tooLong"));
        }
    }

    private static Problem problem(String field, String rule) {
        return new Problem(field, MESSAGES + "." + field + "." + rule);
    }

    /** The amount in pence, when it is written as money (£1,250.50, 1250.5 or 1250). */
    public Optional<Integer> amountPence() {
        String amount = get("amount").replace(" ", "");
        if (!AMOUNT.matcher(amount).matches() || amount.replaceAll("[^0-9]", "").length() > 9) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(amount.replace("£", "").replace(",", "")).movePointRight(2).intValueExact());
    }

    public Optional<FundDecision> decision() {
        return Arrays.stream(FundDecision.values()).filter(d -> d.name().equals(get("decision"))).findFirst();
    }

    public Optional<LocalDate> appliedOn() {
        return APPLIED_ON.value(this);
    }

    public Optional<LocalDate> decidedOn() {
        return decision().orElse(FundDecision.PENDING) == FundDecision.PENDING ? Optional.empty() : DECIDED_ON.value(this);
    }

    public Optional<LocalDate> startsOn() {
        return STARTS_ON.value(this);
    }

    public Optional<LocalDate> endsOn() {
        return ENDS_ON.value(this);
    }

    /** The application as it will be kept; only for an entry with no problems. */
    public FundApplication application(long id, long supportRequestId, int version) {
        return new FundApplication(id, supportRequestId, appliedOn().orElseThrow(), get("therapyType"), get("provider"),
                amountPence().orElseThrow(), decision().orElseThrow(), decidedOn().orElse(null),
                startsOn().orElse(null), endsOn().orElse(null), version);
    }

    /** Pence as pounds for people: £1,250.00. */
    public static String pounds(int pence) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        return format.format(new BigDecimal(pence).movePointLeft(2));
    }
}
