package uk.frontdoor.core.work;

import uk.frontdoor.core.region.TeamFunction;

/** The kinds of work that land in a team's queue, each with the team function that does it. */
public enum WorkKind {
    ENQUIRY(TeamFunction.RECRUITMENT, 10),
    SUPPORT_REQUEST(TeamFunction.SUPPORT, 10),
    REGISTRATION_DECISION(TeamFunction.RECRUITMENT, 5);

    private final TeamFunction function;
    private final int defaultTargetWorkingDays;

    WorkKind(TeamFunction function, int defaultTargetWorkingDays) {
        this.function = function;
        this.defaultTargetWorkingDays = defaultTargetWorkingDays;
    }

    public TeamFunction function() {
        return function;
    }

    public int defaultTargetWorkingDays() {
        return defaultTargetWorkingDays;
    }
}
