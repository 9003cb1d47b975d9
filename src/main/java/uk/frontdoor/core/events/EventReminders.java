package uk.frontdoor.core.events;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import uk.frontdoor.core.calendar.BankHolidays;
import uk.frontdoor.core.calendar.WorkingDays;
import uk.frontdoor.core.notify.EmailTemplate;
import uk.frontdoor.core.notify.Outbox;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;

/**
 * A reminder email two working days before an event (weekends and bank holidays do not count). Each booking is
 * reminded once: {@code reminded_at} is set by a conditional UPDATE in the same transaction as the email, so two
 * nodes running the job at the same moment cannot both send it.
 */
@Singleton
public class EventReminders {
    static final int WORKING_DAYS_BEFORE = 2;

    private final Sql sql;
    private final Clock clock;
    private final Outbox outbox;
    private final Events events;
    private final BankHolidays holidays;

    public EventReminders(Sql sql, Clock clock, Outbox outbox, Events events, BankHolidays holidays) {
        this.sql = sql;
        this.clock = clock;
        this.outbox = outbox;
        this.events = events;
        this.holidays = holidays;
    }

    /** The day the reminder for an event on {@code eventDay} goes: the second working day before it. */
    public static LocalDate reminderDay(WorkingDays calendar, LocalDate eventDay) {
        LocalDate day = eventDay;
        int counted = 0;
        while (counted < WORKING_DAYS_BEFORE) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    public record Due(long bookingId, long eventId) { }

    /** Bookings whose reminder day has come and that have not been reminded. */
    public List<Due> due() {
        LocalDateTime now = Times.nowUtc(clock);
        LocalDate today = Times.todayUk(clock);
        WorkingDays calendar = holidays.calendar();
        record Candidate(long bookingId, long eventId, LocalDateTime startsAt) { }
        return sql.list("""
                SELECT b.id, e.id, e.starts_at FROM event_booking b JOIN info_event e ON e.id = b.event_id
                WHERE b.status = 'BOOKED' AND b.reminded_at IS NULL AND e.cancelled_at IS NULL
                  AND e.starts_at > ? AND e.starts_at < ? ORDER BY b.id LIMIT 1000""",
                rs -> new Candidate(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDateTime.class)),
                now, now.plusDays(14)).stream()
                .filter(c -> !today.isBefore(reminderDay(calendar, Times.ukDay(c.startsAt()))))
                .map(c -> new Due(c.bookingId(), c.eventId())).toList();
    }

    /** Sends one booking's reminder unless it was sent already (here or on another node). */
    @Transactional
    public boolean remind(Due due) {
        LocalDateTime now = Times.nowUtc(clock);
        if (sql.update("UPDATE event_booking SET reminded_at = ? WHERE id = ? AND reminded_at IS NULL AND status = 'BOOKED'",
                now, due.bookingId()) == 0) {
            return false;
        }
        record Row(String email, String reference) { }
        Row row = sql.one("SELECT email, reference FROM event_booking WHERE id = ?",
                rs -> new Row(rs.getString(1), rs.getString(2)), due.bookingId()).orElseThrow();
        InfoEvent event = events.find(due.eventId()).orElseThrow();
        Map<String, String> params = EventBookings.eventParams(event);
        params.put("reference", row.reference());
        params.put("token", EventBookings.newManageToken(sql, due.bookingId(), now));
        outbox.enqueue(row.email(), EmailTemplate.EVENT_REMINDER, params);
        return true;
    }
}
