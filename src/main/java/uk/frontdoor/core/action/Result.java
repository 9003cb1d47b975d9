package uk.frontdoor.core.action;

import java.util.List;

/**
 * What a staff action came to. Every staff action is one core method that takes the acting member of staff and typed
 * values and answers one of these; the web layer only maps it to a page:
 * <ul>
 *   <li>{@link Done}: it happened (or the read found what was asked for); the value is what the page shows next.</li>
 *   <li>{@link NotFound}: there is no such record <em>for this person</em>. Something outside the member's teams is
 *   not found, never "forbidden", so a refusal does not tell anyone that a record exists.</li>
 *   <li>{@link Refused}: nothing changed, because of what was typed or asked; each {@link Problem} names the field
 *   and the message code.</li>
 *   <li>{@link Conflict}: nothing changed, because someone else changed the record first; {@code current} is how it
 *   is now and {@code reason} a short code the page turns into words.</li>
 * </ul>
 */
public sealed interface Result<T> permits Result.Done, Result.NotFound, Result.Refused, Result.Conflict {

    record Done<T>(T value) implements Result<T> {
    }

    record NotFound<T>() implements Result<T> {
    }

    record Refused<T>(List<Problem> problems) implements Result<T> {
        public Refused {
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a refusal names at least one problem");
            }
            problems = List.copyOf(problems);
        }
    }

    record Conflict<T>(T current, String reason) implements Result<T> {
    }

    static <T> Result<T> done(T value) {
        return new Done<>(value);
    }

    static <T> Result<T> notFound() {
        return new NotFound<>();
    }

    static <T> Result<T> refused(List<Problem> problems) {
        return new Refused<>(problems);
    }

    static <T> Result<T> refused(String field, String messageKey) {
        return new Refused<>(List.of(new Problem(field, messageKey)));
    }

    static <T> Result<T> conflict(T current, String reason) {
        return new Conflict<>(current, reason);
    }

    default boolean isDone() {
        return this instanceof Done;
    }
}
