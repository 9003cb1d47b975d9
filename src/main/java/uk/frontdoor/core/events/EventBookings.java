package uk.frontdoor.core.events;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.applicant.Applicant;
import uk.frontdoor.core.applicant.ApplicantAccounts;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.audit.Subject;
import uk.frontdoor.core.identity.EmailAddress;
import uk.frontdoor.core.identity.SecretToken;
import uk.frontdoor.core.notify.EmailAllowance;
import uk.frontdoor.core.notify.EmailTemplate;
import uk.frontdoor.core.notify.Outbox;
import uk.frontdoor.core.reference.ReferenceNumbers;
import uk.frontdoor.core.reports.EnquiryProgress;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.platform.db.RetriedOnConflict;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;

/**
 * Booking places at information events, the waiting list and its offers. The event row's {@code places_taken} is
 * the only counter: a booking takes its places with one conditional UPDATE (so the event is never overbooked,
 * however many people press "Book" at once), and a freed place goes straight to the first person waiting, held for
 * them until their offer runs out.
 */
@Singleton
public class EventBookings {
    static final String BOOKING_COLUMNS = """
            id, event_id, reference, full_name, email, attending, access_needs, status, booked_at, attendance""";

    private final Sql sql;
    private final Clock clock;
    private final Outbox outbox;
    private final Events events;
    private final AuditLog audit;
    private final ApplicantAccounts accounts;
    private final ReferenceNumbers references = new ReferenceNumbers();
    private final Duration offerLasts;
    private final EnquiryProgress progress;

    public EventBookings(Sql sql, Clock clock, Outbox outbox, Events events, AuditLog audit, ApplicantAccounts accounts,
                         @Value("${frontdoor.events.offer-hours:48}") int offerHours, EnquiryProgress progress) {
        this.sql = sql;
        this.clock = clock;
        this.outbox = outbox;
        this.events = events;
        this.audit = audit;
        this.accounts = accounts;
        this.offerLasts = Duration.ofHours(offerHours);
        this.progress = progress;
    }

    public sealed interface Outcome {
        /** Booked: the reference to show, and the booking's own link token (for the confirmation page only). */
        record Booked(long bookingId, String reference, String token) implements Outcome { }
        /** No places left: the person may join the waiting list. */
        record Full() implements Outcome { }
        /** The event is not open for booking (not yet, any more, or cancelled). */
        record Closed() implements Outcome { }
    }

    public int offerHours() {
        return (int) offerLasts.toHours();
    }

    /**
     * Books places for one person if enough are free. The confirmation email goes only if {@code emails} allows one
     * to their address (the booking stands either way; the reminder still carries its link).
     */
    @Transactional
    @RetriedOnConflict
    public Outcome book(long eventId, Booker booker, EmailAllowance emails) {
        LocalDateTime now = Times.nowUtc(clock);
        int took = sql.update("""
                UPDATE info_event SET places_taken = places_taken + ?
                WHERE id = ? AND cancelled_at IS NULL AND booking_opens_at <= ? AND booking_closes_at > ?
                  AND places_taken + ? <= capacity""",
                booker.attending(), eventId, now, now, booker.attending());
        if (took == 0) {
            return events.find(eventId).filter(e -> e.openForBooking(now)).<Outcome>map(e -> new Outcome.Full())
                    .orElse(new Outcome.Closed());
        }
        return newBooking(eventId, booker, now, emails);
    }

    private Outcome.Booked newBooking(long eventId, Booker booker, LocalDateTime now, EmailAllowance emails) {
        String email = booker.email().value();
        Long applicantId = applicantOf(booker);
        Long enquiryId = latestEnquiryOf(booker.email());
        String reference = references.next("EVT");
        long id = sql.insert("""
                INSERT INTO event_booking (event_id, reference, full_name, email, attending, access_needs, applicant_id,
                  enquiry_id, status, booked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'BOOKED', ?)""",
                eventId, reference, booker.fullName(), email, booker.attending(),
                blankToNull(booker.accessNeeds()), applicantId, enquiryId, now);
        String token = newManageToken(id, now);
        InfoEvent event = events.find(eventId).orElseThrow();
        Map<String, String> params = eventParams(event);
        params.put("reference", reference);
        params.put("token", token);
        params.put("bookingId", String.valueOf(id));
        if (emails.allows(email)) {
            outbox.enqueue(email, EmailTemplate.EVENT_BOOKED, params);
        }
        return new Outcome.Booked(id, reference, token);
    }

    private String newManageToken(long bookingId, LocalDateTime now) {
        return newManageToken(sql, bookingId, now);
    }

    /**
     * A new link to manage one of this person's bookings, by its reference on their account, so that "Change or cancel"
     * there opens the same pages as the emailed link. Empty for a booking made with another address (compared exactly,
     * ADR 29), a cancelled one, or an event that is cancelled or has started.
     */
    @Transactional
    public Optional<String> manageLinkFor(Applicant applicant, String reference) {
        LocalDateTime now = Times.nowUtc(clock);
        return sql.one("""
                SELECT b.id FROM event_booking b JOIN info_event e ON e.id = b.event_id
                WHERE b.reference = ? AND b.email = ? AND b.status = 'BOOKED' AND e.cancelled_at IS NULL
                  AND e.starts_at > ?""", rs -> rs.getLong(1), ReferenceNumbers.normalise(reference),
                applicant.email(), now).map(id -> newManageToken(id, now));
    }

    /** A new link to manage one booking (confirmation, reminder, change of the event); only its hash is kept. */
    static String newManageToken(Sql sql, long bookingId, LocalDateTime now) {
        SecretToken token = SecretToken.create();
        sql.update("INSERT INTO event_booking_token (token_hash, booking_id, created_at) VALUES (?, ?, ?)",
                token.hash(), bookingId, now);
        return token.token();
    }

    static Map<String, String> eventParams(InfoEvent event) {
        Map<String, String> params = new HashMap<>();
        params.put("title", event.plan().title());
        params.put("when", EventWhen.of(event.plan()));
        return params;
    }

    /** The name on this person's latest enquiry, so a known person need not type it again; empty if none. */
    public String nameOnRecord(String email) {
        return sql.one("SELECT full_name FROM enquiry WHERE email = ? ORDER BY id DESC LIMIT 1",
                rs -> rs.getString(1), email).orElse("");
    }

    /** The account a booking belongs to: the one signed in, else the account with exactly this address. */
    private Long applicantOf(Booker booker) {
        return booker.applicantId() != null ? booker.applicantId()
                : accounts.withEmail(booker.email()).map(Applicant::id).orElse(null);
    }

    private Long latestEnquiryOf(EmailAddress email) {
        return sql.one("SELECT id FROM enquiry WHERE email = ? ORDER BY id DESC LIMIT 1",
                rs -> rs.getLong(1), email.value()).orElse(null);
    }

    /**
     * The booking a manage link is for, while its event has not ended: after that the link has done its work and is
     * refused (the retention schedule then deletes it, V46).
     */
    public Optional<Booking> byToken(String token) {
        String hash = SecretToken.hashOf(token);
        if (hash == null) {
            return Optional.empty();
        }
        return sql.one("SELECT b." + BOOKING_COLUMNS.replace(", ", ", b.")
                + " FROM event_booking b JOIN event_booking_token t ON t.booking_id = b.id"
                + " JOIN info_event e ON e.id = b.event_id WHERE t.token_hash = ? AND e.ends_at > ?",
                EventBookings::map, hash, Times.nowUtc(clock));
    }

    public Optional<Booking> byReference(long eventId, String reference) {
        return sql.one("SELECT " + BOOKING_COLUMNS + " FROM event_booking WHERE event_id = ? AND reference = ?",
                EventBookings::map, eventId, ReferenceNumbers.normalise(reference));
    }

    /** An event with its active bookings, as its register shows them. */
    public record Register(InfoEvent event, List<Booking> bookings) {
        /** How many people are coming, counting everyone each booking brings. */
        public int people() {
            return bookings.stream().mapToInt(Booking::attending).sum();
        }
    }

    /** An event's register, to show: every view is audited. */
    @Transactional
    public Result<Register> register(StaffMember me, long eventId) {
        return register(me, eventId, "VIEW_REGISTER");
    }

    /** An event's register, to download: every download is audited. */
    @Transactional
    public Result<Register> download(StaffMember me, long eventId) {
        return register(me, eventId, "DOWNLOAD_REGISTER");
    }

    private Result<Register> register(StaffMember me, long eventId, String action) {
        Optional<InfoEvent> event = events.find(eventId);
        if (event.isEmpty()) {
            return Result.notFound();
        }
        List<Booking> active = forEvent(eventId).stream().filter(Booking::active).toList();
        audit.staff(me.id(), action, Subject.INFO_EVENT, eventId, active.size() + " bookings");
        return Result.done(new Register(event.get(), active));
    }

    private List<Booking> forEvent(long eventId) {
        return sql.list("SELECT " + BOOKING_COLUMNS + " FROM event_booking WHERE event_id = ? ORDER BY full_name, id",
                EventBookings::map, eventId);
    }

    /** Cancels the booking behind a manage link, frees its places and offers them on. False if it was not active. */
    @Transactional
    public boolean cancel(String token) {
        Optional<Booking> booking = byToken(token);
        if (booking.isEmpty()) {
            return false;
        }
        Booking b = booking.get();
        LocalDateTime now = Times.nowUtc(clock);
        lockEvent(b.eventId()); // the event row first, as booking does, so two changes never wait on each other
        if (sql.update("UPDATE event_booking SET status = 'CANCELLED', cancelled_at = ? WHERE id = ? AND status = 'BOOKED'",
                now, b.id()) == 0) {
            return false;
        }
        sql.update("UPDATE info_event SET places_taken = places_taken - ? WHERE id = ?", b.attending(), b.eventId());
        InfoEvent event = events.find(b.eventId()).orElseThrow();
        Map<String, String> params = eventParams(event);
        params.put("reference", b.reference());
        params.put("eventId", String.valueOf(b.eventId()));
        outbox.enqueue(b.email(), EmailTemplate.EVENT_BOOKING_CANCELLED, params);
        offerFreedPlaces(b.eventId());
        return true;
    }

    /** Takes the event row's lock: every change of its places takes it first, so they queue instead of deadlocking. */
    private void lockEvent(long eventId) {
        sql.one("SELECT id FROM info_event WHERE id = ? FOR UPDATE", rs -> rs.getLong(1), eventId);
    }

    /** What changing a booking came to. */
    public enum Change { CHANGED, NO_PLACE, NOT_ACTIVE }

    /**
     * Changes how many people come (1 or 2) and the access needs of the booking behind a manage link, before the
     * event. A second place is taken only if one is free (the same conditional UPDATE as booking, so it never
     * overbooks); a place given back is offered to the first person waiting.
     */
    @Transactional
    public Change change(String token, int attending, String accessNeeds) {
        if (attending < 1 || attending > 2) {
            throw new IllegalArgumentException("attending " + attending);
        }
        Optional<Booking> booking = byToken(token).filter(Booking::active);
        LocalDateTime now = Times.nowUtc(clock);
        booking.ifPresent(b -> lockEvent(b.eventId())); // event row first, as booking and cancelling do
        Optional<Integer> current = booking.flatMap(b -> sql.one(
                "SELECT attending FROM event_booking WHERE id = ? AND status = 'BOOKED' FOR UPDATE",
                rs -> rs.getInt(1), b.id()));
        boolean upcoming = booking.flatMap(b -> events.find(b.eventId()))
                .filter(e -> !e.cancelled() && e.plan().startsAt().isAfter(now)).isPresent();
        if (current.isEmpty() || !upcoming) {
            return Change.NOT_ACTIVE;
        }
        Booking b = booking.get();
        int more = attending - current.get();
        if (more > 0 && sql.update("""
                UPDATE info_event SET places_taken = places_taken + ?
                WHERE id = ? AND cancelled_at IS NULL AND places_taken + ? <= capacity""",
                more, b.eventId(), more) == 0) {
            return Change.NO_PLACE;
        }
        if (more < 0) {
            sql.update("UPDATE info_event SET places_taken = places_taken - ? WHERE id = ?", -more, b.eventId());
        }
        sql.update("UPDATE event_booking SET attending = ?, access_needs = ? WHERE id = ?",
                attending, blankToNull(accessNeeds), b.id());
        if (more < 0) {
            offerFreedPlaces(b.eventId());
        }
        return Change.CHANGED;
    }

    /**
     * Puts a person on the event's waiting list (first come, first served), and offers a place at once if one is
     * free. The email saying they are on the list goes only if {@code emails} allows one to their address.
     */
    @Transactional
    public boolean joinWaitingList(long eventId, Booker booker, EmailAllowance emails) {
        LocalDateTime now = Times.nowUtc(clock);
        lockEvent(eventId);
        Optional<InfoEvent> event = events.find(eventId).filter(e -> e.openForBooking(now));
        if (event.isEmpty()) {
            return false;
        }
        String email = booker.email().value();
        Long applicantId = applicantOf(booker);
        Long enquiryId = latestEnquiryOf(booker.email());
        sql.insert("""
                INSERT INTO event_waiting (event_id, full_name, email, attending, access_needs, applicant_id, enquiry_id,
                  status, joined_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'WAITING', ?)""",
                eventId, booker.fullName(), email, booker.attending(), blankToNull(booker.accessNeeds()), applicantId,
                enquiryId, now);
        Map<String, String> params = eventParams(event.get());
        params.put("hours", String.valueOf(offerHours()));
        if (emails.allows(email)) {
            outbox.enqueue(email, EmailTemplate.EVENT_WAITING, params);
        }
        offerFreedPlaces(eventId);
        return true;
    }

    /**
     * Offers free places to the people waiting, in the order they joined: each offer holds its places (they count
     * as taken) until it is accepted or runs out. Strictly in order: if the first person needs two places and one is
     * free, nobody behind them jumps the queue. Runs inside the caller's transaction, holding the event's row lock.
     */
    void offerFreedPlaces(long eventId) {
        LocalDateTime now = Times.nowUtc(clock);
        record Slot(int capacity, int taken, LocalDateTime startsAt, boolean cancelled) { }
        Optional<Slot> slot = sql.one("SELECT capacity, places_taken, starts_at, cancelled_at FROM info_event WHERE id = ? FOR UPDATE",
                rs -> new Slot(rs.getInt(1), rs.getInt(2), rs.getObject(3, LocalDateTime.class), rs.getObject(4) != null),
                eventId);
        if (slot.isEmpty() || slot.get().cancelled() || !slot.get().startsAt().isAfter(now)) {
            return;
        }
        int free = slot.get().capacity() - slot.get().taken();
        InfoEvent event = null;
        while (free > 0) {
            record Waiting(long id, String email, int attending) { }
            Optional<Waiting> first = sql.one("""
                    SELECT id, email, attending FROM event_waiting WHERE event_id = ? AND status = 'WAITING'
                    ORDER BY id LIMIT 1 FOR UPDATE""",
                    rs -> new Waiting(rs.getLong(1), rs.getString(2), rs.getInt(3)), eventId);
            if (first.isEmpty() || first.get().attending() > free) {
                return;
            }
            LocalDateTime until = now.plus(offerLasts);
            if (until.isAfter(slot.get().startsAt())) {
                until = slot.get().startsAt();
            }
            SecretToken token = SecretToken.create();
            sql.update("""
                    UPDATE event_waiting SET status = 'OFFERED', offered_at = ?, offer_expires_at = ?, offer_token_hash = ?
                    WHERE id = ?""", now, until, token.hash(), first.get().id());
            sql.update("UPDATE info_event SET places_taken = places_taken + ? WHERE id = ?", first.get().attending(), eventId);
            free -= first.get().attending();
            if (event == null) {
                event = events.find(eventId).orElseThrow();
            }
            Map<String, String> params = eventParams(event);
            params.put("token", token.token());
            params.put("until", EventWhen.moment(until));
            outbox.enqueue(first.get().email(), EmailTemplate.EVENT_PLACE_OFFERED, params);
        }
    }

    /** An offer behind an offer link: which event, and whether it can still be accepted. */
    public record Offer(long waitingId, long eventId, int attending, String status, LocalDateTime expiresAt) {
        public boolean open(LocalDateTime nowUtc) {
            return status.equals("OFFERED") && expiresAt.isAfter(nowUtc);
        }
    }

    public Optional<Offer> offer(String token) {
        String hash = SecretToken.hashOf(token);
        if (hash == null) {
            return Optional.empty();
        }
        return sql.one("SELECT id, event_id, attending, status, offer_expires_at FROM event_waiting WHERE offer_token_hash = ?",
                rs -> new Offer(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
                        rs.getObject(5, LocalDateTime.class)), hash);
    }

    /** Accepts an offer that is still open: its held places become a booking. Empty if it ran out or was used. */
    @Transactional
    public Optional<Outcome.Booked> accept(String token) {
        Optional<Offer> offer = offer(token);
        LocalDateTime now = Times.nowUtc(clock);
        offer.ifPresent(o -> lockEvent(o.eventId()));
        if (offer.isEmpty() || sql.update("""
                UPDATE event_waiting SET status = 'ACCEPTED' WHERE id = ? AND status = 'OFFERED' AND offer_expires_at > ?""",
                offer.get().waitingId(), now) == 0) {
            return Optional.empty();
        }
        record Person(String name, String email, int attending, String needs, Long applicantId) { }
        Person p = sql.one("SELECT full_name, email, attending, access_needs, applicant_id FROM event_waiting WHERE id = ?",
                rs -> new Person(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        (Long) rs.getObject(5, Long.class)), offer.get().waitingId()).orElseThrow();
        // they followed the offer link we emailed them: the confirmation with its link is theirs
        Outcome.Booked booked = newBooking(offer.get().eventId(),
                new Booker(p.name(), EmailAddress.canonical(p.email()).orElseThrow(() -> new IllegalStateException(
                        "Waiting list entry " + offer.get().waitingId() + " has no address in canonical form")),
                        p.attending(), p.needs(), p.applicantId()), now, EmailAllowance.ALWAYS);
        sql.update("UPDATE event_waiting SET booking_id = ? WHERE id = ?", booked.bookingId(), offer.get().waitingId());
        return Optional.of(booked);
    }

    /** An offer that ran out and has not been passed on yet. */
    public record ExpiredOffer(long waitingId, long eventId) { }

    public List<ExpiredOffer> expiredOffers() {
        return sql.list("""
                SELECT id, event_id FROM event_waiting WHERE status = 'OFFERED' AND offer_expires_at <= ? ORDER BY id LIMIT 200""",
                rs -> new ExpiredOffer(rs.getLong(1), rs.getLong(2)), Times.nowUtc(clock));
    }

    /** Ends one offer that ran out and passes its places on to the next person waiting. False if it was not due. */
    @Transactional
    public boolean expire(ExpiredOffer offer) {
        long waitingId = offer.waitingId();
        long eventId = offer.eventId();
        LocalDateTime now = Times.nowUtc(clock);
        sql.one("SELECT id FROM info_event WHERE id = ? FOR UPDATE", rs -> rs.getLong(1), eventId);
        int attending = sql.one("SELECT attending FROM event_waiting WHERE id = ?", rs -> rs.getInt(1), waitingId).orElse(0);
        if (sql.update("UPDATE event_waiting SET status = 'EXPIRED' WHERE id = ? AND status = 'OFFERED' AND offer_expires_at <= ?",
                waitingId, now) == 0) {
            return false;
        }
        sql.update("UPDATE info_event SET places_taken = places_taken - ? WHERE id = ?", attending, eventId);
        offerFreedPlaces(eventId);
        return true;
    }

    public enum Attendance { ATTENDED, DID_NOT_ATTEND }

    /** Staff mark who came (booking id to mark): only active bookings of this event change; answers how many did. */
    @Transactional
    public Result<Integer> markAttendance(StaffMember me, long eventId, Map<Long, Attendance> marks) {
        if (events.find(eventId).isEmpty()) {
            return Result.notFound();
        }
        List<Long> enquiries = progress.enquiriesOfBookings(marks.keySet());
        int marked = 0;
        for (var mark : marks.entrySet()) {
            marked += sql.update("UPDATE event_booking SET attendance = ? WHERE id = ? AND event_id = ? AND status = 'BOOKED'",
                    mark.getValue(), mark.getKey(), eventId);
        }
        enquiries.forEach(progress::refresh);
        audit.staff(me.id(), "MARK_ATTENDANCE", Subject.INFO_EVENT, eventId, marked + " bookings marked");
        return Result.done(marked);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static Booking map(ResultSet rs) throws SQLException {
        return new Booking(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getInt(6), rs.getString(7), rs.getString(8), rs.getObject(9, LocalDateTime.class), rs.getString(10));
    }
}
