package uk.frontdoor.core.questions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.calendar.TypedDate;

/**
 * A date asked as GOV.UK date input: three fields {@code <name>-day}, {@code <name>-month} and {@code <name>-year},
 * read by {@link TypedDate} within {@link #YEARS}. The asking rules are this question's: required or not, and not in
 * the future. Error keys: {@code <form>.<name>.required}, {@code .incomplete}, {@code .real} (also a year without four
 * digits), {@code .future}. A problem is reported against {@code <name>}, the id of the day field.
 */
public record DateQuestion(String name, boolean answerRequired) {
    /** The years a date may be in: 1900 onwards (a later year than this one is in the future). */
    public static final TypedDate.Years YEARS = TypedDate.Years.between(1900, 9999);

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

    /** The three boxes as typed. */
    public TypedDate typed(Answers answers) {
        return new TypedDate(answers.get(day()), answers.get(month()), answers.get(year()));
    }

    public boolean isBlank(Answers answers) {
        return typed(answers).isBlank();
    }

    /** The date, when the three fields make a real one. */
    public Optional<LocalDate> value(Answers answers) {
        return typed(answers).date(YEARS);
    }

    public void check(Answers answers, LocalDate today, String form, List<Problem> problems) {
        TypedDate.Reading reading = typed(answers).read(YEARS);
        if (reading instanceof TypedDate.Blank) {
            if (answerRequired) {
                problems.add(problem(form, "required"));
            }
        } else if (reading instanceof TypedDate.Partial) {
            problems.add(problem(form, "incomplete"));
        } else if (reading instanceof TypedDate.NotReal) {
            problems.add(problem(form, "real"));
        } else if (reading instanceof TypedDate.ADate date && date.date().isAfter(today)) {
            problems.add(problem(form, "future"));
        }
    }

    public List<String> messageKeys(String form) {
        List<String> keys = new ArrayList<>(List.of(key(form, "incomplete"), key(form, "real"), key(form, "future")));
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
