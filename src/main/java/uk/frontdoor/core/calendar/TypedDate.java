package uk.frontdoor.core.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A date as typed in the GOV.UK date input's three boxes, kept as typed (even when wrong) so that a form shown again
 * shows it again. The one reader of such dates: {@link #read(Years)} says, in the order the Design System checks,
 * whether it is blank, partly filled in, not a real date (or outside the years the question allows), or a date.
 * Whether a date is required, or may be in the past or the future, is the asking rule's business, not the reader's.
 */
public record TypedDate(String day, String month, String year) {

    public TypedDate {
        day = clean(day);
        month = clean(month);
        year = clean(year);
    }

    /** Which box a problem belongs to; the day's box carries the date input's own id. */
    public enum Part {
        DAY(""), MONTH("-month"), YEAR("-year");

        private final String suffix;

        Part(String suffix) {
            this.suffix = suffix;
        }

        /** The id of this part's box in a date input named {@code name}. */
        public String id(String name) {
            return name + suffix;
        }
    }

    /** The years a question accepts, both included. */
    public record Years(int earliest, int latest) {
        public static Years between(int earliest, int latest) {
            return new Years(earliest, latest);
        }

        boolean contain(int year) {
            return year >= earliest && year <= latest;
        }
    }

    /** What the three boxes hold. */
    public sealed interface Reading permits Blank, Partial, NotReal, ADate {
    }

    /** Nothing typed in any box. */
    public record Blank() implements Reading {
    }

    /**
     * Some boxes empty: {@code missing} names them in order ({@code "Day"}, {@code "MonthYear"}, ...), and
     * {@code first} is the first empty box, for the error summary's link.
     */
    public record Partial(String missing, Part first) implements Reading {
    }

    /**
     * Every box filled, but no date: {@code rule} is {@code "real"} (31 February, letters, a year outside the
     * question's years) or {@code "yearFourDigits"}; {@code part} is the box to link to.
     */
    public record NotReal(String rule, Part part) implements Reading {
    }

    /** A real date within the question's years. */
    public record ADate(LocalDate date) implements Reading {
    }

    public static TypedDate blank() {
        return new TypedDate("", "", "");
    }

    /** A date written in one piece ({@code 27 3 1985}, {@code 27/03/1985}, {@code 27-3-1985}), split into its boxes. */
    public static TypedDate split(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            return blank();
        }
        String[] parts = stripped.split("[\\s/.-]+");
        if (parts.length == 3) {
            return new TypedDate(parts[0], parts[1], parts[2]);
        }
        return new TypedDate(stripped, "", ""); // not a date: kept as typed, read as not real
    }

    public static TypedDate of(LocalDate date) {
        return new TypedDate(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                String.valueOf(date.getYear()));
    }

    public boolean isBlank() {
        return day.isEmpty() && month.isEmpty() && year.isEmpty();
    }

    public Reading read(Years years) {
        if (isBlank()) {
            return new Blank();
        }
        String missing = (day.isEmpty() ? "Day" : "") + (month.isEmpty() ? "Month" : "") + (year.isEmpty() ? "Year" : "");
        if (!missing.isEmpty()) {
            return new Partial(missing, day.isEmpty() ? Part.DAY : month.isEmpty() ? Part.MONTH : Part.YEAR);
        }
        if (!day.matches("[0-9]{1,2}") || Integer.parseInt(day) < 1 || Integer.parseInt(day) > 31) {
            return new NotReal("real", Part.DAY);
        }
        if (!month.matches("[0-9]{1,2}") || Integer.parseInt(month) < 1 || Integer.parseInt(month) > 12) {
            return new NotReal("real", Part.MONTH);
        }
        if (!year.matches("[0-9]+")) {
            return new NotReal("real", Part.YEAR);
        }
        if (year.length() != 4) {
            return new NotReal("yearFourDigits", Part.YEAR);
        }
        if (!years.contain(Integer.parseInt(year))) {
            return new NotReal("real", Part.YEAR);
        }
        try {
            return new ADate(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return new NotReal("real", Part.DAY); // 31 February
        }
    }

    /** The date, when the boxes hold a real one within {@code years}. */
    public Optional<LocalDate> date(Years years) {
        return read(years) instanceof ADate d ? Optional.of(d.date()) : Optional.empty();
    }

    /** How an answer is stored: {@code 27 3 1985} when it is a date, else the parts as typed. */
    public String stored(Years years) {
        return date(years).map(d -> d.getDayOfMonth() + " " + d.getMonthValue() + " " + d.getYear())
                .orElseGet(() -> String.join(" ", day, month, year).strip().replaceAll("\\s+", " "));
    }

    private static String clean(String part) {
        return part == null ? "" : part.strip();
    }
}
