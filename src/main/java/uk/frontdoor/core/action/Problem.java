package uk.frontdoor.core.action;

import java.util.List;

/**
 * Something wrong with what a person typed or asked for: the field it is about (the id the error summary links to)
 * and the message code that says what to do, with the values the message names.
 */
public record Problem(String field, String messageKey, List<Object> args) {

    public Problem {
        args = List.copyOf(args);
    }

    public Problem(String field, String messageKey) {
        this(field, messageKey, List.of());
    }
}
