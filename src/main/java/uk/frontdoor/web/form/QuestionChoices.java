package uk.frontdoor.web.form;

import io.micronaut.context.MessageSource;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.frontdoor.core.questions.Question;
import uk.frontdoor.core.questions.Step;

/**
 * The options of a form's radios and checkboxes questions, from their definitions in core: a choice's words are
 * {@code <form>.<question>.<code>} (with an optional {@code .hint}); an alternative ("not sure", "prefer not to say")
 * comes after an "or" divider. The public forms' pages and the staff page that keys in an enquiry show the same options.
 */
@Singleton
public class QuestionChoices {
    private final MessageSource messages;

    public QuestionChoices(MessageSource messages) {
        this.messages = messages;
    }

    /** The options of every choice question of {@code steps}, by question name. */
    public Map<String, List<Choice>> of(String form, List<? extends Step> steps) {
        Map<String, List<Choice>> options = new LinkedHashMap<>();
        for (Step step : steps) {
            for (Question q : step.fields()) {
                if (q.kind() == Question.Kind.ONE_OF || q.kind() == Question.Kind.MANY_OF) {
                    options.put(q.name(), of(form, q));
                }
            }
        }
        return options;
    }

    /** One question's options. */
    public List<Choice> of(String form, Question q) {
        List<Choice> choices = new ArrayList<>();
        for (String code : q.codes()) {
            String key = form + "." + q.name() + "." + code;
            Choice choice = Choice.of(code, key);
            if (messages.getMessage(key + ".hint", Locale.UK).isPresent()) {
                choice = choice.withHint(key + ".hint");
            }
            if (code.equals(q.alternative())) {
                choice = choice.afterDivider(q.isMany());
            }
            choices.add(choice);
        }
        return choices;
    }
}
