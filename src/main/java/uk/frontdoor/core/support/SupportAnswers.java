package uk.frontdoor.core.support;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.frontdoor.core.questions.DraftText;
import uk.frontdoor.core.questions.StepAnswers;

/** The answers of a support request, page by page (see {@link StepAnswers}). */
public final class SupportAnswers extends StepAnswers<SupportStep, SupportAnswers> {

    private SupportAnswers(Map<String, List<String>> values, Set<SupportStep> answered) {
        super(SupportStep.class, values, answered);
    }

    public static SupportAnswers empty() {
        return new SupportAnswers(new LinkedHashMap<>(), EnumSet.noneOf(SupportStep.class));
    }

    public static SupportAnswers of(Map<String, List<String>> values) {
        return new SupportAnswers(nonEmpty(values), EnumSet.noneOf(SupportStep.class));
    }

    public static SupportAnswers decode(String encoded) {
        DraftText text = DraftText.decode(encoded);
        return new SupportAnswers(new LinkedHashMap<>(text.values()),
                answeredIn(text, SupportStep.class));
    }

    @Override
    protected SupportAnswers make(Map<String, List<String>> values, Set<SupportStep> answered) {
        return new SupportAnswers(values, answered);
    }
}
