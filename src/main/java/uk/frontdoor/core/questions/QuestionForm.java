package uk.frontdoor.core.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.frontdoor.core.action.Problem;

/**
 * A multi-page public form as data: its question pages in the order people answer them, and the start of its message
 * keys. Everything about what counts as an answer, and which page a person must answer next, is decided here, the
 * same way for every form (the enquiry, the support request).
 *
 * @param <S> the form's pages, an enum in page order
 */
public final class QuestionForm<S extends Enum<S> & Step> {
    private final List<S> steps;
    private final String messages;

    public QuestionForm(Class<S> steps, String messages) {
        this.steps = List.of(steps.getEnumConstants());
        this.messages = messages;
    }

    /** The start of this form's message keys ({@code enquiry}, {@code support}). */
    public String messages() {
        return messages;
    }

    public List<S> steps() {
        return steps;
    }

    public Optional<S> bySlug(String slug) {
        return steps.stream().filter(s -> s.slug().equals(slug)).findFirst();
    }

    public Optional<S> next(S step) {
        return step.ordinal() + 1 < steps.size() ? Optional.of(steps.get(step.ordinal() + 1)) : Optional.empty();
    }

    public Optional<S> previous(S step) {
        return step.ordinal() > 0 ? Optional.of(steps.get(step.ordinal() - 1)) : Optional.empty();
    }

    public S last() {
        return steps.get(steps.size() - 1);
    }

    /**
     * A page's answers from a submitted form: trimmed, line endings made {@code \n} (so a limit counts what people
     * typed), blanks dropped, one value for a single-answer question, each option once.
     */
    public Map<String, List<String>> read(S step, Map<String, List<String>> submitted) {
        return Question.read(step.fields(), submitted);
    }

    /** What is wrong with a page's answers, in page order; empty when they can be kept. */
    public List<Problem> validate(S step, Answers answers, AskedOn on) {
        List<Problem> problems = new ArrayList<>();
        for (Question q : step.questions()) {
            q.check(answers, on.boroughCodes(), messages, problems);
        }
        for (DateQuestion d : step.dates()) {
            d.check(answers, on.today(), messages, problems);
        }
        if (problems.isEmpty()) {
            step.checkTogether(answers, problems);
        }
        return problems;
    }

    /** Answered (or skipped), still valid, and not leading out of the form. */
    public boolean isComplete(S step, StepAnswers<S, ?> draft, AskedOn on) {
        return draft.isAnswered(step) && validate(step, draft, on).isEmpty() && !step.leadsAway(draft);
    }

    /** The page a person must answer next; empty when the form is ready to check and send. */
    public Optional<S> firstIncomplete(StepAnswers<S, ?> draft, AskedOn on) {
        return steps.stream().filter(s -> !isComplete(s, draft, on)).findFirst();
    }

}
