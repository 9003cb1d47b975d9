package uk.frontdoor.core.journey;

import java.util.List;

/**
 * Words a page shows beside a journey's history line, kept as a message code of the bundles and the values it names
 * (a reference, a date), never as composed text: the page renders them in its own language.
 */
public record Wording(String code, List<String> args) {

    public Wording {
        args = List.copyOf(args);
    }

    public static Wording of(String code, String... args) {
        return new Wording(code, List.of(args));
    }
}
