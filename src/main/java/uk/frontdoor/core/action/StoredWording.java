package uk.frontdoor.core.action;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * How a {@link Wording} is kept in a history table: its code in one column ({@code detail_code}) and its values as a
 * JSON array of strings in another ({@code detail_args}). Every history table keeps it the same way.
 */
@Singleton
public class StoredWording {
    private final JsonMapper json;

    public StoredWording(JsonMapper json) {
        this.json = json;
    }

    /** The {@code detail_args} column's value, or null when there are no words. */
    public String args(Wording said) {
        if (said == null) {
            return null;
        }
        try {
            return json.writeValueAsString(said.args());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The words of a stored line, or null for a line written before words were kept this way. */
    public Wording read(String code, String args) {
        if (code == null) {
            return null;
        }
        try {
            return new Wording(code, json.readValue(args, Argument.listOf(String.class)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
