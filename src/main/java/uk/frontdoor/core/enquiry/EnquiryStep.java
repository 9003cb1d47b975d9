package uk.frontdoor.core.enquiry;

import static uk.frontdoor.core.questions.Question.Format.EMAIL;
import static uk.frontdoor.core.questions.Question.Format.PHONE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.questions.Question;

/**
 * The question pages of the adoption enquiry, in the order people answer them, each with its questions
 * and their rules. The web layer turns a step into a page ({@code /enquiry/<slug>}, template
 * {@code enquiry/<slug>}); everything about what counts as an answer is here.
 */
public enum EnquiryStep {
    WHERE_YOU_LIVE("where-you-live", false,
            Question.borough("borough").required()),
    YOUR_NAME("your-name", false,
            Question.text("fullName", 200).required()),
    CONTACT_DETAILS("contact-details", false,
            Question.text("email", 254).required().format(EMAIL),
            Question.text("phone", 40).required().format(PHONE)),
    HOW_TO_CONTACT("how-to-contact", false,
            Question.oneOf("contactMethod", "email", "phone", "either").required(),
            Question.manyOf("contactTimes", "weekday-mornings", "weekday-afternoons", "weekday-evenings", "weekends")
                    .required()),
    HOUSEHOLD("household", false,
            Question.oneOf("applyingWith", "alone", "partner").required(),
            Question.text("partnerName", 200).required().onlyWhen("applyingWith", "partner")),
    INTERESTS("interests", false,
            Question.manyOf("interests", "adopting-a-child", "early-permanence", "stepchild", "intercountry",
                    "not-sure").required().alternative("not-sure")),
    CHILDREN("children", false,
            Question.manyOf("childrenConsidered", "babies-and-toddlers", "aged-3-to-4", "aged-5-to-10",
                    "aged-11-and-over", "brothers-and-sisters", "additional-needs", "not-sure").alternative("not-sure"),
            Question.text("childrenNotes", 1000)),
    HOW_YOU_HEARD("how-you-heard", false,
            Question.oneOf("heardAbout", "search-engine", "social-media", "friend-or-family", "information-event",
                    "council-website", "radio-tv-or-press", "poster-or-leaflet", "other").required(),
            Question.text("heardAboutOther", 200).required().onlyWhen("heardAbout", "other")),
    EQUALITY("equality", true,
            Question.oneOf("ethnicity", "asian", "black", "mixed", "white", "other", "prefer-not-to-say")
                    .alternative("prefer-not-to-say"),
            Question.oneOf("religion", "no-religion", "buddhist", "christian", "hindu", "jewish", "muslim", "sikh",
                    "other", "prefer-not-to-say").alternative("prefer-not-to-say"),
            Question.oneOf("sexualOrientation", "straight", "gay-or-lesbian", "bisexual", "other",
                    "prefer-not-to-say").alternative("prefer-not-to-say"),
            Question.oneOf("disability", "yes", "no", "prefer-not-to-say").alternative("prefer-not-to-say"));

    /** The answer to "where do you live" of a person outside the region: they are signposted elsewhere. */
    public static final String ELSEWHERE = Question.ELSEWHERE;
    /** The start of this form's message keys. */
    public static final String MESSAGES = "enquiry";

    private final String slug;
    private final boolean skippable;
    private final List<Question> questions;

    EnquiryStep(String slug, boolean skippable, Question... questions) {
        this.slug = slug;
        this.skippable = skippable;
        this.questions = List.of(questions);
    }

    public String slug() {
        return slug;
    }

    /** True when the page offers "Skip these questions". */
    public boolean isSkippable() {
        return skippable;
    }

    /** True when every question of the page may be left unanswered. */
    public boolean isOptional() {
        return questions.stream().noneMatch(Question::answerRequired);
    }

    public List<Question> questions() {
        return questions;
    }

    public static Optional<EnquiryStep> bySlug(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst();
    }

    /**
     * This page's answers from a submitted form: trimmed, line endings made {@code \n} (so a limit counts
     * what people typed), blanks dropped, one value for a single-answer question, each option once.
     */
    public EnquiryAnswers read(Map<String, List<String>> submitted) {
        return EnquiryAnswers.of(Question.read(questions, submitted));
    }

    /** What is wrong with this page's answers, in page order; empty when they can be kept. */
    public List<Problem> validate(EnquiryAnswers answers, Collection<String> boroughCodes) {
        List<Problem> problems = new ArrayList<>();
        for (Question q : questions) {
            q.check(answers, boroughCodes, MESSAGES, problems);
        }
        return problems;
    }

    /** True when the person lives outside the region: the enquiry cannot go on from here. */
    public boolean leadsElsewhere(EnquiryAnswers answers) {
        return this == WHERE_YOU_LIVE && ELSEWHERE.equals(answers.get("borough"));
    }

    /** Answered (or skipped), still valid, and not leading out of the region. */
    public boolean isComplete(EnquiryAnswers draft, Collection<String> boroughCodes) {
        return draft.isAnswered(this) && validate(draft, boroughCodes).isEmpty() && !leadsElsewhere(draft);
    }

    /** The page a person must answer next; empty when the enquiry is ready to check and send. */
    public static Optional<EnquiryStep> firstIncomplete(EnquiryAnswers draft, Collection<String> boroughCodes) {
        return Arrays.stream(values()).filter(s -> !s.isComplete(draft, boroughCodes)).findFirst();
    }

    public Optional<EnquiryStep> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    public Optional<EnquiryStep> previous() {
        return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
    }
}
