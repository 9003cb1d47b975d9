package uk.frontdoor.core.support.fund;

import java.time.LocalDate;

/**
 * An application to the Adoption and Special Guardianship Support Fund made for a support request.
 * {@code decidedOn} is null while the decision is pending; {@code startsOn}/{@code endsOn} are the funded
 * period (known once approved, sometimes planned before).
 */
public record FundApplication(long id, long supportRequestId, LocalDate appliedOn, String therapyType, String provider,
                              int amountPence, FundDecision decision, LocalDate decidedOn, LocalDate startsOn,
                              LocalDate endsOn, int version) {

    /** The amount as people write it: £1,250.00. */
    public String amount() {
        return FundApplicationEntry.pounds(amountPence);
    }
}
