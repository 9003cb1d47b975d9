package uk.frontdoor.core.support;

import static uk.frontdoor.core.questions.Question.Format.EMAIL;
import static uk.frontdoor.core.questions.Question.Format.PHONE;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.questions.Answers;
import uk.frontdoor.core.questions.DateQuestion;
import uk.frontdoor.core.questions.Question;
import uk.frontdoor.core.questions.QuestionForm;
import uk.frontdoor.core.questions.Step;

/**
 * The question pages of an adoption support request, in the order people answer them. The web layer turns
 * a step into a page ({@code /support/<slug>}, template {@code support/<slug>}); what counts as an answer
 * is here. Message keys start {@code support.}.
 */
public enum SupportStep implements Step {
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
    /** The support request as a form of question pages. */
    public static final QuestionForm<SupportStep> FORM = new QuestionForm<>(SupportStep.class, MESSAGES);

    private final String slug;
    private final List<DateQuestion> dates;
    private final List<Question> questions;

    SupportStep(String slug, List<DateQuestion> dates, Question... questions) {
        this.slug = slug;
        this.dates = dates;
        this.questions = List.of(questions);
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public List<Question> questions() {
        return questions;
    }

    @Override
    public List<DateQuestion> dates() {
        return dates;
    }

    /** The child's dates in the order they happen: born, then placed, then the adoption order. */
    @Override
    public void checkTogether(Answers answers, List<Problem> problems) {
        if (this != ABOUT_THE_CHILD) {
            return;
        }
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

    /** True when the answers say a child may be at risk of harm now: the person is shown who to call. */
    @Override
    public boolean leadsAway(Answers answers) {
        return this == HOW_URGENT && Urgency.AT_RISK_NOW.code().equals(answers.get("urgency"));
    }
}
