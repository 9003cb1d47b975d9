package uk.frontdoor.staff.workitem;

/**
 * What was typed into an item page's forms, to show again beside the errors when one is refused. Fields
 * of the forms not submitted are empty.
 */
public record ItemAnswers(String assignee, String channel, String summary, String outcome, String agency,
                          String reason, String otherReference, String rerouteTeam) {
    public static final ItemAnswers NONE = new ItemAnswers("", "", "", "", "", "", "", "");
}
