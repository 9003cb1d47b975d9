package uk.frontdoor.staff.workitem;

import uk.frontdoor.staff.Tag;

/** One support fund application of a case, ready to show; {@code attention} is null when nothing is due soon. */
public record FundRow(String href, String appliedOn, String therapyType, String provider, String amount,
                      String decision, String fundedPeriod, Tag attention) {
}
