package uk.frontdoor.core.support;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** A support request as sent, with the councils it names (a borough of the region, or a typed name). */
public record SupportRequest(long id, String reference, LocalDateTime submittedAt, Requester requester,
                             String requesterOther, String fullName, String email, String phone,
                             boolean safeToLeaveMessage, boolean safeToSendPost, String safeContactNotes,
                             String childFirstName, LocalDate bornOn, LocalDate placedOn, LocalDate adoptionOrderOn,
                             Council placing, Council livesIn, List<String> help, String helpOther, Urgency urgency,
                             String supportBefore) {

    /** The council responsible on {@code today} (it moves three years after the adoption order). */
    public Responsibility responsibility(LocalDate today) {
        return ResponsibleCouncil.decide(requester, Optional.of(placing), livesIn, Optional.ofNullable(adoptionOrderOn),
                today);
    }
}
