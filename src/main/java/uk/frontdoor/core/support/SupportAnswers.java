package uk.frontdoor.core.support;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.frontdoor.core.questions.Answers;
import uk.frontdoor.core.questions.DraftText;
import uk.frontdoor.core.questions.Question;

/** The answers of a support request, as a draft or as one page's submission. Immutable. */
public final class SupportAnswers implements Answers {
    private final Map<String, List<String>> values;
    private final Set<SupportStep> answered;

    private SupportAnswers(Map<String, List<String>> values, Set<SupportStep> answered) {
        this.values = Collections.unmodifiableMap(values);
        this.answered = Collections.unmodifiableSet(answered);
    }

    public static SupportAnswers empty() {
        return new SupportAnswers(new LinkedHashMap<>(), EnumSet.noneOf(SupportStep.class));
    }

    public static SupportAnswers of(Map<String, List<String>> values) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                copy.put(k, List.copyOf(v));
            }
        });
        return new SupportAnswers(copy, EnumSet.noneOf(SupportStep.class));
    }

    @Override
    public String get(String field) {
        List<String> v = values.get(field);
        return v == null || v.isEmpty() ? "" : v.get(0);
    }

    @Override
    public List<String> all(String field) {
        return values.getOrDefault(field, List.of());
    }

    public String orNull(String field) {
        String v = get(field);
        return v.isEmpty() ? null : v;
    }

    public boolean isAnswered(SupportStep step) {
        return answered.contains(step);
    }

    /** These answers with a page's answers replaced by {@code page}'s (dropping questions no longer asked). */
    public SupportAnswers with(SupportStep step, SupportAnswers page) {
        Map<String, List<String>> merged = new LinkedHashMap<>(values);
        for (Question q : step.fields()) {
            merged.remove(q.name());
            if (q.isAsked(page) && !page.all(q.name()).isEmpty()) {
                merged.put(q.name(), page.all(q.name()));
            }
        }
        EnumSet<SupportStep> steps = answered.isEmpty() ? EnumSet.noneOf(SupportStep.class) : EnumSet.copyOf(answered);
        steps.add(step);
        return new SupportAnswers(merged, steps);
    }

    public String encode() {
        return DraftText.encode(values, answered.stream().map(SupportStep::slug).toList());
    }

    public static SupportAnswers decode(String encoded) {
        DraftText text = DraftText.decode(encoded);
        EnumSet<SupportStep> steps = EnumSet.noneOf(SupportStep.class);
        text.answered().forEach(slug -> SupportStep.bySlug(slug).ifPresent(steps::add));
        return new SupportAnswers(new LinkedHashMap<>(text.values()), steps);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SupportAnswers other && values.equals(other.values) && answered.equals(other.answered);
    }

    @Override
    public int hashCode() {
        return values.hashCode() * 31 + answered.hashCode();
    }

    @Override
    public String toString() {
        return "SupportAnswers" + answered; // never the values: they are personal data
    }
}
