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

    /** A UK wall-clock time, as stored (UTC). */
    public static LocalDateTime fromUk(LocalDateTime uk) {
        return uk.atZone(UK).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
}
