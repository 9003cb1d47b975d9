package uk.frontdoor.core.reports;

import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import uk.frontdoor.platform.db.Sql;

/**
 * One row per enquiry in {@code enquiry_progress} (ADR 44, migration V55; V59 the method): its council, stored time,
 * source, how it was made and equality answers, and each step of the funnel its journey has reached so far. The funnel, the sources and the
 * diversity tables read these rows instead of joining every enquiry of a period to its journey, events, bookings and
 * answers. Each row is what {@link #RAW} reads from the raw records, written again in the same transaction as every
 * write that changes them: the enquiry sent ({@code Enquiries}), a journey moved ({@code Journeys}), attendance marked
 * ({@code EventBookings}) and bookings removed ({@code RecordRemoval}); an enquiry removed takes its row with it (the
 * foreign key cascades). {@code EnquiryProgressTest} proves the rows equal to {@link #RAW} after those writes.
 */
@Singleton
public class EnquiryProgress {
    /** The summary's columns, in {@link #RAW}'s order. */
    static final String COLUMNS = "enquiry_id, borough_id, submitted_at, heard_about, method, ethnicity, religion,"
            + " sexual_orientation, disability, " + Arrays.stream(Funnel.Step.values()).filter(s -> s.column != null)
            .map(s -> s.column).collect(Collectors.joining(", "));

    /**
     * What the raw records say of each enquiry that matches {@code %s} (a condition on {@code e}, the enquiry): the
     * funnel's steps as docs/reports.md defines them (a booking from the enquiry marked attended; an event of the
     * step on a journey from the enquiry).
     */
    static final String RAW = "SELECT e.id, e.borough_id, e.submitted_at, e.heard_about, e.method, q.ethnicity, q.religion,"
            + " q.sexual_orientation, q.disability, EXISTS(SELECT 1 FROM event_booking b WHERE b.enquiry_id = e.id"
            + " AND b.attendance = 'ATTENDED')"
            + Arrays.stream(Funnel.Step.values()).filter(s -> !s.events.isEmpty())
                    .map(s -> ", COALESCE(MAX(v.event IN (" + s.events + ")), FALSE)").collect(Collectors.joining())
            + " FROM enquiry e LEFT JOIN enquiry_equality q ON q.enquiry_id = e.id"
            + " LEFT JOIN adopter_journey j ON j.enquiry_id = e.id LEFT JOIN journey_event v ON v.journey_id = j.id"
            + " WHERE %s GROUP BY e.id, e.borough_id, e.submitted_at, e.heard_about, e.method, q.ethnicity, q.religion,"
            + " q.sexual_orientation, q.disability";

    private final Sql sql;

    EnquiryProgress(Sql sql) {
        this.sql = sql;
    }

    /** Writes this enquiry's row again from the raw records (none if the enquiry is gone). */
    public void refresh(long enquiryId) {
        sql.update("REPLACE INTO enquiry_progress (" + COLUMNS + ") " + RAW.formatted("e.id = ?"), enquiryId);
    }

    /** After a journey moved: its enquiry's row, if it came from one. */
    public void refreshJourney(long journeyId) {
        sql.one("SELECT enquiry_id FROM adopter_journey WHERE id = ? AND enquiry_id IS NOT NULL",
                rs -> rs.getLong(1), journeyId).ifPresent(this::refresh);
    }

    /** The enquiries these bookings were made from: read before the bookings change or go, refreshed after. */
    public List<Long> enquiriesOfBookings(Collection<Long> bookingIds) {
        if (bookingIds.isEmpty()) {
            return List.of();
        }
        return sql.list("SELECT DISTINCT enquiry_id FROM event_booking WHERE enquiry_id IS NOT NULL AND id IN "
                + ReportScope.in(bookingIds.size()), rs -> rs.getLong(1), bookingIds.toArray());
    }
}
