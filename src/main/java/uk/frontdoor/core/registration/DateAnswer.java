package uk.frontdoor.core.registration;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A date as typed in the GOV.UK date input's three boxes, and what is wrong with it, in the order the
 * Design System checks: nothing entered, a part missing, not a real date, a year without four digits, a date
 * in the future. Kept as the parts typed (even when wrong) so that a re-rendered form shows them again.
 */
public record DateAnswer(String day, String month, String year) {

    /** Which box a problem belongs to; the day's box carries the date's own id. */
    public enum Part {
        DAY(""), MONTH("-month"), YEAR("-year");

        private final String suffix;

        Part(String suffix) {
            this.suffix = suffix;
        }

        /** The id of this part's box for a date input named {@code name}. */
        public String id(String name) {
            return name + suffix;
        }
    }

    /** What is wrong: the rule (the end of a message key) and the box to link to. */
    public record Fault(String rule, Part part) {
    }

    public DateAnswer {
        day = clean(day);
        month = clean(month);
        year = clean(year);
    }

    /** A stored answer ({@code 27 3 1985}, also 27/03/1985) split into its three parts. */
    public static DateAnswer split(String stored) {
        String text = stored == null ? "" : stored.strip();
        if (text.isEmpty()) {
            return new DateAnswer("", "", "");
        }
        String[] parts = text.split("[\\s/.-]+");
        if (parts.length == 3) {
            return new DateAnswer(parts[0], parts[1], parts[2]);
        }
        return new DateAnswer(text, "", ""); // not a date: shown as typed, found not real
    }

    public boolean isBlank() {
        return day.isEmpty() && month.isEmpty() && year.isEmpty();
    }

    /** The date, when the parts make a real one with a four-digit year. */
    public Optional<LocalDate> date() {
        if (!day.matches("[0-9]{1,2}") || !month.matches("[0-9]{1,2}") || !year.matches("[0-9]{4}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** How the answer is stored: {@code 27 3 1985} when real, else the parts typed. */
    public String stored() {
        return date().map(d -> d.getDayOfMonth() + " " + d.getMonthValue() + " " + d.getYear())
                .orElseGet(() -> String.join(" ", day, month, year).strip().replaceAll("\\s+", " "));
    }

    /** The first thing wrong with a given answer, or empty when it is a real date not after {@code today}. */
    public Optional<Fault> fault(LocalDate today) {
        if (isBlank()) {
            return Optional.of(new Fault("required", Part.DAY));
        }
        String missing = (day.isEmpty() ? "Day" : "") + (month.isEmpty() ? "Month" : "") + (year.isEmpty() ? "Year" : "");
        if (!missing.isEmpty()) {
            Part first = day.isEmpty() ? Part.DAY : month.isEmpty() ? Part.MONTH : Part.YEAR;
            return Optional.of(new Fault("missing" + missing, first));
        }
        if (!day.matches("[0-9]{1,2}") || Integer.parseInt(day) < 1 || Integer.parseInt(day) > 31) {
            return Optional.of(new Fault("real", Part.DAY));
        }
        if (!month.matches("[0-9]{1,2}") || Integer.parseInt(month) < 1 || Integer.parseInt(month) > 12) {
            return Optional.of(new Fault("real", Part.MONTH));
        }
        if (!year.matches("[0-9]+")) {
            return Optional.of(new Fault("real", Part.YEAR));
        }
        if (year.length() != 4) {
            return Optional.of(new Fault("yearFourDigits", Part.YEAR));
        }
        Optional<LocalDate> date = date();
        if (date.isEmpty()) {
            return Optional.of(new Fault("real", Part.DAY)); // 31 February
        }
        if (date.get().isAfter(today)) {
            return Optional.of(new Fault("past", Part.DAY));
        }
        return Optional.empty();
    }

    /** Every rule a date can break, for the message bundle check. */
    static final java.util.List<String> RULES = java.util.List.of("required", "missingDay", "missingMonth", "missingYear",
            "missingDayMonth", "missingDayYear", "missingMonthYear", "real", "yearFourDigits", "past");

    private static String clean(String part) {
        return part == null ? "" : part.strip();
    }
}
