package uk.frontdoor.staff.stagetwo;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.frontdoor.web.form.FormData;

/**
 * Reads a GOV.UK date input ({@code <name>-day}, {@code -month}, {@code -year}) and a time typed as 14:30 from a
 * staff form. A problem is a message key {@code staff.stageTwo.<name>.required} or {@code .real}.
 */
final class DateFields {
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})");

    private DateFields() {
    }

    sealed interface Read permits Date, Problem {
    }

    record Date(LocalDate value) implements Read {
    }

    record Problem(String messageKey) implements Read {
    }

    static Read date(FormData form, String name) {
        String d = form.get(name + "-day");
        String m = form.get(name + "-month");
        String y = form.get(name + "-year");
        if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
            return new Problem("staff.stageTwo." + name + ".required");
        }
        try {
            if (y.length() != 4) {
                throw new NumberFormatException(y);
            }
            return new Date(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
        } catch (NumberFormatException | DateTimeException e) {
            return new Problem("staff.stageTwo." + name + ".real");
        }
    }

    /** A 24-hour time such as 14:30 or 9.15; null when it is not one. */
    static LocalTime time(String typed) {
        Matcher m = TIME.matcher(typed.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
