package uk.frontdoor.core.registration;

import java.time.LocalDate;
import java.util.Optional;
import uk.frontdoor.core.calendar.TypedDate;

/**
 * Dates as people type them in one piece, read by {@link TypedDate}.
 *
 * @deprecated use {@code TypedDate.split(text).date(years)} with the years the question allows; kept only for the
 *             staff pages that still call it (staff.journey.JourneyPageController,
 *             staff.registration.RegistrationDecisionController), which their owners move.
 */
@Deprecated(forRemoval = true)
public final class Dates {
    private Dates() {
    }

    public static Optional<LocalDate> parse(String text) {
        return DateRule.parse(text);
    }
}
