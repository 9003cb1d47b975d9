package uk.frontdoor.core.applicant;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import uk.frontdoor.core.events.EventWhen;
import uk.frontdoor.core.support.SupportRecords;
import uk.frontdoor.core.work.WorkItemStatus;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;

/**
 * What a signed-in member of the public may see: only records made with their own email address. Every query
 * here takes the {@link Applicant} (from their session), never an id from the request.
 */
@Singleton
public class ApplicantRecords {
    private final Sql sql;
    private final SupportRecords supportRecords;
    private final Clock clock;

    public ApplicantRecords(Sql sql, SupportRecords supportRecords, Clock clock) {
        this.sql = sql;
        this.supportRecords = supportRecords;
        this.clock = clock;
    }

    public List<MyEnquiry> enquiries(Applicant applicant) {
        return sql.list("""
                SELECT e.reference, e.submitted_at, w.status, t.name, w.due_date
                FROM enquiry e
                JOIN work_item w ON w.subject_type = 'ENQUIRY' AND w.subject_id = e.id
                JOIN team t ON t.id = w.team_id
                WHERE e.email = ?
                  AND w.id = (SELECT MAX(w2.id) FROM work_item w2 WHERE w2.subject_type = 'ENQUIRY' AND w2.subject_id = e.id)
                ORDER BY e.submitted_at DESC""",
                rs -> new MyEnquiry(rs.getString(1), Times.ukDay(rs.getObject(2, LocalDateTime.class)),
                        WorkItemStatus.valueOf(rs.getString(3)), rs.getString(4), rs.getObject(5, LocalDate.class)),
                applicant.email());
    }

    /** Their places at information events, the soonest or latest first; only bookings made with their address. */
    public List<MyBooking> bookings(Applicant applicant) {
        LocalDateTime now = Times.nowUtc(clock);
        return sql.list("""
                SELECT b.reference, e.id, e.title, e.starts_at, e.ends_at, b.status, e.cancelled_at
                FROM event_booking b JOIN info_event e ON e.id = b.event_id
                WHERE b.email = ? ORDER BY e.starts_at DESC, b.id DESC LIMIT 50""",
                rs -> {
                    LocalDateTime starts = rs.getObject(4, LocalDateTime.class);
                    MyBooking.State state = rs.getObject(7) != null ? MyBooking.State.EVENT_CANCELLED
                            : "CANCELLED".equals(rs.getString(6)) ? MyBooking.State.CANCELLED
                            : !starts.isAfter(now) ? MyBooking.State.PAST : MyBooking.State.BOOKED;
                    return new MyBooking(rs.getString(1), rs.getLong(2), rs.getString(3),
                            EventWhen.between(starts, rs.getObject(5, LocalDateTime.class)), state);
                }, applicant.email());
    }

    public List<MyRequest> supportRequests(Applicant applicant) {
        return sql.list(SUPPORT_REQUESTS + " ORDER BY s.submitted_at DESC", this::request, applicant.email());
    }

    /** This person's support request with this reference; empty for anyone else's (or no such reference). */
    public Optional<MyRequest> supportRequest(Applicant applicant, String reference) {
        return sql.one(SUPPORT_REQUESTS + " AND s.reference = ?", this::request, applicant.email(), reference);
    }

    private static final String SUPPORT_REQUESTS = """
            SELECT s.reference, s.submitted_at, w.status, t.name, s.id
            FROM support_request s
            JOIN work_item w ON w.subject_type = 'SUPPORT_REQUEST' AND w.subject_id = s.id
            JOIN team t ON t.id = w.team_id
            WHERE s.email = ?
              AND w.id = (SELECT MAX(w2.id) FROM work_item w2 WHERE w2.subject_type = 'SUPPORT_REQUEST' AND w2.subject_id = s.id)""";

    private MyRequest request(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new MyRequest(rs.getString(1), Times.ukDay(rs.getObject(2, LocalDateTime.class)),
                WorkItemStatus.valueOf(rs.getString(3)), rs.getString(4),
                supportRecords.responsibleOutsideTheRegion(rs.getLong(5), Times.todayUk(clock)).orElse(null));
    }
}
