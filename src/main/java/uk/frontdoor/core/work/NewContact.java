package uk.frontdoor.core.work;

import java.util.ArrayList;
import java.util.List;
import uk.frontdoor.core.action.Problem;

/**
 * An entry for an item's contact log: how the contact was made ({@code null} when none was chosen) and what was said
 * (at most {@link #MAX_SUMMARY} characters, counted as a person counts them).
 */
public record NewContact(ContactChannel channel, String summary) {
    public static final int MAX_SUMMARY = 4000;

    public NewContact {
        summary = summary == null ? "" : summary;
    }

    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (channel == null) {
            problems.add(new Problem("channel", "staff.contact.error.channelMissing"));
        }
        if (summary.isEmpty()) {
            problems.add(new Problem("summary", "staff.contact.error.summaryMissing"));
        } else if (summary.codePointCount(0, summary.length()) > MAX_SUMMARY) {
            problems.add(new Problem("summary", "staff.contact.error.summaryTooLong"));
        }
        return problems;
    }
}
