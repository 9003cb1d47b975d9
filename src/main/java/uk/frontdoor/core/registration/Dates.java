package uk.frontdoor.core.registration;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** Dates as people type them: day, month and year (27 3 1985, 27/03/1985, 27-3-1985). */
public final class Dates {
    private Dates() {
    }

    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.strip().split("[\\s/.-]+");
        if (parts.length != 3 || parts[2].length() != 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]),
                    Integer.parseInt(parts[0])));
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }
}
