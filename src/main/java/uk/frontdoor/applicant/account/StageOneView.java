package uk.frontdoor.applicant.account;

import java.util.List;
import uk.frontdoor.core.stageone.CheckKind;
import uk.frontdoor.core.stageone.CheckStatus;
import uk.frontdoor.core.stageone.StageOneCheck;

/**
 * The person's Stage One as they may see it: each check's name and status, never the staff note or what a check
 * found. In progress while the journey is in Stage One (or paused in it); otherwise a short "done" summary.
 */
public record StageOneView(boolean inProgress, List<Line> checks) {

    /** One check: what it is, whom it is about, and its status. */
    public record Line(CheckKind kind, String subject, CheckStatus status) {
    }

    static StageOneView of(boolean inProgress, List<StageOneCheck> checks) {
        return new StageOneView(inProgress, checks.stream().map(c -> new Line(c.kind(), c.subject(), c.status())).toList());
    }

    public long completed() {
        return checks.stream().filter(c -> c.status() == CheckStatus.COMPLETED).count();
    }
}
