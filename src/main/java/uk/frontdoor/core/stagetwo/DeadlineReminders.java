package uk.frontdoor.core.stagetwo;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.audit.Subject;
import uk.frontdoor.core.calendar.BankHolidays;
import uk.frontdoor.core.journey.JourneyClocks;
import uk.frontdoor.core.notify.EmailTemplate;
import uk.frontdoor.core.notify.Outbox;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;

/**
 * Reminds an applicant before a statutory window closes on them: the last day to start Stage Two (4 weeks and 1 week
 * before), the Prospective Adopter's Report comments (3 working days before), and representations after a "not
 * suitable" decision (10 working days before the 40 close). Each reminder goes once per journey (a row in
 * {@code journey_reminder}, whose primary key refuses a second node's copy), and none once the person has acted: a
 * journey that has moved on, or comments received, is no longer a candidate. The email names only the date; what it
 * is about is shown after signing in.
 */
@Singleton
public class DeadlineReminders {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final Sql sql;
    private final Clock clock;
    private final BankHolidays holidays;
    private final Outbox outbox;
    private final AuditLog audit;

    public DeadlineReminders(Sql sql, Clock clock, BankHolidays holidays, Outbox outbox, AuditLog audit) {
        this.sql = sql;
        this.clock = clock;
        this.holidays = holidays;
        this.outbox = outbox;
        this.audit = audit;
    }

    /** What a reminder is about. Stored by name: never rename one once released. */
    public enum Reminder { STAGE_TWO_START_FOUR_WEEKS, STAGE_TWO_START_ONE_WEEK, PAR_COMMENTS, REPRESENTATIONS }

    public record Due(long journeyId, Reminder reminder, LocalDate deadline) { }

    /** A reminder that went, for staff to see on the journey. */
    public record Sent(Reminder reminder, LocalDate deadline, LocalDateTime sentAt) { }

    /**
     * Which reminder is due for a window closing on {@code deadline}, given the days each goes on (latest last):
     * the latest whose day has come, so a job that missed a day never sends two at once; none once it has closed.
     */
    static Optional<Reminder> dueOn(LocalDate today, LocalDate deadline, List<LocalDate> days, List<Reminder> reminders) {
        if (today.isAfter(deadline)) {
            return Optional.empty();
        }
        Reminder due = null;
        for (int i = 0; i < days.size(); i++) {
            if (!today.isBefore(days.get(i))) {
                due = reminders.get(i);
            }
        }
        return Optional.ofNullable(due);
    }

    /** The reminders due today that have not been sent. */
    public List<Due> due() {
        LocalDate today = Times.todayUk(clock);
        JourneyClocks clocks = new JourneyClocks(holidays.calendar());
        List<Due> due = new ArrayList<>();
        record Window(long journeyId, LocalDate from) { }
        for (Window w : sql.list("SELECT id, state_since FROM adopter_journey WHERE state = 'STAGE_ONE_COMPLETE'",
                rs -> new Window(rs.getLong(1), Times.ukDay(rs.getObject(2, LocalDateTime.class))))) {
            LocalDate last = clocks.lastDayToStartStageTwo(w.from());
            dueOn(today, last, JourneyClocks.GAP_REMINDER_DAYS.stream().map(last::minusDays).toList(),
                    List.of(Reminder.STAGE_TWO_START_FOUR_WEEKS, Reminder.STAGE_TWO_START_ONE_WEEK))
                    .ifPresent(r -> due.add(new Due(w.journeyId(), r, last)));
        }
        for (Window w : sql.list("""
                SELECT s.journey_id, s.comments_due FROM stage_two s JOIN adopter_journey j ON j.id = s.journey_id
                WHERE j.state IN ('STAGE_TWO', 'AWAITING_PANEL') AND s.par_shared_on IS NOT NULL
                  AND s.comments_received_at IS NULL AND s.comments_due >= ?""",
                rs -> new Window(rs.getLong(1), rs.getObject(2, LocalDate.class)), today)) {
            dueOn(today, w.from(), List.of(clocks.remindOn(w.from(), JourneyClocks.PAR_COMMENTS_REMINDER_WORKING_DAYS)),
                    List.of(Reminder.PAR_COMMENTS)).ifPresent(r -> due.add(new Due(w.journeyId(), r, w.from())));
        }
        for (Window w : sql.list("""
                SELECT s.journey_id, s.adm_decided_on FROM stage_two s JOIN adopter_journey j ON j.id = s.journey_id
                WHERE j.state = 'NOT_SUITABLE' AND s.adm_decision = 'NOT_SUITABLE' AND s.adm_decided_on IS NOT NULL""",
                rs -> new Window(rs.getLong(1), rs.getObject(2, LocalDate.class)))) {
            LocalDate closes = clocks.representationsDue(w.from());
            dueOn(today, closes, List.of(clocks.remindOn(closes, JourneyClocks.REPRESENTATIONS_REMINDER_WORKING_DAYS)),
                    List.of(Reminder.REPRESENTATIONS)).ifPresent(r -> due.add(new Due(w.journeyId(), r, closes)));
        }
        Set<String> sent = new HashSet<>(sql.list("SELECT CONCAT(journey_id, ':', reminder) FROM journey_reminder "
                + "WHERE sent_at > ?", rs -> rs.getString(1), Times.nowUtc(clock).minusYears(1)));
        return due.stream().filter(d -> !sent.contains(d.journeyId() + ":" + d.reminder().name())).toList();
    }

    /** Sends one reminder unless it went already (here or on another node). */
    @Transactional
    public boolean remind(Due due) {
        if (sql.update("""
                INSERT IGNORE INTO journey_reminder (journey_id, reminder, deadline, sent_at) VALUES (?, ?, ?, ?)""",
                due.journeyId(), due.reminder().name(), due.deadline(), Times.nowUtc(clock)) == 0) {
            return false;
        }
        String email = sql.one("""
                SELECT a.email FROM adopter_journey j JOIN applicant_account a ON a.id = j.applicant_id WHERE j.id = ?""",
                rs -> rs.getString(1), due.journeyId()).orElseThrow();
        outbox.enqueue(email, EmailTemplate.JOURNEY_DEADLINE, Map.of("deadline", DAY.format(due.deadline())));
        audit.system("DEADLINE_REMINDER", Subject.JOURNEY, due.journeyId(), due.reminder().name());
        return true;
    }

    /** The reminders a journey's applicant has been sent, newest first. */
    public List<Sent> sent(long journeyId) {
        return sql.list("SELECT reminder, deadline, sent_at FROM journey_reminder WHERE journey_id = ? ORDER BY sent_at DESC",
                rs -> new Sent(Reminder.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDateTime.class)), journeyId);
    }
}
