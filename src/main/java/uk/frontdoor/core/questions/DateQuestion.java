package uk.frontdoor.core.questions;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.frontdoor.core.action.Problem;

/**
 * A date asked as GOV.UK date input: three fields {@code <name>-day}, {@code <name>-month} and
 * {@code <name>-year}. A date must be real (30 February is not), have a four-digit year after 1900,
 * and not be in the future. Error keys: {@code <form>.<name>.required}, {@code .incomplete}, {@code .real},
 * {@code .future}. A problem is reported against {@code <name>}, the id of the day field.
 */
public record DateQuestion(String name, boolean answerRequired) {
    private static final int EARLIEST_YEAR = 1900;

    public static DateQuestion optional(String name) {
        return new DateQuestion(name, false);
    }

    public static DateQuestion required(String name) {
        return new DateQuestion(name, true);
    }

    public String day() {
        return name + "-day";
    }

    public String month() {
        return name + "-month";
    }

    public String year() {
        return name + "-year";
    }

    /** The three fields as text questions, for reading and storing what was typed. */
    public List<Question> parts() {
        return List.of(Question.text(day(), 2), Question.text(month(), 2), Question.text(year(), 4));
    }

    public boolean isBlank(Answers answers) {
        return answers.get(day()).isEmpty() && answers.get(month()).isEmpty() && answers.get(year()).isEmpty();
    }

    /** The date, when the three fields make a real one. */
    public Optional<LocalDate> value(Answers answers) {
        try {
            int y = Integer.parseInt(answers.get(year()));
            if (y < EARLIEST_YEAR || answers.get(year()).length() != 4) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(y, Integer.parseInt(answers.get(month())),
                    Integer.parseInt(answers.get(day()))));
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }

    public void check(Answers answers, LocalDate today, String form, List<Problem> problems) {
        if (isBlank(answers)) {
            if (answerRequired) {
                problems.add(problem(form, "required"));
            }
            return;
        }
        if (answers.get(day()).isEmpty() || answers.get(month()).isEmpty() || answers.get(year()).isEmpty()) {
            problems.add(problem(form, "incomplete"));
            return;
        }
        Optional<LocalDate> date = value(answers);
        if (date.isEmpty()) {
            problems.add(problem(form, "real"));
        } else if (date.get().isAfter(today)) {
            problems.add(problem(form, "future"));
        }
    }

    public List<String> messageKeys(String form) {
        List<String> keys = new java.util.ArrayList<>(List.of(key(form, "incomplete"), key(form, "real"),
                key(form, "future")));
        if (answerRequired) {
            keys.add(key(form, "required"));
        }
        return keys;
    }

    private Problem problem(String form, String rule) {
        return new Problem(name, key(form, rule));
    }

    private String key(String form, String rule) {
        return form + "." + name + "." + rule;
    }
}
