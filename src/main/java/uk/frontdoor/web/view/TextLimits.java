package uk.frontdoor.web.view;

import java.util.Map;
import uk.frontdoor.core.events.EventPlan;
import uk.frontdoor.core.journey.PauseAndWithdraw;
import uk.frontdoor.core.region.ContactAdministration;
import uk.frontdoor.core.registration.Registrations;
import uk.frontdoor.core.retention.Erasure;
import uk.frontdoor.core.stageone.StageOneRules;
import uk.frontdoor.core.stagetwo.StageTwo;
import uk.frontdoor.core.support.RequesterInformation;
import uk.frontdoor.core.work.NewContact;
import uk.frontdoor.core.work.SupportChoice;
import uk.frontdoor.core.work.TriageChoice;

/**
 * The longest answer each text area takes, as core checks it, for the GOV.UK character count
 * ({@code maxlength=${limits['contactSummary']}} in a template): the count a person sees is the rule they meet.
 */
final class TextLimits {
    static final Map<String, Integer> ALL = Map.ofEntries(
            Map.entry("contactSummary", NewContact.MAX_SUMMARY),
            Map.entry("supportOutcome", SupportChoice.LIMIT),
            Map.entry("triageReason", TriageChoice.MAX_REASON),
            Map.entry("registrationNote", Registrations.NOTE_LIMIT),
            Map.entry("stageOneReason", StageOneRules.REASON_LIMIT),
            Map.entry("stageTwoText", StageTwo.TEXT_LIMIT),
            Map.entry("choiceReason", PauseAndWithdraw.REASON_LIMIT),
            Map.entry("erasureReason", Erasure.MAX_REASON),
            Map.entry("eventAddress", EventPlan.MAX_ADDRESS),
            Map.entry("regionAddress", ContactAdministration.MAX_ADDRESS),
            Map.entry("requesterInformation", RequesterInformation.LIMIT));

    private TextLimits() {
    }
}
