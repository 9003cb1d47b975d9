package uk.frontdoor.applicant.account;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.frontdoor.core.journey.Journey;
import uk.frontdoor.core.journey.JourneyClocks;
import uk.frontdoor.core.journey.JourneyState;
import uk.frontdoor.core.stagetwo.StageTwo;
import uk.frontdoor.core.stagetwo.StageTwoRecord;

/** Builds what /account shows of the gap and Stage Two, for the signed-in person's own journey only. */
@Singleton
public class StageTwoAccount {
    private static final DateTimeFormatter VISIT = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' h:mma", Locale.UK);
    private final StageTwo stageTwo;

    public StageTwoAccount(StageTwo stageTwo) {
        this.stageTwo = stageTwo;
    }

    /** Nothing for a journey that has not reached the end of Stage One. */
    public Optional<StageTwoSummary> of(Journey journey) {
        LocalDate today = stageTwo.today();
        if (journey.state() == JourneyState.STAGE_ONE_COMPLETE) {
            return Optional.of(new StageTwoSummary(journey.state(), stageTwo.canStillStart(journey),
                    stageTwo.lastDayToStart(journey), null, null, List.of(), null, false, false, null, false, null,
                    null, null));
        }
        if (!List.of(JourneyState.STAGE_TWO, JourneyState.AWAITING_PANEL, JourneyState.APPROVED,
                JourneyState.NOT_SUITABLE).contains(journey.state())) {
            return Optional.empty();
        }
        return stageTwo.find(journey.id()).map(r -> summary(journey, r, today));
    }

    private StageTwoSummary summary(Journey journey, StageTwoRecord r, LocalDate today) {
        JourneyClocks clocks = stageTwo.clocks();
        JourneySummary clock = null;
        if (!journey.state().isTerminal()) {
            LocalDate due = stageTwo.rules().decisionDue(r.notifiedOn());
            clock = new JourneySummary(journey.state(), JourneyClocks.ClockKind.AGENCY_DECIDES_BY, due,
                    clocks.workingDaysLeft(due, today));
        }
        List<String> visits = stageTwo.visits(journey.id()).stream()
                .filter(v -> !v.at().toLocalDate().isBefore(today))
                .map(v -> VISIT.format(v.at()).replace("AM", "am").replace("PM", "pm")).toList();
        return new StageTwoSummary(journey.state(), false, null, r.assessorName(), r.targetPanelDate(), visits, clock,
                r.reportShared(), journey.state() == JourneyState.STAGE_TWO && stageTwo.rules().commentsOpen(r, today),
                r.commentsDue(), r.commentsReceived(), r.panelDate(), r.admDecidedOn(),
                r.admDecision() == StageTwoRecord.AdmDecision.NOT_SUITABLE
                        ? stageTwo.rules().representationsDue(r.admDecidedOn()) : null);
    }
}
