package uk.frontdoor.core.registration;

import java.time.LocalDate;

/** The age rule for applicants: an adopter must be 21 or over. */
public final class Ages {
    public static final int ADOPTER_MINIMUM = 21;

    private Ages() {
    }

    /** True when someone born on {@code dateOfBirth} is 21 or over on {@code today} (on their birthday too). */
    public static boolean isOldEnoughToAdopt(LocalDate dateOfBirth, LocalDate today) {
        return !dateOfBirth.plusYears(ADOPTER_MINIMUM).isAfter(today);
    }
}
