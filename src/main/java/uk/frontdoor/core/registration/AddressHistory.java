package uk.frontdoor.core.registration;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Where the applicants have lived for the last five years. The addresses must reach back five years from
 * today; a gap between one address and the next that is longer than a month must be explained.
 */
public final class AddressHistory {
    public static final int YEARS = 5;

    private AddressHistory() {
    }

    /** One address's dates; {@code to} is null for the address where they live now. */
    public record Stay(LocalDate from, LocalDate to) {
        LocalDate until(LocalDate today) {
            return to == null ? today : to;
        }
    }

    public enum Verdict { FINE, NOT_FIVE_YEARS, UNEXPLAINED_GAP, NOT_UP_TO_DATE }

    /**
     * @param explained true when the person has written an explanation of their gaps
     */
    public static Verdict check(List<Stay> stays, LocalDate today, boolean explained) {
        if (stays.isEmpty()) {
            return Verdict.NOT_FIVE_YEARS;
        }
        List<Stay> ordered = stays.stream().sorted(Comparator.comparing(Stay::from)).toList();
        if (ordered.get(0).from().isAfter(today.minusYears(YEARS))) {
            return Verdict.NOT_FIVE_YEARS;
        }
        LocalDate reached = ordered.get(0).until(today);
        boolean gap = false;
        for (Stay next : ordered.subList(1, ordered.size())) {
            if (next.from().isAfter(reached.plusMonths(1))) {
                gap = true;
            }
            if (next.until(today).isAfter(reached)) {
                reached = next.until(today);
            }
        }
        if (reached.plusMonths(1).isBefore(today)) {
            return Verdict.NOT_UP_TO_DATE;
        }
        return gap && !explained ? Verdict.UNEXPLAINED_GAP : Verdict.FINE;
    }
}
