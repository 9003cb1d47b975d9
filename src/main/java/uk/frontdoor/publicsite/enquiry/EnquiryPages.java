package uk.frontdoor.publicsite.enquiry;

import io.micronaut.context.MessageSource;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.frontdoor.core.enquiry.Enquiries;
import uk.frontdoor.core.enquiry.EnquiryAnswers;
import uk.frontdoor.core.enquiry.EnquiryStep;
import uk.frontdoor.core.questions.Question;
import uk.frontdoor.core.enquiry.Receipt;
import uk.frontdoor.core.region.Borough;
import uk.frontdoor.web.form.Choice;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.form.SummaryRow;
import uk.frontdoor.web.view.Page;

/**
 * Builds the enquiry's pages from the step definitions: each question page gets its answers, its options
 * (labels are message keys {@code enquiry.<question>.<option>}, with an optional {@code .hint}) and a back
 * link along the person's path; check your answers gets one summary row per question asked.
 */
@Singleton
class EnquiryPages {
    private static final Locale UK = Locale.UK;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", UK);

    /** The sections of check your answers: each starts at a step and runs to the next section's. */
    private static final Map<EnquiryStep, String> SECTIONS = Map.of(
            EnquiryStep.WHERE_YOU_LIVE, "enquiry.check.aboutYou",
            EnquiryStep.INTERESTS, "enquiry.check.adopting",
            EnquiryStep.EQUALITY, "enquiry.check.equality");

    private final MessageSource messages;
    private final Enquiries enquiries;

    EnquiryPages(MessageSource messages, Enquiries enquiries) {
        this.messages = messages;
        this.enquiries = enquiries;
    }

    /** A heading and its summary rows on check your answers. */
    public record Section(String headingKey, List<SummaryRow> rows) {
    }

    static String path(EnquiryStep step) {
        return "/enquiry/" + step.slug();
    }

    Page start(boolean resuming) {
        return Page.of("enquiry/start").with("resuming", resuming).with("backLink", "/")
                .with("workingDays", enquiries.targetWorkingDays());
    }

    Page somewhereElse() {
        return Page.of("enquiry/somewhere-else").with("backLink", path(EnquiryStep.WHERE_YOU_LIVE));
    }

    Page notFound() {
        return Page.of("errors/not-found").status(HttpStatus.NOT_FOUND);
    }

    /** A question page showing {@code answers} (the draft's, or what was just sent when it has errors). */
    Page question(EnquiryStep step, EnquiryAnswers answers, boolean change, List<Borough> boroughs, FormErrors errors) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, List<Choice>> options = new LinkedHashMap<>();
        for (Question q : step.questions()) {
            values.put(q.name(), q.isMany() ? answers.all(q.name()) : answers.get(q.name()));
            if (q.kind() == Question.Kind.ONE_OF || q.kind() == Question.Kind.MANY_OF) {
                options.put(q.name(), choices(q));
            }
        }
        String back = change ? EnquiryController.CHECK
                : step.previous().map(EnquiryPages::path).orElse(EnquiryController.START);
        return Page.of("enquiry/" + step.slug())
                .with("action", path(step))
                .with("answers", values)
                .with("options", options)
                .with("boroughs", boroughs)
                .with("change", change)
                .with("backLink", back)
                .with("errors", errors);
    }

    Page checkAnswers(EnquiryAnswers draft, List<Borough> boroughs, FormErrors errors) {
        List<Section> sections = new ArrayList<>();
        for (EnquiryStep step : EnquiryStep.values()) {
            if (SECTIONS.containsKey(step) || sections.isEmpty()) {
                sections.add(new Section(SECTIONS.get(step), new ArrayList<>()));
            }
            List<SummaryRow> rows = sections.get(sections.size() - 1).rows();
            for (Question q : step.questions()) {
                if (q.isAsked(draft)) {
                    rows.add(new SummaryRow("enquiry.check." + q.name(), lines(q, draft, boroughs),
                            path(step) + "?change=true"));
                }
            }
        }
        EnquiryStep[] steps = EnquiryStep.values();
        return Page.of("enquiry/check-answers")
                .with("sections", sections)
                .with("consentOptions", List.of(Choice.of("yes", "enquiry.consent.yes")))
                .with("errors", errors)
                .with("backLink", path(steps[steps.length - 1]));
    }

    Page confirmation(Receipt receipt) {
        return Page.of("enquiry/confirmation")
                .with("reference", receipt.reference())
                .with("respondBy", DAY.format(receipt.respondBy()))
                .with("workingDays", enquiries.targetWorkingDays())
                .with("phone", enquiries.agencyPhone().orElse(null));
    }

    private List<Choice> choices(Question q) {
        List<Choice> choices = new ArrayList<>();
        for (String code : q.codes()) {
            String key = "enquiry." + q.name() + "." + code;
            Choice choice = Choice.of(code, key);
            if (messages.getMessage(key + ".hint", UK).isPresent()) {
                choice = choice.withHint(key + ".hint");
            }
            if (code.equals(q.alternative())) {
                choice = choice.afterDivider(q.isMany());
            }
            choices.add(choice);
        }
        return choices;
    }

    private List<String> lines(Question q, EnquiryAnswers draft, List<Borough> boroughs) {
        List<String> values = draft.all(q.name());
        if (values.isEmpty()) {
            return List.of(message("common.notGiven"));
        }
        return switch (q.kind()) {
            case TEXT -> Arrays.asList(values.get(0).split("\n"));
            case BOROUGH -> List.of(boroughs.stream().filter(b -> b.code().equals(values.get(0))).map(Borough::name)
                    .findFirst().orElse(values.get(0)));
            case ONE_OF, MANY_OF -> values.stream().map(code -> message("enquiry." + q.name() + "." + code)).toList();
        };
    }

    private String message(String key) {
        return messages.getMessage(key, UK).orElse(key);
    }
}
