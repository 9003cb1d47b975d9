package uk.frontdoor.web.form;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.frontdoor.core.action.Problem;

/**
 * The errors on a form, in page order: each field's id and the message key that explains it. Templates
 * render the GOV.UK error summary from {@link #summary()} and each inline message from {@link #get}.
 */
public final class FormErrors {
    private final Map<String, String> byField = new LinkedHashMap<>();

    /** The problems a core action refused with, in the order it found them. */
    public static FormErrors of(List<Problem> problems) {
        FormErrors errors = new FormErrors();
        problems.forEach(p -> errors.add(p.field(), p.messageKey()));
        return errors;
    }

    public FormErrors add(String field, String messageKey) {
        byField.putIfAbsent(field, messageKey);
        return this;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.get(field);
    }

    public List<Map.Entry<String, String>> summary() {
        return List.copyOf(byField.entrySet());
    }

    public Map<String, String> asMap() {
        return Map.copyOf(byField);
    }
}
