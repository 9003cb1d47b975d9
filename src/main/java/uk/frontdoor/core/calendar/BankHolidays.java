package uk.frontdoor.core.calendar;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.frontdoor.platform.db.Sql;

/**
 * Loads the England and Wales bank holidays and hands out the working-day calendar built on them. The calendar is
 * kept for at most {@link #FRESH_FOR}: an import on another node ({@link BankHolidayImport}) reaches this one within
 * that, and this node's own imports reload it at once.
 */
@Singleton
public class BankHolidays {
    /** How long a loaded calendar is used before it is read again. */
    static final Duration FRESH_FOR = Duration.ofMinutes(5);
    /** Staff are warned when the holidays known end sooner than this from today. */
    public static final int MONTHS_AHEAD_WANTED = 12;

    private final Sql sql;
    private volatile Loaded loaded;

    private record Loaded(WorkingDays calendar, long at) {
    }

    public BankHolidays(Sql sql) {
        this.sql = sql;
    }

    public WorkingDays calendar() {
        Loaded current = loaded;
        if (current == null || System.nanoTime() - current.at() > FRESH_FOR.toNanos()) {
            return reload();
        }
        return current.calendar();
    }

    public WorkingDays reload() {
        List<LocalDate> dates = sql.list("SELECT holiday_date FROM bank_holiday",
                rs -> rs.getObject(1, LocalDate.class));
        WorkingDays calendar = new WorkingDays(dates);
        loaded = new Loaded(calendar, System.nanoTime());
        return calendar;
    }

    /** The last bank holiday known: after it, every weekday counts as a working day, rightly or not. */
    public Optional<LocalDate> knownUntil() {
        return sql.one("SELECT holiday_date FROM bank_holiday ORDER BY holiday_date DESC LIMIT 1", rs -> rs.getObject(1, LocalDate.class));
    }

    /**
     * The last holiday known, when it is less than {@link #MONTHS_AHEAD_WANTED} months after {@code today} (or none is
     * known): working days counted past it may be wrong, and someone should import the next years' holidays.
     */
    public Optional<LocalDate> shortOfAYear(LocalDate today) {
        Optional<LocalDate> until = knownUntil();
        return until.isEmpty() || until.get().isBefore(today.plusMonths(MONTHS_AHEAD_WANTED))
                ? Optional.of(until.orElse(today)) : Optional.empty();
    }

    /** The holidays from {@code from} on, in date order. */
    public List<BankHolidayFile.Holiday> from(LocalDate from) {
        return sql.list("SELECT holiday_date, name FROM bank_holiday WHERE holiday_date >= ? ORDER BY holiday_date",
                rs -> new BankHolidayFile.Holiday(rs.getObject(1, LocalDate.class), rs.getString(2)), from);
    }
}
