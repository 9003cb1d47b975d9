package uk.frontdoor.web.form;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.calendar.TypedDate;

/**
 * The errors on a form, in page order: each field's id and the message that explains it, a key with the values it
 * names ("Enter referee {0}’s full name" and 2). Templates render the GOV.UK error summary from {@link #summary()}
 * and each inline message from {@link #message}, both through {@code #messages.msgWithParams(e.key, e.values)}.
 */
public final class FormErrors {
    private final Map<String, Error> byField = new LinkedHashMap<>();

    /** One field's message: its key and the values the message names (none for most). */
    public record Error(String field, String key, Object[] values) {
    }

    /** The problems a core action refused with, in the order it found them. */
    public static FormErrors of(List<Problem> problems) {
        FormErrors errors = new FormErrors();
        problems.forEach(p -> errors.add(p.field(), p.messageKey(), p.args()));
        return errors;
    }

    public FormErrors add(String field, String messageKey) {
        return add(field, messageKey, List.of());
    }

    public FormErrors add(String field, String messageKey, List<?> values) {
        byField.putIfAbsent(field, new Error(field, messageKey, values.toArray()));
        return this;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The message key of the field's error, or null. */
    public String get(String field) {
        Error error = byField.get(field);
        return error == null ? null : error.key();
    }

    /** The field's error with its values, or null. */
    public Error message(String field) {
        return byField.get(field);
    }

    /**
     * The error of a GOV.UK date input, whichever of its three boxes it is on (the summary links to the box that is
     * wrong: {@code name}, {@code name-month} or {@code name-year}); null when there is none.
     */
    public Error dateMessage(String name) {
        return Arrays.stream(TypedDate.Part.values()).map(part -> byField.get(part.id(name)))
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    public List<Error> summary() {
        return List.copyOf(byField.values());
    }
}
