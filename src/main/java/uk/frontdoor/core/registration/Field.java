package uk.frontdoor.core.registration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.calendar.TypedDate;
import uk.frontdoor.core.questions.Question;

/**
 * One answer box of a {@link Group} (a person's name, a date, a yes/no). Its words and error messages are
 * message keys {@code registration.<group kind>.<name>} and {@code registration.<group kind>.<name>.<rule>}.
 *
 * @param onlyWhenYes the name of a YES_NO field of the same group: this field is asked (and required, if it is)
 *                    only when that one is answered "yes" ("give details")
 */
public record Field(String name, Kind kind, boolean answerRequired, int maxLength, String onlyWhenYes) {

    public enum Kind { TEXT, LONG_TEXT, EMAIL, PHONE, DATE, NUMBER, YES_NO, CONFIRM }

    public static final String YES = "yes";
    public static final String NO = "no";

    public static Field of(String name, Kind kind) {
        return new Field(name, kind, false, kind == Kind.LONG_TEXT ? 2000 : 200, null);
    }

    public Field required() {
        return new Field(name, kind, true, maxLength, onlyWhenYes);
    }

    public Field onlyWhenYes(String field) {
        return new Field(name, kind, answerRequired, maxLength, field);
    }

    /** False when the field depends on a "yes" that was not given. */
    public boolean isAsked(Group group, Map<String, String> values) {
        return onlyWhenYes == null || YES.equals(values.get(group.input(onlyWhenYes)));
    }

    void check(Group group, Map<String, String> values, LocalDate today, List<Problem> problems) {
        if (!isAsked(group, values)) {
            return;
        }
        String input = group.input(name);
        String value = values.getOrDefault(input, "");
        if (value.isEmpty()) {
            if (answerRequired) {
                problems.add(group.problem(input, key(group, "required")));
            }
            return;
        }
        if (kind == Kind.DATE) {
            DateRule.fault(dateAnswer(group, values), today).ifPresent(fault ->
                    problems.add(group.problem(fault.part().id(input), key(group, fault.rule()))));
            return;
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            problems.add(group.problem(input, key(group, "tooLong")));
            return;
        }
        boolean fine = switch (kind) {
            case TEXT, LONG_TEXT -> true;
            case EMAIL -> Question.Format.EMAIL.accepts(value);
            case PHONE -> Question.Format.PHONE.accepts(value);
            case DATE -> true; // checked above, part by part
            case NUMBER -> value.matches("[0-9]{1,2}");
            case YES_NO -> YES.equals(value) || NO.equals(value);
            case CONFIRM -> YES.equals(value);
        };
        if (!fine) {
            problems.add(group.problem(input, key(group, kind == Kind.YES_NO || kind == Kind.CONFIRM ? "required" : "format")));
        }
    }

    /** The message keys this field's rules can give. */
    List<String> messageKeys(Group group) {
        List<String> keys = new ArrayList<>();
        if (kind == Kind.DATE) {
            DateRule.RULES.forEach(rule -> keys.add(key(group, rule)));
            return keys;
        }
        keys.add(key(group, "required"));
        if (kind != Kind.YES_NO && kind != Kind.CONFIRM) {
            keys.add(key(group, "tooLong"));
        }
        if (kind == Kind.EMAIL || kind == Kind.PHONE || kind == Kind.NUMBER) {
            keys.add(key(group, "format"));
        }
        return keys;
    }

    /**
     * A DATE field's answer: the three boxes as typed ({@code <input>-day}, {@code -month}, {@code -year}) when
     * the form sent them, else the stored answer split into its parts.
     */
    public TypedDate dateAnswer(Group group, Map<String, String> values) {
        String input = group.input(name);
        if (values.containsKey(input + "-day") || values.containsKey(input + "-month") || values.containsKey(input + "-year")) {
            return new TypedDate(values.get(input + "-day"), values.get(input + "-month"), values.get(input + "-year"));
        }
        return TypedDate.split(values.get(input));
    }

    public String labelKey(Group group) {
        return "registration." + group.kind() + "." + name;
    }

    String key(Group group, String rule) {
        return labelKey(group) + "." + rule;
    }
}
