package uk.frontdoor.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Conversions between the database's UTC wall-clock times and the UK time people read. */
public final class Times {
    public static final ZoneId UK = ZoneId.of("Europe/London");

    private Times() {
    }

    /** Now, as stored: UTC without a zone. */
    public static LocalDateTime nowUtc(Clock clock) {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** Today in the UK (the date that clocks and due dates count from). */
    public static LocalDate todayUk(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), UK);
    }

    public static Instant toInstant(LocalDateTime utc) {
        return utc.toInstant(ZoneOffset.UTC);
    }

    public static LocalDateTime toUk(LocalDateTime utc) {
        return utc == null ? null : LocalDateTime.ofInstant(toInstant(utc), UK);
    }

    private static final java.time.zone.ZoneRules UK_RULES = UK.getRules();

    /**
     * The UK calendar day of a stored UTC time: the day of the time plus the UK's offset at that instant, without
     * building a date-time (the management information asks this of some 65,000 times a view).
     */
    public static LocalDate ukDay(LocalDateTime utc) {
        long seconds = utc.toEpochSecond(ZoneOffset.UTC);
        int offset = UK_RULES.getOffset(Instant.ofEpochSecond(seconds)).getTotalSeconds();
        return LocalDate.ofEpochDay(Math.floorDiv(seconds + offset, 86_400));
    }

    /** A UK wall-clock time, as stored (UTC). */
    public static LocalDateTime fromUk(LocalDateTime uk) {
        return uk.atZone(UK).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
}
