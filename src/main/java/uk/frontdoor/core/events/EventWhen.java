package uk.frontdoor.core.events;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.frontdoor.platform.time.Times;

/** An event's time as people read it, in UK time: "Tuesday 10 March 2027, 6:00pm to 8:00pm". */
public final class EventWhen {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    private EventWhen() {
    }

    public static String of(EventPlan plan) {
        return between(plan.startsAt(), plan.endsAt());
    }

    /** From {@code startsUtc} to {@code endsUtc} (both UTC), as people read it. */
    public static String between(LocalDateTime startsUtc, LocalDateTime endsUtc) {
        LocalDateTime start = Times.toUk(startsUtc);
        LocalDateTime end = Times.toUk(endsUtc);
        String endText = end.toLocalDate().equals(start.toLocalDate()) ? time(end) : DAY.format(end) + ", " + time(end);
        return DAY.format(start) + ", " + time(start) + " to " + endText;
    }

    public static String moment(LocalDateTime utc) {
        LocalDateTime uk = Times.toUk(utc);
        return DAY.format(uk) + " at " + time(uk);
    }

    private static String time(LocalDateTime t) {
        return TIME.format(t).toLowerCase(Locale.UK);
    }
}
