package uk.frontdoor.core.work;

import java.util.ArrayList;
import java.util.List;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.reference.ReferenceNumbers;

/**
 * A recruitment officer's triage outcome as chosen on the item page ({@code outcome} null when none was chosen) with
 * what that outcome needs said: the agency signposted to, the reason for no further action, the other enquiry's
 * reference, or the team a re-routed item goes to (null when none was chosen).
 */
public record TriageChoice(TriageOutcome outcome, String agency, String reason, String otherReference,
                           Long rerouteTeamId) {
    public static final int MAX_AGENCY = 200;
    public static final int MAX_REASON = 1000;

    public TriageChoice {
        agency = agency == null ? "" : agency.strip();
        reason = reason == null ? "" : reason.strip();
        otherReference = ReferenceNumbers.normalise(otherReference == null ? "" : otherReference);
    }

    /** What can be told without the database; {@code ownReference} is the item's own. */
    public List<Problem> problems(String ownReference) {
        List<Problem> problems = new ArrayList<>();
        if (outcome == null) {
            problems.add(new Problem("outcome", "staff.outcome.error.missing"));
            return problems;
        }
        switch (outcome.needs()) {
            case AGENCY_NAME -> text("agency", agency, MAX_AGENCY, problems);
            case REASON -> text("reason", reason, MAX_REASON, problems);
            case OTHER_ENQUIRY -> {
                if (otherReference.isEmpty()) {
                    problems.add(new Problem("otherReference", "staff.outcome.error.referenceMissing"));
                } else if (!ReferenceNumbers.isValid(otherReference)) {
                    problems.add(new Problem("otherReference", "staff.outcome.error.referenceInvalid"));
                } else if (otherReference.equals(ReferenceNumbers.normalise(ownReference))) {
                    problems.add(new Problem("otherReference", "staff.outcome.error.referenceOwn"));
                }
            }
            case OTHER_SPOKE, NOTHING -> { }
        }
        return problems;
    }

    /** What the history and audit log record beside the outcome, in the person's own words. */
    public String detail() {
        return switch (outcome.needs()) {
            case AGENCY_NAME -> agency;
            case REASON -> reason;
            case OTHER_ENQUIRY -> otherReference;
            case OTHER_SPOKE, NOTHING -> null;
        };
    }

    private static void text(String field, String value, int limit, List<Problem> problems) {
        if (value.isEmpty()) {
            problems.add(new Problem(field, "staff.outcome.error." + field + "Missing"));
        } else if (value.length() > limit) {
            problems.add(new Problem(field, "staff.outcome.error." + field + "TooLong"));
        }
    }
}
