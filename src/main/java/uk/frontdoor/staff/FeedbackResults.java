package uk.frontdoor.staff;

import java.util.ArrayList;
import java.util.List;
import uk.frontdoor.core.feedback.Feedback;
import uk.frontdoor.web.view.Page;

/** The page of what people said about an event or a course: the same for both. */
public final class FeedbackResults {
    private FeedbackResults() {
    }

    /** One rating's line: its words' key and how many gave it (null: fewer than can be shown). */
    public record Line(String labelKey, Integer count) {
    }

    public static Page page(Feedback.Shown shown, String backLink) {
        Feedback.Results results = shown.results();
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < results.byRating().size(); i++) {
            lines.add(new Line("feedback.rating." + (5 - i), results.byRating().get(i)));
        }
        return Page.of("staff/feedback").with("title", shown.title()).with("results", results).with("lines", lines)
                .with("smallest", Feedback.SMALLEST_SHOWN).with("backLink", backLink);
    }
}
