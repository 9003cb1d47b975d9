package uk.frontdoor.core.stageone;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import uk.frontdoor.core.journey.JourneyClocks;

/** The rules of Stage One, pure: its decision date, when it may be extended, and when a person may proceed. */
public final class StageOneRules {
    public static final int REASON_LIMIT = 2000;
    public static final int NOTE_LIMIT = 2000;

    private StageOneRules() {
    }

    /** Due 2 months after acceptance, or on the latest extension's date when there is one. */
    public static LocalDate decisionDue(LocalDate accepted, Optional<LocalDate> latestExtension) {
        return latestExtension.orElse(accepted.plusMonths(JourneyClocks.STAGE_ONE_MONTHS));
    }

    public enum ExtensionProblem { REASON_REQUIRED, REASON_TOO_LONG, NOT_AFTER_CURRENT_DUE }

    /** What is wrong with extending the decision date from {@code currentDue} to {@code newDue}, if anything. */
    public static Optional<ExtensionProblem> checkExtension(LocalDate currentDue, LocalDate newDue, String reason) {
        if (!newDue.isAfter(currentDue)) {
            return Optional.of(ExtensionProblem.NOT_AFTER_CURRENT_DUE);
        }
        return reasonProblem(reason);
    }

    /** What is wrong with an extension's reason, if anything: it is required, and kept to a note's length. */
    public static Optional<ExtensionProblem> reasonProblem(String reason) {
        if (reason == null || reason.isBlank()) {
            return Optional.of(ExtensionProblem.REASON_REQUIRED);
        }
        if (reason.strip().length() > REASON_LIMIT) {
            return Optional.of(ExtensionProblem.REASON_TOO_LONG);
        }
        return Optional.empty();
    }

    /** A person is suitable to proceed only when there are checks and every one of them is completed. */
    public static boolean everyCheckCompleted(Collection<CheckStatus> statuses) {
        return !statuses.isEmpty() && statuses.stream().allMatch(s -> s == CheckStatus.COMPLETED);
    }
}
