package uk.frontdoor.core.questions;

import java.util.List;
import java.util.stream.Stream;
import uk.frontdoor.core.action.Problem;

/**
 * One question page of a multi-page public form ({@link QuestionForm}): its slug (the page's address and template
 * name), its questions and dates, and any rule across them. A form's pages are an enum that implements this.
 */
public interface Step {
    String slug();

    /** The page's questions other than dates. */
    List<Question> questions();

    /** The page's dates (GOV.UK date input). */
    default List<DateQuestion> dates() {
        return List.of();
    }

    /** Every field the page keeps: its questions and the three boxes of each date. */
    default List<Question> fields() {
        return Stream.concat(questions().stream(), dates().stream().flatMap(d -> d.parts().stream())).toList();
    }

    /** True when the page offers "Skip these questions": it is marked answered with nothing kept. */
    default boolean isSkippable() {
        return false;
    }

    /** True when every question of the page may be left unanswered. */
    default boolean isOptional() {
        return questions().stream().noneMatch(Question::answerRequired)
                && dates().stream().noneMatch(DateQuestion::answerRequired);
    }

    /** Rules across the page's answers, checked once each answer is right by itself (a date before another). */
    default void checkTogether(Answers answers, List<Problem> problems) {
    }

    /** True when these answers lead out of the form to a page of its own ("somewhere else", "danger now"). */
    default boolean leadsAway(Answers answers) {
        return false;
    }
}
