package uk.frontdoor.core.events;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.audit.Subject;
import uk.frontdoor.core.notify.EmailTemplate;
import uk.frontdoor.core.notify.Outbox;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.core.region.Spoke;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;

/**
 * Staff create, edit and cancel information events (each action checks every rule and writes its audit row); the
 * public list reads the upcoming ones. Events belong to the whole agency, not to a team: every member of staff who may
 * plan events may change any of them.
 */
@Singleton
public class Events {
    static final String COLUMNS = """
            e.id, e.title, e.kind, e.spoke_id, e.place, e.venue_address, e.joining_link, e.starts_at, e.ends_at,
            e.capacity, e.booking_opens_at, e.booking_closes_at, s.name, s.office_name, e.places_taken, e.cancelled_at""";
    static final String FROM = " FROM info_event e JOIN spoke s ON s.id = e.spoke_id ";

    private final Sql sql;
    private final Clock clock;
    private final Outbox outbox;
    private final AuditLog audit;
    private final RegionDirectory region;

    public Events(Sql sql, Clock clock, Outbox outbox, AuditLog audit, RegionDirectory region) {
        this.sql = sql;
        this.clock = clock;
        this.outbox = outbox;
        this.audit = audit;
        this.region = region;
    }

    /** Which upcoming events the public list shows. {@code spokeId} null means every spoke; {@code online} null both. */
    public record Filter(Long spokeId, Boolean online) { }

    /** Plans a new event: every rule is checked here ({@link EventRequest}); the answer is the new event's id. */
    @Transactional
    public Result<Long> create(StaffMember me, EventRequest request) {
        EventRequest.Checked checked = request.check(spokeIds(), 0);
        if (!checked.problems().isEmpty()) {
            return Result.refused(checked.problems());
        }
        EventPlan plan = checked.plan();
        LocalDateTime now = Times.nowUtc(clock);
        long id = sql.insert("""
                INSERT INTO info_event (title, kind, spoke_id, place, venue_address, joining_link, starts_at, ends_at,
                  capacity, places_taken, booking_opens_at, booking_closes_at, created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)""",
                plan.title(), plan.kind(), plan.spokeId(), plan.place(), venue(plan), link(plan), plan.startsAt(),
                plan.endsAt(), plan.capacity(), plan.bookingOpensAt(), plan.bookingClosesAt(), me.id(), now, now);
        audit.staff(me.id(), "CREATE_EVENT", Subject.INFO_EVENT, id, plan.title());
        return Result.done(id);
    }

    /** An event still on, to change or cancel; not found once it is cancelled. */
    public Result<InfoEvent> toChange(StaffMember me, long eventId) {
        return find(eventId).filter(e -> !e.cancelled()).map(Result::done).orElseGet(Result::notFound);
    }

    /**
     * Checks the new plan against the places taken at this moment: the row is locked while it is checked and saved.
     * When the time or the place changes, everyone booked is emailed a new link to their booking (which shows the
     * new details), and a new start time means a new reminder.
     */
    @Transactional
    public Result<Long> edit(StaffMember me, long eventId, EventRequest request) {
        record Before(int taken, LocalDateTime startsAt, LocalDateTime endsAt, String place, String venue, String link) { }
        Optional<Before> before = sql.one("""
                SELECT places_taken, starts_at, ends_at, place, venue_address, joining_link
                FROM info_event WHERE id = ? AND cancelled_at IS NULL FOR UPDATE""",
                rs -> new Before(rs.getInt(1), rs.getObject(2, LocalDateTime.class), rs.getObject(3, LocalDateTime.class),
                        rs.getString(4), rs.getString(5), rs.getString(6)), eventId);
        if (before.isEmpty()) {
            return Result.notFound();
        }
        EventRequest.Checked checked = request.check(spokeIds(), before.get().taken());
        if (!checked.problems().isEmpty()) {
            return Result.refused(checked.problems());
        }
        EventPlan plan = checked.plan();
        sql.update("""
                UPDATE info_event SET title = ?, kind = ?, spoke_id = ?, place = ?, venue_address = ?, joining_link = ?,
                  starts_at = ?, ends_at = ?, capacity = ?, booking_opens_at = ?, booking_closes_at = ?, updated_at = ?
                WHERE id = ?""",
                plan.title(), plan.kind(), plan.spokeId(), plan.place(), venue(plan), link(plan), plan.startsAt(),
                plan.endsAt(), plan.capacity(), plan.bookingOpensAt(), plan.bookingClosesAt(), Times.nowUtc(clock),
                eventId);
        Before was = before.get();
        boolean newTime = !was.startsAt().equals(plan.startsAt()) || !was.endsAt().equals(plan.endsAt());
        boolean newPlace = !was.place().equals(plan.place().name()) || !Objects.equals(was.venue(), venue(plan))
                || !Objects.equals(was.link(), link(plan));
        if (newTime) {
            sql.update("UPDATE event_booking SET reminded_at = NULL WHERE event_id = ? AND status = 'BOOKED'", eventId);
        }
        int told = newTime || newPlace ? tellEveryoneBooked(eventId) : 0;
        audit.staff(me.id(), "EDIT_EVENT", Subject.INFO_EVENT, eventId,
                plan.title() + (told > 0 ? "; " + told + " people told" : ""));
        return Result.done(eventId);
    }

    private int tellEveryoneBooked(long eventId) {
        LocalDateTime now = Times.nowUtc(clock);
        InfoEvent event = find(eventId).orElseThrow();
        record Booked(long id, String email, String reference) { }
        List<Booked> booked = sql.list("SELECT id, email, reference FROM event_booking WHERE event_id = ? AND status = 'BOOKED'",
                rs -> new Booked(rs.getLong(1), rs.getString(2), rs.getString(3)), eventId);
        for (Booked b : booked) {
            Map<String, String> params = EventBookings.eventParams(event);
            params.put("reference", b.reference());
            params.put("token", EventBookings.newManageToken(sql, b.id(), now));
            params.put("bookingId", String.valueOf(b.id())); // its calendar file, with the event as it is when sent
            outbox.enqueue(b.email(), EmailTemplate.EVENT_CHANGED, params);
        }
        return booked.size();
    }

    /** Cancels the event and emails everyone booked or offered a place. Not found if there is no such event still on. */
    @Transactional
    public Result<Long> cancel(StaffMember me, long eventId) {
        LocalDateTime now = Times.nowUtc(clock);
        if (sql.update("UPDATE info_event SET cancelled_at = ?, updated_at = ? WHERE id = ? AND cancelled_at IS NULL",
                now, now, eventId) == 0) {
            return Result.notFound();
        }
        record Person(String email, String reference) { }
        List<Person> people = new ArrayList<>(sql.list("""
                SELECT email, reference FROM event_booking WHERE event_id = ? AND status = 'BOOKED'""",
                rs -> new Person(rs.getString(1), rs.getString(2)), eventId));
        people.addAll(sql.list("""
                SELECT email, '' FROM event_waiting WHERE event_id = ? AND status IN ('WAITING', 'OFFERED')""",
                rs -> new Person(rs.getString(1), rs.getString(2)), eventId));
        sql.update("UPDATE event_booking SET status = 'EVENT_CANCELLED', cancelled_at = ? WHERE event_id = ? AND status = 'BOOKED'",
                now, eventId);
        sql.update("UPDATE event_waiting SET status = 'EVENT_CANCELLED' WHERE event_id = ? AND status IN ('WAITING', 'OFFERED')",
                eventId);
        String title = sql.one("SELECT title FROM info_event WHERE id = ?", rs -> rs.getString(1), eventId).orElse("");
        for (Person p : people) {
            // a booking's reference is its calendar entry's UID: the email's calendar file cancels it (none waiting)
            outbox.enqueue(p.email(), EmailTemplate.EVENT_CANCELLED, Map.of("title", title,
                    "eventId", String.valueOf(eventId), "reference", p.reference()));
        }
        audit.staff(me.id(), "CANCEL_EVENT", Subject.INFO_EVENT, eventId, people.size() + " people told");
        return Result.done(eventId);
    }

    public Optional<InfoEvent> find(long eventId) {
        return sql.one("SELECT " + COLUMNS + FROM + "WHERE e.id = ?", Events::map, eventId);
    }

    /** Every event from a week ago on, soonest first, for staff (cancelled ones included). */
    public List<InfoEvent> forStaff() {
        return sql.list("SELECT " + COLUMNS + FROM + "WHERE e.ends_at > ? ORDER BY e.starts_at, e.id LIMIT 500",
                Events::map, Times.nowUtc(clock).minusDays(7));
    }

    /**
     * Events the public may book now: not cancelled, booking open, soonest first; {@code limit} of them from
     * {@code offset} (a list page).
     */
    public List<InfoEvent> upcoming(Filter filter, int offset, int limit) {
        LocalDateTime now = Times.nowUtc(clock);
        // Booking closes by the start (EventPlan), so an open event starts after now: saying so lets the index on
        // starts_at skip every past event.
        StringBuilder where = new StringBuilder(
                "WHERE e.cancelled_at IS NULL AND e.booking_opens_at <= ? AND e.booking_closes_at > ? AND e.starts_at > ?");
        List<Object> params = new ArrayList<>(List.of(now, now, now));
        if (filter.spokeId() != null) {
            where.append(" AND e.spoke_id = ?");
            params.add(filter.spokeId());
        }
        if (filter.online() != null) {
            where.append(filter.online() ? " AND e.place = 'ONLINE'" : " AND e.place <> 'ONLINE'");
        }
        params.add(limit);
        params.add(offset);
        return sql.list("SELECT " + COLUMNS + FROM + where + " ORDER BY e.starts_at, e.id LIMIT ? OFFSET ?", Events::map,
                params.toArray());
    }

    private List<Long> spokeIds() {
        return region.spokes().stream().map(Spoke::id).toList();
    }

    private static String venue(EventPlan plan) {
        return plan.place() == EventPlace.VENUE ? plan.venueAddress().trim() : null;
    }

    private static String link(EventPlan plan) {
        return plan.place() == EventPlace.ONLINE ? plan.joiningLink().trim() : null;
    }

    static InfoEvent map(ResultSet rs) throws SQLException {
        EventPlan plan = new EventPlan(rs.getString(2), EventKind.valueOf(rs.getString(3)), rs.getLong(4),
                EventPlace.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7),
                rs.getObject(8, LocalDateTime.class), rs.getObject(9, LocalDateTime.class), rs.getInt(10),
                rs.getObject(11, LocalDateTime.class), rs.getObject(12, LocalDateTime.class));
        return new InfoEvent(rs.getLong(1), plan, rs.getString(13), rs.getString(14), rs.getInt(15),
                rs.getObject(16, LocalDateTime.class));
    }
}
