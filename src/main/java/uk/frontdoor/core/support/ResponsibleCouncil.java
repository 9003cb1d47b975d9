package uk.frontdoor.core.support;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which council is responsible for adoption support (Adoption Support Services Regulations 2005, reg 7):
 * <ul>
 *   <li>for an adopted child (whoever asks about them: adoptive parents, the young person, a sibling,
 *       someone else) the placing council, until three years after the adoption order, and also while
 *       there is no order yet; from the third anniversary of the order, the council where the family lives;</li>
 *   <li>for an adopted adult or a birth relative, the council where they live; when that is outside the
 *       region and the council where the adoption was made (the placing council) is given and in the
 *       region, that council.</li>
 * </ul>
 * The three years end at the start of the anniversary: on the anniversary itself responsibility has
 * moved. The anniversary is {@link LocalDate#plusYears}: an order made on 29 February has its third
 * anniversary on 28 February (the last day of that February), so responsibility moves on 28 February.
 */
public final class ResponsibleCouncil {
    public static final int PLACING_COUNCIL_YEARS = 3;

    private ResponsibleCouncil() {
    }

    /** The day the placing council's responsibility ends (the order's third anniversary). */
    public static LocalDate placingCouncilUntil(LocalDate adoptionOrder) {
        return adoptionOrder.plusYears(PLACING_COUNCIL_YEARS);
    }

    /**
     * @param placing       the placing council (where the adoption was made); may be empty for an adopted
     *                      adult or a birth relative who does not know it
     * @param livesIn       the council where the family, or the person, lives now
     * @param adoptionOrder the date of the adoption order, empty when there is none yet
     * @param today         today in the UK
     */
    public static Responsibility decide(Requester who, Optional<Council> placing, Council livesIn,
                                        Optional<LocalDate> adoptionOrder, LocalDate today) {
        if (who.isHelpedWhereTheyLive()) {
            if (!livesIn.isInRegion() && placing.isPresent() && placing.get().isInRegion()) {
                return new Responsibility(placing.get(), Responsibility.Rule.WHERE_THE_ADOPTION_WAS_MADE);
            }
            return new Responsibility(livesIn, Responsibility.Rule.WHERE_THEY_LIVE);
        }
        Council placingCouncil = placing.orElseThrow(() ->
                new IllegalArgumentException("A request about an adopted child names the placing council"));
        if (adoptionOrder.isEmpty()) {
            return new Responsibility(placingCouncil, Responsibility.Rule.PLACING_COUNCIL_NO_ORDER_YET);
        }
        if (today.isBefore(placingCouncilUntil(adoptionOrder.get()))) {
            return new Responsibility(placingCouncil, Responsibility.Rule.PLACING_COUNCIL_WITHIN_THREE_YEARS);
        }
        return new Responsibility(livesIn, Responsibility.Rule.WHERE_THE_FAMILY_LIVES_AFTER_THREE_YEARS);
    }
}
