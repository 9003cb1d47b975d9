package uk.frontdoor.web.form;

import io.netty.handler.codec.http.QueryStringDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import uk.frontdoor.core.calendar.TypedDate;

/** The fields of a submitted form ({@code application/x-www-form-urlencoded}), each with all its values. */
public record FormData(Map<String, List<String>> fields) {
    /** Generous, and far above any real answer: bounds the work a hostile body can cause. */
    static final int MAX_FIELDS = 200;

    public static FormData parse(String body) {
        if (body == null || body.isEmpty()) {
            return new FormData(Map.of());
        }
        QueryStringDecoder decoder = new QueryStringDecoder(body, StandardCharsets.UTF_8, false, MAX_FIELDS);
        return new FormData(decoder.parameters());
    }

    /** The first value, trimmed; empty when absent. */
    public String get(String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0).trim();
    }

    /** The first value exactly as sent (a password: spaces at either end are part of it); empty when absent. */
    public String untrimmed(String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }

    /**
     * The three boxes of the GOV.UK date input named {@code name} ({@code <name>-day}, {@code -month}, {@code -year}),
     * as typed; {@link TypedDate#read} says whether they make a date.
     */
    public TypedDate date(String name) {
        return new TypedDate(get(name + "-day"), get(name + "-month"), get(name + "-year"));
    }

    /** Every non-blank value, trimmed (checkboxes). */
    public List<String> all(String name) {
        List<String> values = fields.get(name);
        return values == null ? List.of() : values.stream().map(String::trim).filter(v -> !v.isEmpty()).toList();
    }
}
