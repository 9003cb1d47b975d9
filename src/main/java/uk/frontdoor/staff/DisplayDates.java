package uk.frontdoor.staff;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.frontdoor.platform.time.Times;

/** Dates and times as GOV.UK writes them ("4 June 2025", "4 June 2025 at 2:30pm"), in UK time. */
public final class DisplayDates {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    private DisplayDates() {
    }

    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** A stored (UTC) moment as the UK reads it. */
    public static String moment(LocalDateTime utc) {
        if (utc == null) {
            return "";
        }
        LocalDateTime uk = Times.toUk(utc);
        return DAY.format(uk) + " at " + TIME.format(uk).toLowerCase(Locale.UK);
    }

    /** The UK date of a stored (UTC) moment. */
    public static String dayOf(LocalDateTime utc) {
        return utc == null ? "" : DAY.format(Times.toUk(utc));
    }
}
