package uk.frontdoor.core.registration;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.frontdoor.core.action.Problem;

/**
 * A set of answers about one thing, shown as one fieldset: an applicant, another adult, an address, a referee.
 * Repeating things are a fixed number of numbered groups (referee 1, 2, 3), so the pages work as plain forms.
 * An optional group left wholly blank is simply not there; once anything in it is filled in, its required
 * fields are required. Inputs are named {@code <kind><number>-<field>} ({@code referee2-email}).
 */
public record Group(String kind, int number, boolean optional, List<Field> fields) {

    public static Group one(String kind, Field... fields) {
        return new Group(kind, 0, false, List.of(fields));
    }

    public static Group numbered(String kind, int number, boolean optional, Field... fields) {
        return new Group(kind, number, optional, List.of(fields));
    }

    public String prefix() {
        return number > 0 ? kind + number : kind;
    }

    public String input(String field) {
        return prefix() + "-" + field;
    }

    /** The legend's message key; numbered legends take the number as argument ({@code Referee {0}}). */
    public String legendKey() {
        return "registration." + kind + ".legend";
    }

    /**
     * A problem with one of this group's answers. A numbered group's messages name it by its number ("Enter referee
     * {0}’s full name"), so the error summary says which of several people or addresses each problem is about.
     */
    public Problem problem(String input, String messageKey) {
        return new Problem(input, messageKey, number > 0 ? List.of(number) : List.of());
    }

    /** True when nothing of this group is filled in. */
    public boolean isBlank(Map<String, String> values) {
        return fields.stream().allMatch(f -> values.getOrDefault(input(f.name()), "").isEmpty());
    }

    /** True when the group holds answers: a required group always, an optional one when anything is filled in. */
    public boolean isGiven(Map<String, String> values) {
        return !optional || !isBlank(values);
    }

    public String value(Map<String, String> values, String field) {
        return values.getOrDefault(input(field), "");
    }

    void check(Map<String, String> values, LocalDate today, List<Problem> problems) {
        if (!isGiven(values)) {
            return;
        }
        fields.forEach(f -> f.check(this, values, today, problems));
    }
}
