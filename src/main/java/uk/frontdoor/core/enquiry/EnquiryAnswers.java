package uk.frontdoor.core.enquiry;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.frontdoor.core.questions.DraftText;
import uk.frontdoor.core.questions.StepAnswers;

/** The answers of an enquiry, page by page (see {@link StepAnswers}). */
public final class EnquiryAnswers extends StepAnswers<EnquiryStep, EnquiryAnswers> {

    private EnquiryAnswers(Map<String, List<String>> values, Set<EnquiryStep> answered) {
        super(EnquiryStep.class, values, answered);
    }

    public static EnquiryAnswers empty() {
        return new EnquiryAnswers(new LinkedHashMap<>(), EnumSet.noneOf(EnquiryStep.class));
    }

    public static EnquiryAnswers of(Map<String, List<String>> values) {
        return new EnquiryAnswers(nonEmpty(values), EnumSet.noneOf(EnquiryStep.class));
    }

    public static EnquiryAnswers decode(String encoded) {
        DraftText text = DraftText.decode(encoded);
        return new EnquiryAnswers(new LinkedHashMap<>(text.values()),
                answeredIn(text, EnquiryStep.class));
    }

    @Override
    protected EnquiryAnswers make(Map<String, List<String>> values, Set<EnquiryStep> answered) {
        return new EnquiryAnswers(values, answered);
    }
}
