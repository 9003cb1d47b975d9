package uk.frontdoor.core.enquiry;

import static uk.frontdoor.core.questions.Question.Format.EMAIL;
import static uk.frontdoor.core.questions.Question.Format.PHONE;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.questions.Answers;
import uk.frontdoor.core.questions.AskedOn;
import uk.frontdoor.core.questions.Question;
import uk.frontdoor.core.questions.QuestionForm;
import uk.frontdoor.core.questions.Step;

/**
 * The question pages of the adoption enquiry, in the order people answer them, each with its questions
 * and their rules. The web layer turns a step into a page ({@code /enquiry/<slug>}, template
 * {@code enquiry/<slug>}); everything about what counts as an answer is here.
 */
public enum EnquiryStep implements Step {
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
    /** The enquiry as a form of question pages. */
    public static final QuestionForm<EnquiryStep> FORM = new QuestionForm<>(EnquiryStep.class, MESSAGES);

    private final String slug;
    private final boolean skippable;
    private final List<Question> questions;

    EnquiryStep(String slug, boolean skippable, Question... questions) {
        this.slug = slug;
        this.skippable = skippable;
        this.questions = List.of(questions);
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public boolean isSkippable() {
        return skippable;
    }

    @Override
    public List<Question> questions() {
        return questions;
    }

    /** True when the person lives outside the region: the enquiry cannot go on from here. */
    @Override
    public boolean leadsAway(Answers answers) {
        return this == WHERE_YOU_LIVE && ELSEWHERE.equals(answers.get("borough"));
    }

    public static Optional<EnquiryStep> bySlug(String slug) {
        return FORM.bySlug(slug);
    }

    public EnquiryAnswers read(Map<String, List<String>> submitted) {
        return EnquiryAnswers.of(FORM.read(this, submitted));
    }

    /** What is wrong with this page's answers, in page order (the enquiry asks no dates, so no day is needed). */
    public List<Problem> validate(EnquiryAnswers answers, Collection<String> boroughCodes) {
        return FORM.validate(this, answers, on(boroughCodes));
    }

    public boolean leadsElsewhere(EnquiryAnswers answers) {
        return leadsAway(answers);
    }

    public boolean isComplete(EnquiryAnswers draft, Collection<String> boroughCodes) {
        return FORM.isComplete(this, draft, on(boroughCodes));
    }

    public static Optional<EnquiryStep> firstIncomplete(EnquiryAnswers draft, Collection<String> boroughCodes) {
        return FORM.firstIncomplete(draft, on(boroughCodes));
    }

    public Optional<EnquiryStep> next() {
        return FORM.next(this);
    }

    public Optional<EnquiryStep> previous() {
        return FORM.previous(this);
    }

    private static AskedOn on(Collection<String> boroughCodes) {
        return new AskedOn(boroughCodes, LocalDate.MAX);
    }
}
