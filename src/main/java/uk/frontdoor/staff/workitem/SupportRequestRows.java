package uk.frontdoor.staff.workitem;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.frontdoor.core.support.Council;
import uk.frontdoor.core.support.Responsibility;
import uk.frontdoor.core.support.SupportRequest;
import uk.frontdoor.staff.DisplayDates;
import uk.frontdoor.staff.StaffWords;
import uk.frontdoor.web.form.SummaryRow;

/** A support request as the sections of its work item's page, with the council responsible today. */
@Singleton
class SupportRequestRows {
    private final StaffWords words;

    SupportRequestRows(StaffWords words) {
        this.words = words;
    }

    /** What staff see of a support request: who is asking, the child or person, the help, the council. */
    record View(List<SummaryRow> asking, List<SummaryRow> child, List<SummaryRow> help, String responsibleCouncil,
                String rule, boolean outsideTheRegion) {
    }

    View view(SupportRequest r, LocalDate today) {
        List<SummaryRow> asking = new ArrayList<>();
        List<String> who = new ArrayList<>(List.of(words.of("support.requester." + r.requester().code())));
        if (r.requesterOther() != null) {
            who.add(r.requesterOther());
        }
        asking.add(new SummaryRow("staff.support.requester", who, null));
        asking.add(row("staff.support.name", r.fullName()));
        asking.add(row("staff.support.email", r.email()));
        asking.add(row("staff.support.phone", r.phone()));
        asking.add(row("staff.support.safeToLeaveMessage", words.of(r.safeToLeaveMessage() ? "common.yes" : "common.no")));
        asking.add(row("staff.support.safeToSendPost", words.of(r.safeToSendPost() ? "common.yes" : "common.no")));
        asking.add(row("staff.support.safeContactNotes", r.safeContactNotes()));

        List<SummaryRow> child = new ArrayList<>();
        child.add(row("staff.support.childFirstName", r.childFirstName()));
        child.add(row("staff.support.bornOn", DisplayDates.day(r.bornOn())));
        child.add(row("staff.support.placedOn", r.placedOn() == null ? null : DisplayDates.day(r.placedOn())));
        child.add(row("staff.support.adoptionOrderOn",
                r.adoptionOrderOn() == null ? null : DisplayDates.day(r.adoptionOrderOn())));
        child.add(row("staff.support.placingCouncil", council(r.placing())));
        child.add(row("staff.support.livesIn", council(r.livesIn())));

        List<SummaryRow> help = new ArrayList<>();
        List<String> asked = new ArrayList<>(r.help().stream().map(c -> words.of("support.help." + c)).toList());
        if (r.helpOther() != null) {
            asked.addAll(r.helpOther().lines().toList());
        }
        help.add(new SummaryRow("staff.support.help", asked, null));
        help.add(row("staff.support.urgency", words.of("support.urgency." + r.urgency().code())));
        help.add(new SummaryRow("staff.support.supportBefore", r.supportBefore() == null
                ? List.of(words.of("common.notGiven")) : r.supportBefore().lines().toList(), null));
        help.add(row("staff.support.submitted", DisplayDates.moment(r.submittedAt())));

        Responsibility responsibility = r.responsibility(today);
        return new View(asking, child, help, council(responsibility.council()), words.of(responsibility.ruleKey()),
                responsibility.isOutsideTheRegion());
    }

    private String council(Council c) {
        return c.isInRegion() ? c.name() : words.of("staff.support.outsideRegionCouncil", c.name());
    }

    private SummaryRow row(String key, String value) {
        return new SummaryRow(key, List.of(value == null || value.isBlank() ? words.of("common.notGiven") : value), null);
    }
}
