package uk.frontdoor.staff.workitem;

import java.util.List;

/** One entry of the contact log, ready to show; the summary keeps its line breaks as lines. */
public record ContactLine(String when, String who, String channel, List<String> summary) {
}
