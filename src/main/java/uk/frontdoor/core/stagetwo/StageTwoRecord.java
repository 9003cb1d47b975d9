package uk.frontdoor.core.stagetwo;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** What has happened in one journey's Stage Two: who assesses, the plan, the report, the panel and the decision. */
public record StageTwoRecord(long journeyId, LocalDate notifiedOn, Long assessorId, String assessorName, String plan,
                             LocalDate targetPanelDate, LocalDate parSharedOn, LocalDate commentsDue, String comments,
                             LocalDateTime commentsReceivedAt, LocalDate panelDate,
                             PanelRecommendation panelRecommendation, AdmDecision admDecision,
                             LocalDate admDecidedOn, int version) {

    public enum PanelRecommendation { SUITABLE, NOT_SUITABLE }

    public enum AdmDecision { APPROVED, NOT_SUITABLE }

    public boolean reportShared() {
        return parSharedOn != null;
    }

    public boolean commentsReceived() {
        return commentsReceivedAt != null;
    }
}
