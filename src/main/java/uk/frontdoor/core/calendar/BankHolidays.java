package uk.frontdoor.core.calendar;

import uk.frontdoor.platform.db.Sql;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;

/** Loads the England and Wales bank holidays and hands out the working-day calendar built on them. */
@Singleton
public class BankHolidays {
    private final Sql sql;
    private volatile WorkingDays calendar;

    public BankHolidays(Sql sql) {
        this.sql = sql;
    }

    public WorkingDays calendar() {
        WorkingDays current = calendar;
        if (current == null) {
            current = reload();
        }
        return current;
    }

    public WorkingDays reload() {
        List<LocalDate> dates = sql.list("SELECT holiday_date FROM bank_holiday",
                rs -> rs.getObject(1, LocalDate.class));
        WorkingDays loaded = new WorkingDays(dates);
        calendar = loaded;
        return loaded;
    }
}
