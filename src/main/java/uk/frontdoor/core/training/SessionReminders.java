package uk.frontdoor.core.training;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import uk.frontdoor.core.calendar.BankHolidays;
import uk.frontdoor.core.calendar.WorkingDays;
import uk.frontdoor.core.events.EventReminders;
import uk.frontdoor.core.events.EventWhen;
import uk.frontdoor.core.notify.EmailTemplate;
import uk.frontdoor.core.notify.Outbox;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;

/**
 * A reminder email two working days before each preparation training session, the same day rule as information
 * events ({@link EventReminders#reminderDay}), to everyone enrolled on the course. Once per session and enrolment:
 * the row in {@code training_session_reminder} is written in the same transaction as the email, and its primary key
 * stops a second node sending it again. Sent to the address on the person's account, with no personal details.
 */
@Singleton
public class SessionReminders {
    private final Sql sql;
    private final Clock clock;
    private final Outbox outbox;
    private final BankHolidays holidays;

    public SessionReminders(Sql sql, Clock clock, Outbox outbox, BankHolidays holidays) {
        this.sql = sql;
        this.clock = clock;
        this.outbox = outbox;
        this.holidays = holidays;
    }

    public record Due(long sessionId, long enrolmentId) { }

    /** Sessions whose reminder day has come, for each enrolment on their course not yet reminded of them. */
    public List<Due> due() {
        LocalDateTime now = Times.nowUtc(clock);
        LocalDate today = Times.todayUk(clock);
        WorkingDays calendar = holidays.calendar();
        record Candidate(long sessionId, long enrolmentId, LocalDateTime startsAt) { }
        return sql.list("""
                SELECT s.id, e.id, s.starts_at FROM training_session s
                JOIN training_enrolment e ON e.course_id = s.course_id AND e.status = 'ENROLLED'
                LEFT JOIN training_session_reminder r ON r.session_id = s.id AND r.enrolment_id = e.id
                WHERE r.session_id IS NULL AND s.starts_at > ? AND s.starts_at < ? ORDER BY s.id, e.id LIMIT 1000""",
                rs -> new Candidate(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDateTime.class)),
                now, now.plusDays(14)).stream()
                .filter(c -> !today.isBefore(EventReminders.reminderDay(calendar, Times.ukDay(c.startsAt()))))
                .map(c -> new Due(c.sessionId(), c.enrolmentId())).toList();
    }

    /** Sends one reminder unless it was sent already (here or on another node), or the person left the course. */
    @Transactional
    public boolean remind(Due due) {
        record Row(String email, String course, LocalDateTime startsAt, LocalDateTime endsAt) { }
        var row = sql.one("""
                SELECT a.email, c.title, s.starts_at, s.ends_at FROM training_enrolment e
                JOIN applicant_account a ON a.id = e.applicant_id
                JOIN training_session s ON s.id = ? AND s.course_id = e.course_id
                JOIN training_course c ON c.id = s.course_id
                WHERE e.id = ? AND e.status = 'ENROLLED'""",
                rs -> new Row(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDateTime.class),
                        rs.getObject(4, LocalDateTime.class)), due.sessionId(), due.enrolmentId());
        if (row.isEmpty() || sql.update("""
                INSERT IGNORE INTO training_session_reminder (session_id, enrolment_id, sent_at) VALUES (?, ?, ?)""",
                due.sessionId(), due.enrolmentId(), Times.nowUtc(clock)) == 0) {
            return false;
        }
        outbox.enqueue(row.get().email(), EmailTemplate.TRAINING_REMINDER, Map.of("course", row.get().course(),
                "when", EventWhen.between(row.get().startsAt(), row.get().endsAt())));
        return true;
    }
}
