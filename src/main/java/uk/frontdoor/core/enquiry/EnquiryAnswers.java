package uk.frontdoor.core.enquiry;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.frontdoor.core.questions.Answers;
import uk.frontdoor.core.questions.DraftText;
import uk.frontdoor.core.questions.Question;

/**
 * The answers of an enquiry, as a draft or as one page's submission: each field's values, and which
 * pages have been answered (an optional page answered with nothing still counts as answered). Immutable.
 * A draft is stored as one url-encoded text, so that adding a question needs no schema change.
 */
public final class EnquiryAnswers implements Answers {
    private final Map<String, List<String>> values;
    private final Set<EnquiryStep> answered;

    private EnquiryAnswers(Map<String, List<String>> values, Set<EnquiryStep> answered) {
        this.values = Collections.unmodifiableMap(values);
        this.answered = Collections.unmodifiableSet(answered);
    }

    public static EnquiryAnswers empty() {
        return new EnquiryAnswers(new LinkedHashMap<>(), EnumSet.noneOf(EnquiryStep.class));
    }

    public static EnquiryAnswers of(Map<String, List<String>> values) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                copy.put(k, List.copyOf(v));
            }
        });
        return new EnquiryAnswers(copy, EnumSet.noneOf(EnquiryStep.class));
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

    /** The value, or null when there is none: for nullable columns. */
    public String orNull(String field) {
        String v = get(field);
        return v.isEmpty() ? null : v;
    }

    public boolean isAnswered(EnquiryStep step) {
        return answered.contains(step);
    }

    /**
     * These answers with a page's answers replaced by {@code page}'s, and that page marked answered. An
     * answer to a question that is no longer asked (a partner's name after "on my own") is dropped.
     */
    public EnquiryAnswers with(EnquiryStep step, EnquiryAnswers page) {
        Map<String, List<String>> merged = new LinkedHashMap<>(values);
        for (Question q : step.questions()) {
            merged.remove(q.name());
            if (q.isAsked(page) && !page.all(q.name()).isEmpty()) {
                merged.put(q.name(), page.all(q.name()));
            }
        }
        EnumSet<EnquiryStep> steps = answered.isEmpty() ? EnumSet.noneOf(EnquiryStep.class) : EnumSet.copyOf(answered);
        steps.add(step);
        return new EnquiryAnswers(merged, steps);
    }

    /** These answers with a page's answers removed and the page marked answered ("Skip these questions"). */
    public EnquiryAnswers skip(EnquiryStep step) {
        return with(step, empty());
    }

    public String encode() {
        return DraftText.encode(values, answered.stream().map(EnquiryStep::slug).toList());
    }

    public static EnquiryAnswers decode(String encoded) {
        DraftText text = DraftText.decode(encoded);
        EnumSet<EnquiryStep> steps = EnumSet.noneOf(EnquiryStep.class);
        text.answered().forEach(slug -> EnquiryStep.bySlug(slug).ifPresent(steps::add));
        return new EnquiryAnswers(new LinkedHashMap<>(text.values()), steps);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EnquiryAnswers other && values.equals(other.values) && answered.equals(other.answered);
    }

    @Override
    public int hashCode() {
        return values.hashCode() * 31 + answered.hashCode();
    }

    @Override
    public String toString() {
        return "EnquiryAnswers" + answered; // never the values: they are personal data
    }
}
