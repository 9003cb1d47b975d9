package uk.frontdoor.core.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.action.Problem;

/** A form is its definition: a made-up third form gets reading, rules, dates, skipping and "what next" from the engine. */
class QuestionFormTest {
    private static final AskedOn ON = new AskedOn(List.of("lambeth"), LocalDate.of(2027, 3, 15));

    enum Page implements Step {
        NAME(Question.text("name", 10).required()),
        WHEN,
        ABOUT(Question.oneOf("colour", "red", "blue"));

        private final List<Question> asked;

        Page(Question... asked) {
            this.asked = List.of(asked);
        }

        @Override
        public String slug() {
            return name().toLowerCase(Locale.ROOT);
        }

        @Override
        public List<Question> questions() {
            return asked;
        }

        @Override
        public List<DateQuestion> dates() {
            return this == WHEN ? List.of(DateQuestion.required("since")) : List.of();
        }

        @Override
        public boolean isSkippable() {
            return this == ABOUT;
        }

        @Override
        public boolean leadsAway(Answers answers) {
            return this == NAME && "nobody".equals(answers.get("name"));
        }
    }

    static final class PageAnswers extends StepAnswers<Page, PageAnswers> {
        PageAnswers(Map<String, List<String>> values, Set<Page> answered) {
            super(Page.class, values, answered);
        }

        @Override
        protected PageAnswers make(Map<String, List<String>> values, Set<Page> answered) {
            return new PageAnswers(values, answered);
        }
    }

    private final QuestionForm<Page> form = new QuestionForm<>(Page.class, "test");
    private final PageAnswers empty = new PageAnswers(new LinkedHashMap<>(), EnumSet.noneOf(Page.class));

    private PageAnswers answer(PageAnswers draft, Page page, Map<String, List<String>> sent) {
        return draft.with(page, draft.page(form.read(page, sent)));
    }

    @Test
    void pages_come_in_order_and_are_found_by_slug() {
        assertEquals(Optional.of(Page.WHEN), form.bySlug("when"));
        assertEquals(Optional.of(Page.ABOUT), form.next(Page.WHEN));
        assertEquals(Optional.empty(), form.previous(Page.NAME));
        assertEquals(Page.ABOUT, form.last());
    }

    @Test
    void each_question_is_checked_with_the_forms_message_keys() {
        assertEquals(List.of(new Problem("name", "test.name.required")),
                form.validate(Page.NAME, empty.page(form.read(Page.NAME, Map.of())), ON));
        assertEquals(List.of(new Problem("since", "test.since.future")), form.validate(Page.WHEN,
                empty.page(form.read(Page.WHEN, Map.of("since-day", List.of("16"), "since-month", List.of("3"),
                        "since-year", List.of("2027")))), ON));
    }

    @Test
    void the_first_page_not_answered_is_next_and_an_answer_leading_away_is_never_complete() {
        PageAnswers named = answer(empty, Page.NAME, Map.of("name", List.of(" Ada ")));
        assertEquals(Optional.of(Page.WHEN), form.firstIncomplete(named, ON));
        PageAnswers away = answer(empty, Page.NAME, Map.of("name", List.of("nobody")));
        assertEquals(Optional.of(Page.NAME), form.firstIncomplete(away, ON));
    }

    @Test
    void a_skipped_page_counts_as_answered_with_nothing_kept() {
        PageAnswers draft = answer(answer(empty, Page.NAME, Map.of("name", List.of("Ada"))), Page.WHEN,
                Map.of("since-day", List.of("1"), "since-month", List.of("2"), "since-year", List.of("2020")));
        PageAnswers skipped = answer(draft, Page.ABOUT, Map.of("colour", List.of("red"))).skip(Page.ABOUT);
        assertTrue(skipped.isAnswered(Page.ABOUT));
        assertEquals("", skipped.get("colour"));
        assertEquals(Optional.empty(), form.firstIncomplete(skipped, ON));
        assertFalse(Page.WHEN.isOptional());
    }
}
