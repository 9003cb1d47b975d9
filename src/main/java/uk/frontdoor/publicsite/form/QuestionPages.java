package uk.frontdoor.publicsite.form;

import io.micronaut.context.MessageSource;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.frontdoor.core.questions.Answers;
import uk.frontdoor.core.questions.AskedOn;
import uk.frontdoor.core.questions.DateQuestion;
import uk.frontdoor.core.questions.Question;
import uk.frontdoor.core.questions.QuestionForm;
import uk.frontdoor.core.questions.Step;
import uk.frontdoor.core.region.Borough;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.platform.time.Times;
import uk.frontdoor.web.form.Choice;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.form.FormGuard;
import uk.frontdoor.web.form.QuestionChoices;
import uk.frontdoor.web.form.SummaryRow;
import uk.frontdoor.web.session.WebSessions;
import uk.frontdoor.web.view.Page;

/**
 * Builds any public form's question pages and check your answers from its {@link QuestionForm}, and carries what its
 * controller needs (the region's boroughs, today, the session, the {@link FormGuard}). A form's words are message
 * keys that start with its {@link QuestionForm#messages()} ({@code <form>}): an option is {@code <form>.<question>.<code>}
 * (with an optional {@code .hint}), a summary row {@code <form>.check.<question>}; its templates are
 * {@code views/<form>/<slug>.html}.
 */
@Singleton
public class QuestionPages {
    private static final Locale UK = Locale.UK;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", UK);

    private final MessageSource messages;
    private final RegionDirectory region;
    private final WebSessions sessions;
    private final FormGuard guard;
    private final Clock clock;
    private final QuestionChoices choices;

    QuestionPages(MessageSource messages, RegionDirectory region, WebSessions sessions, FormGuard guard, Clock clock,
                  QuestionChoices choices) {
        this.choices = choices;
        this.messages = messages;
        this.region = region;
        this.sessions = sessions;
        this.guard = guard;
        this.clock = clock;
    }

    /**
     * A page of a public form: each carries GOV.UK's "Exit this page" (the enquiry and the support request are used by
     * people who may be watched: someone thinking about adoption support, a birth relative, an adopted adult).
     */
    public static Page page(String view) {
        return Page.of(view).with("exitThisPage", true);
    }

    /** A heading (null for none) and its summary rows on check your answers. */
    public record Section(String headingKey, List<SummaryRow> rows) {
    }

    WebSessions sessions() {
        return sessions;
    }

    FormGuard guard() {
        return guard;
    }

    /** What the answers are checked against now. */
    AskedOn now() {
        return new AskedOn(region.recentBoroughs().stream().map(Borough::code).toList(), today());
    }

    public LocalDate today() {
        return Times.todayUk(clock);
    }

    /** A day as the confirmation pages show it: {@code Monday 3 March 2025}. */
    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** A question page showing {@code answers} (the draft's, or what was just sent when it has errors). */
    <S extends Enum<S> & Step> Page question(QuestionForm<S> form, S step, Answers answers, String back, String action,
                                             boolean change, FormErrors errors) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Question q : step.fields()) {
            values.put(q.name(), q.isMany() ? answers.all(q.name()) : answers.get(q.name()));
        }
        Map<String, List<Choice>> options = choices.of(form.messages(), List.of(step));
        return page(form.messages() + "/" + step.slug())
                .with("action", action)
                .with("answers", values)
                .with("options", options)
                .with("boroughs", region.recentBoroughs())
                .with("change", change)
                .with("backLink", back)
                .with("errors", errors);
    }

    /**
     * Check your answers: a summary row for each question asked and each date, with a link to change it, in sections
     * that each start at one of {@code sections}' steps (one section without a heading when there are none).
     */
    <S extends Enum<S> & Step> Page checkAnswers(QuestionForm<S> form, Answers draft, Map<S, String> sections,
                                                 String base, FormErrors errors) {
        List<Section> shown = new ArrayList<>();
        List<Borough> boroughs = region.recentBoroughs();
        String m = form.messages();
        for (S step : form.steps()) {
            if (sections.containsKey(step) || shown.isEmpty()) {
                shown.add(new Section(sections.get(step), new ArrayList<>()));
            }
            List<SummaryRow> rows = shown.get(shown.size() - 1).rows();
            String change = base + "/" + step.slug() + "?change=true";
            for (Question q : step.questions()) {
                if (q.isAsked(draft)) {
                    rows.add(new SummaryRow(m + ".check." + q.name(), lines(m, q, draft, boroughs), change));
                }
            }
            for (DateQuestion d : step.dates()) {
                String date = d.value(draft).map(DATE::format).orElse(message("common.notGiven"));
                rows.add(new SummaryRow(m + ".check." + d.name(), List.of(date), change));
            }
        }
        return page(m + "/check-answers")
                .with("sections", shown)
                .with("consentOptions", List.of(Choice.of("yes", m + ".consent.yes")))
                .with("errors", errors)
                .with("backLink", base + "/" + form.last().slug());
    }

    private List<String> lines(String m, Question q, Answers draft, List<Borough> boroughs) {
        List<String> values = draft.all(q.name());
        if (values.isEmpty()) {
            return List.of(message("common.notGiven"));
        }
        return switch (q.kind()) {
            case TEXT -> Arrays.asList(values.get(0).split("\n"));
            case BOROUGH -> List.of(Question.ELSEWHERE.equals(values.get(0)) ? message(m + ".council.elsewhere")
                    : boroughs.stream().filter(b -> b.code().equals(values.get(0))).map(Borough::name)
                    .findFirst().orElse(values.get(0)));
            case ONE_OF, MANY_OF -> values.stream().map(code -> message(m + "." + q.name() + "." + code)).toList();
        };
    }

    private String message(String key) {
        return messages.getMessage(key, UK).orElse(key);
    }
}
