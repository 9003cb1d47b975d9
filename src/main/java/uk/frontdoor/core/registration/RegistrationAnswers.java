package uk.frontdoor.core.registration;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.frontdoor.core.calendar.TypedDate;

/**
 * The answers of a Registration of Interest: each input's value, and which sections have been saved (an
 * optional section saved blank still counts). Immutable. Stored as one url-encoded text, like the enquiry
 * draft, so that a new question needs no schema change.
 */
public final class RegistrationAnswers {
    private static final String SAVED = "_saved";
    private final Map<String, String> values;
    private final Set<RegistrationSection> saved;

    private RegistrationAnswers(Map<String, String> values, Set<RegistrationSection> saved) {
        this.values = Collections.unmodifiableMap(values);
        this.saved = Collections.unmodifiableSet(saved);
    }

    public static RegistrationAnswers empty() {
        return new RegistrationAnswers(new LinkedHashMap<>(), EnumSet.noneOf(RegistrationSection.class));
    }

    public Map<String, String> values() {
        return values;
    }

    public String get(String input) {
        return values.getOrDefault(input, "");
    }

    public boolean isSaved(RegistrationSection section) {
        return saved.contains(section);
    }

    /** These answers with one section's answers replaced by {@code page}, and the section marked saved. */
    public RegistrationAnswers with(RegistrationSection section, Map<String, String> page) {
        Map<String, String> merged = new LinkedHashMap<>(values);
        for (Group g : section.groups()) {
            for (Field f : g.fields()) {
                String input = g.input(f.name());
                merged.remove(input);
                String v = page.getOrDefault(input, "");
                if (!v.isEmpty() && f.isAsked(g, page)) {
                    merged.put(input, v);
                }
                if (f.kind() == Field.Kind.DATE) {
                    keepDateAsTyped(merged, input, v.isEmpty() ? null : f.dateAnswer(g, page));
                }
            }
        }
        EnumSet<RegistrationSection> sections = EnumSet.noneOf(RegistrationSection.class);
        sections.addAll(saved);
        sections.add(section);
        return new RegistrationAnswers(merged, sections);
    }

    /** These answers without any of one section's (what a reader not allowed that section is given). */
    public RegistrationAnswers without(RegistrationSection section) {
        Map<String, String> kept = new LinkedHashMap<>(values);
        for (Group g : section.groups()) {
            for (Field f : g.fields()) {
                String input = g.input(f.name());
                kept.keySet().removeIf(key -> key.equals(input) || key.startsWith(input + "-"));
            }
        }
        return new RegistrationAnswers(kept, saved);
    }

    /**
     * A date that is not a real one (kept by "Add another" or "Remove" before the section is finished) also keeps
     * its three parts as typed, so it shows again as typed; a real date is only its answer ({@code 27 3 1985}).
     */
    private static void keepDateAsTyped(Map<String, String> merged, String input, TypedDate date) {
        List.of("-day", "-month", "-year").forEach(part -> merged.remove(input + part));
        if (date != null && date.date(DateRule.YEARS).isEmpty()) {
            merged.put(input + "-day", date.day());
            merged.put(input + "-month", date.month());
            merged.put(input + "-year", date.year());
        }
    }

    public enum Status { NOT_STARTED, IN_PROGRESS, COMPLETED }

    /** Completed when saved and still valid today (an age or five years move on); in progress when saved but not. */
    public Status status(RegistrationSection section, LocalDate today) {
        if (!isSaved(section)) {
            return Status.NOT_STARTED;
        }
        return section.validate(values, today).isEmpty() ? Status.COMPLETED : Status.IN_PROGRESS;
    }

    /** The first section still to complete; empty when the registration can be checked and sent. */
    public Optional<RegistrationSection> firstIncomplete(LocalDate today) {
        return Arrays.stream(RegistrationSection.values())
                .filter(s -> status(s, today) != Status.COMPLETED).findFirst();
    }

    public String encode() {
        List<String> pairs = new ArrayList<>();
        values.forEach((k, v) -> pairs.add(pair(k, v)));
        saved.forEach(s -> pairs.add(pair(SAVED, s.slug())));
        return String.join("&", pairs);
    }

    public static RegistrationAnswers decode(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        EnumSet<RegistrationSection> sections = EnumSet.noneOf(RegistrationSection.class);
        if (encoded != null && !encoded.isEmpty()) {
            for (String pair : encoded.split("&")) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    continue;
                }
                String k = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
                String v = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                if (SAVED.equals(k)) {
                    RegistrationSection.bySlug(v).ifPresent(sections::add);
                } else {
                    values.put(k, v);
                }
            }
        }
        return new RegistrationAnswers(values, sections);
    }

    private static String pair(String k, String v) {
        return URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegistrationAnswers other && values.equals(other.values) && saved.equals(other.saved);
    }

    @Override
    public int hashCode() {
        return values.hashCode() * 31 + saved.hashCode();
    }

    @Override
    public String toString() {
        return "RegistrationAnswers" + saved; // never the values: they are personal data
    }
}
