package uk.frontdoor.core.registration;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.frontdoor.core.calendar.TypedDate;

/**
 * The registration's rule for a date typed in the three boxes, over {@link TypedDate#read}: what is wrong with it,
 * in the order the Design System checks (nothing entered, a part missing, not a real date, a year without four
 * digits, a date in the future), as the rule that ends its message key.
 */
public final class DateRule {
    /** Any four-digit year: the registration's dates are held only to today. */
    public static final TypedDate.Years YEARS = TypedDate.Years.between(0, 9999);
    /** Every rule a date can break, for the message bundle check. */
    static final List<String> RULES = List.of("required", "missingDay", "missingMonth", "missingYear",
            "missingDayMonth", "missingDayYear", "missingMonthYear", "real", "yearFourDigits", "past");

    private DateRule() {
    }

    /** What is wrong: the rule (the end of a message key) and the box to link to. */
    public record Fault(String rule, TypedDate.Part part) {
    }

    /** The first thing wrong with a given answer, or empty when it is a real date not after {@code today}. */
    public static Optional<Fault> fault(TypedDate typed, LocalDate today) {
        TypedDate.Reading reading = typed.read(YEARS);
        if (reading instanceof TypedDate.Blank) {
            return Optional.of(new Fault("required", TypedDate.Part.DAY));
        }
        if (reading instanceof TypedDate.Partial partial) {
            return Optional.of(new Fault("missing" + partial.missing(), partial.first()));
        }
        if (reading instanceof TypedDate.NotReal notReal) {
            return Optional.of(new Fault(notReal.rule(), notReal.part()));
        }
        if (((TypedDate.ADate) reading).date().isAfter(today)) {
            return Optional.of(new Fault("past", TypedDate.Part.DAY));
        }
        return Optional.empty();
    }

    /** A stored answer ({@code 27 3 1985}) as a date, when it is a real one. */
    public static Optional<LocalDate> parse(String stored) {
        return TypedDate.split(stored).date(YEARS);
    }
}
