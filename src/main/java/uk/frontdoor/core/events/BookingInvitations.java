package uk.frontdoor.core.events;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import uk.frontdoor.core.notify.EmailAttachments;
import uk.frontdoor.core.notify.EmailTemplate;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.mail.OutgoingEmail;

/** Attaches the calendar invitation to a booking's confirmation, built at send time from the booking's id. */
@Singleton
class BookingInvitations implements EmailAttachments {
    private final Sql sql;
    private final Events events;
    private final Clock clock;

    BookingInvitations(Sql sql, Events events, Clock clock) {
        this.sql = sql;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<OutgoingEmail.Attachment> attachmentsFor(EmailTemplate template, Map<String, String> params) {
        if (template != EmailTemplate.EVENT_BOOKED || !params.containsKey("bookingId")) {
            return List.of();
        }
        record Row(long eventId, String reference) { }
        return sql.one("SELECT event_id, reference FROM event_booking WHERE id = ?",
                        rs -> new Row(rs.getLong(1), rs.getString(2)), Long.parseLong(params.get("bookingId")))
                .flatMap(row -> events.find(row.eventId()).map(event -> new OutgoingEmail.Attachment("invitation.ics",
                        "text/calendar; charset=UTF-8; method=PUBLISH",
                        CalendarInvitation.of(event, row.reference(), clock.instant()).getBytes(StandardCharsets.UTF_8))))
                .map(List::of).orElse(List.of());
    }
}
