package uk.frontdoor.core.support;

import static uk.frontdoor.core.questions.Question.Format.EMAIL;
import static uk.frontdoor.core.questions.Question.Format.PHONE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.questions.DateQuestion;
import uk.frontdoor.core.questions.Question;

/**
 * The question pages of an adoption support request, in the order people answer them. The web layer turns
 * a step into a page ({@code /support/<slug>}, template {@code support/<slug>}); what counts as an answer
 * is here. Message keys start {@code support.}.
 */
public enum SupportStep {
    WHO_IS_ASKING("who-is-asking", List.of(),
            Question.oneOf("requester", Arrays.stream(Requester.values()).map(Requester::code).toArray(String[]::new))
                    .required(),
            Question.text("requesterOther", 200).required().onlyWhen("requester", Requester.OTHER.code())),
    CONTACT_DETAILS("contact-details", List.of(),
            Question.text("fullName", 200).required(),
            Question.text("email", 254).required().format(EMAIL),
            Question.text("phone", 40).format(PHONE)),
    CONTACTING_YOU_SAFELY("contacting-you-safely", List.of(),
            Question.oneOf("safeToLeaveMessage", "yes", "no").required(),
            Question.oneOf("safeToSendPost", "yes", "no").required(),
            Question.text("safeContactNotes", 1000)),
    ABOUT_THE_CHILD("about-the-child",
            List.of(DateQuestion.required("bornOn"), DateQuestion.optional("placedOn"),
                    DateQuestion.optional("adoptionOrderOn")),
            Question.text("childFirstName", 100).required()),
    COUNCILS("councils", List.of(),
            Question.borough("placingCouncil").required(),
            Question.text("placingCouncilOther", 200).required().onlyWhen("placingCouncil", Question.ELSEWHERE),
            Question.borough("livesIn").required(),
            Question.text("livesInOther", 200).required().onlyWhen("livesIn", Question.ELSEWHERE)),
    HELP("help", List.of(),
            Question.manyOf("help", "support-groups", "contact", "therapeutic", "financial", "training", "respite",
                    "placement-strain", "records", "intermediary", "something-else").required(),
            Question.text("helpOther", 1000).required().onlyWhen("help", "something-else")),
    HOW_URGENT("how-urgent", List.of(),
            Question.oneOf("urgency", Arrays.stream(Urgency.values()).map(Urgency::code).toArray(String[]::new))
                    .required()),
    SUPPORT_BEFORE("support-before", List.of(),
            Question.text("supportBefore", 4000));

    /** The start of this form's message keys. */
    public static final String MESSAGES = "support";

    private final String slug;
    private final List<DateQuestion> dates;
    private final List<Question> questions;

    SupportStep(String slug, List<DateQuestion> dates, Question... questions) {
        this.slug = slug;
        this.dates = dates;
        this.questions = List.of(questions);
    }

    public String slug() {
        return slug;
    }

    /** The page's questions other than dates. */
    public List<Question> questions() {
        return questions;
    }

    public List<DateQuestion> dates() {
        return dates;
    }

    /** Every field the page keeps: its questions and the three fields of each date. */
    public List<Question> fields() {
        return Stream.concat(questions.stream(), dates.stream().flatMap(d -> d.parts().stream())).toList();
    }

    public static Optional<SupportStep> bySlug(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst();
    }

    public SupportAnswers read(Map<String, List<String>> submitted) {
        return SupportAnswers.of(Question.read(fields(), submitted));
    }

    /** What is wrong with this page's answers, in page order; empty when they can be kept. */
    public List<Problem> validate(SupportAnswers answers, Collection<String> boroughCodes, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        for (Question q : questions) {
            q.check(answers, boroughCodes, MESSAGES, problems);
        }
        for (DateQuestion d : dates) {
            d.check(answers, today, MESSAGES, problems);
        }
        if (this == ABOUT_THE_CHILD && problems.isEmpty()) {
            Optional<LocalDate> born = dates.get(0).value(answers);
            Optional<LocalDate> placed = dates.get(1).value(answers);
            Optional<LocalDate> order = dates.get(2).value(answers);
            if (placed.isPresent() && born.isPresent() && placed.get().isBefore(born.get())) {
                problems.add(new Problem("placedOn", "support.placedOn.beforeBorn"));
            } else if (order.isPresent() && placed.isPresent() && order.get().isBefore(placed.get())) {
                problems.add(new Problem("adoptionOrderOn", "support.adoptionOrderOn.beforePlaced"));
            } else if (order.isPresent() && born.isPresent() && order.get().isBefore(born.get())) {
                problems.add(new Problem("adoptionOrderOn", "support.adoptionOrderOn.beforeBorn"));
            }
        }
        return problems;
    }

    /** True when the answers say a child may be at risk of harm now: the person is shown who to call. */
    public boolean leadsToDangerNow(SupportAnswers answers) {
        return this == HOW_URGENT && Urgency.AT_RISK_NOW.code().equals(answers.get("urgency"));
    }

    /** Answered, still valid, and not saying a child is in danger now. */
    public boolean isComplete(SupportAnswers draft, Collection<String> boroughCodes, LocalDate today) {
        return draft.isAnswered(this) && validate(draft, boroughCodes, today).isEmpty() && !leadsToDangerNow(draft);
    }

    /** The page a person must answer next; empty when the request is ready to check and send. */
    public static Optional<SupportStep> firstIncomplete(SupportAnswers draft, Collection<String> boroughCodes,
                                                        LocalDate today) {
        return Arrays.stream(values()).filter(s -> !s.isComplete(draft, boroughCodes, today)).findFirst();
    }

    public Optional<SupportStep> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    public Optional<SupportStep> previous() {
        return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
    }
}
