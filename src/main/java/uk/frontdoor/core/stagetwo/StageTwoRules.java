package uk.frontdoor.core.stagetwo;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.frontdoor.core.journey.JourneyClocks;

/**
 * The date rules of Stage Two (pure). Each check answers the message key of what is wrong, or nothing.
 * The target panel date is set at the start, must be after today and no later than the 4-month decision date:
 * a plan that cannot meet the statutory clock is refused, not warned about (the panel and the agency decision
 * maker both come before that date; a later date needs the plan changed, with the reason, once it is known).
 */
public final class StageTwoRules {
    static final String PREFIX = "staff.stageTwo.";
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})");
    private final JourneyClocks clocks;

    public StageTwoRules(JourneyClocks clocks) {
        this.clocks = clocks;
    }

    /** The agency decides within 4 months of the applicant's notification. */
    public LocalDate decisionDue(LocalDate notified) {
        return clocks.stageTwoDecisionDue(notified);
    }

    public Optional<String> targetPanelDate(LocalDate target, LocalDate today, LocalDate notified) {
        if (target == null) {
            return Optional.of(PREFIX + "targetPanelDate.required");
        }
        if (!target.isAfter(today)) {
            return Optional.of(PREFIX + "targetPanelDate.notFuture");
        }
        if (target.isAfter(decisionDue(notified))) {
            return Optional.of(PREFIX + "targetPanelDate.afterDecisionDue");
        }
        return Optional.empty();
    }

    /** A home visit is scheduled for today or later. */
    public Optional<String> visitDate(LocalDate date, LocalDate today) {
        return date.isBefore(today) ? Optional.of(PREFIX + "visit.past") : Optional.empty();
    }

    /** The applicant has until the end of the 10th working day after the report was shared to comment. */
    public LocalDate commentsDue(LocalDate shared) {
        return clocks.parCommentsDue(shared);
    }

    public boolean commentsOpen(StageTwoRecord record, LocalDate today) {
        return record.reportShared() && !record.commentsReceived() && !today.isAfter(record.commentsDue());
    }

    /** The panel sits after the applicant's time to comment on the report has ended, so it reads their comments. */
    public Optional<String> panelDate(LocalDate panel, LocalDate commentsDue) {
        return panel.isAfter(commentsDue) ? Optional.empty() : Optional.of(PREFIX + "panelDate.beforeComments");
    }

    /** The recommendation is made at the panel: it can be recorded on the panel date or later. */
    public Optional<String> recommendation(LocalDate panel, LocalDate today) {
        return today.isBefore(panel) ? Optional.of(PREFIX + "recommendation.beforePanel") : Optional.empty();
    }

    /** The decision follows the panel and is not dated in the future. */
    public Optional<String> decisionDate(LocalDate decided, LocalDate panel, LocalDate today) {
        if (decided.isAfter(today)) {
            return Optional.of(PREFIX + "decidedOn.future");
        }
        if (decided.isBefore(panel)) {
            return Optional.of(PREFIX + "decidedOn.beforePanel");
        }
        return Optional.empty();
    }

    /** A 24-hour time typed as 14:30 or 9.15; empty when it is not one. */
    public static Optional<LocalTime> time(String typed) {
        Matcher m = TIME.matcher(typed == null ? "" : typed.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** After "not suitable": 40 working days for representations to the agency or a review by the IRM. */
    public LocalDate representationsDue(LocalDate decided) {
        return clocks.representationsDue(decided);
    }
}
