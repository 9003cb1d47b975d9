package uk.frontdoor.core.action;

import java.util.List;

/**
 * Words a page shows, kept as a message code of the bundles and the values it names (a person's name, a date, what
 * they typed), never as composed text: the page renders them in its own language.
 */
public record Wording(String code, List<String> args) {

    public Wording {
        args = List.copyOf(args);
    }

    public static Wording of(String code, String... args) {
        return new Wording(code, List.of(args));
    }
}
