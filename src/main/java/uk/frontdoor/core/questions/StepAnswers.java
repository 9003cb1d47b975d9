package uk.frontdoor.core.questions;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The answers of a multi-page form (the enquiry, the support request), as a draft or as one page's submission:
 * each field's values, and which pages ({@code S}) have been answered – an optional page answered with nothing
 * still counts as answered. Immutable. A draft is stored as one url-encoded text, so that adding a question needs
 * no schema change. {@code A} is the concrete class, so that {@link #with} returns it.
 */
public abstract class StepAnswers<S extends Enum<S> & Step, A extends StepAnswers<S, A>> implements Answers {
    private final Class<S> steps;
    private final Map<String, List<String>> values;
    private final Set<S> answered;

    protected StepAnswers(Class<S> steps, Map<String, List<String>> values, Set<S> answered) {
        this.steps = steps;
        this.values = Collections.unmodifiableMap(values);
        this.answered = Collections.unmodifiableSet(answered);
    }

    /** Builds the concrete answers. */
    protected abstract A make(Map<String, List<String>> values, Set<S> answered);

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

    public boolean isAnswered(S step) {
        return answered.contains(step);
    }

    /**
     * These answers with a page's answers replaced by {@code page}'s, and that page marked answered. An
     * answer to a question that is no longer asked (a partner's name after "on my own") is dropped.
     */
    public A with(S step, A page) {
        Map<String, List<String>> merged = new LinkedHashMap<>(values);
        for (Question q : step.fields()) {
            merged.remove(q.name());
            if (q.isAsked(page) && !page.all(q.name()).isEmpty()) {
                merged.put(q.name(), page.all(q.name()));
            }
        }
        EnumSet<S> now = answered.isEmpty() ? EnumSet.noneOf(steps) : EnumSet.copyOf(answered);
        now.add(step);
        return make(merged, now);
    }

    /** One page's answers as sent ({@link QuestionForm#read}), apart from any draft: no page marked answered. */
    public A page(Map<String, List<String>> submitted) {
        return make(nonEmpty(submitted), EnumSet.noneOf(steps));
    }

    /** These answers with a page's answers removed and the page marked answered ("Skip these questions"). */
    public A skip(S step) {
        return with(step, make(Map.of(), Set.of()));
    }

    public String encode() {
        return DraftText.encode(values, answered.stream().map(Step::slug).toList());
    }

    /** The submitted values without empty fields, copied. */
    protected static Map<String, List<String>> nonEmpty(Map<String, List<String>> values) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                copy.put(k, List.copyOf(v));
            }
        });
        return copy;
    }

    /** The pages a stored draft says were answered; slugs of pages that no longer exist are dropped. */
    protected static <S extends Enum<S> & Step> EnumSet<S> answeredIn(DraftText text, Class<S> steps) {
        EnumSet<S> found = EnumSet.noneOf(steps);
        for (S step : steps.getEnumConstants()) {
            if (text.answered().contains(step.slug())) {
                found.add(step);
            }
        }
        return found;
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && values.equals(((StepAnswers<?, ?>) o).values)
                && answered.equals(((StepAnswers<?, ?>) o).answered);
    }

    @Override
    public int hashCode() {
        return values.hashCode() * 31 + answered.hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + answered; // never the values: they are personal data
    }
}
