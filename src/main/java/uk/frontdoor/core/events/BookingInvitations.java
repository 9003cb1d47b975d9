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

/**
 * Attaches the calendar invitation to a booking's confirmation and to the email that says its event's time or place
 * has changed, built at send time from the booking's id (so it holds the event as it is then); and to the email that
 * says a booking has ended (its holder cancelled it, or the event was cancelled) a file that cancels it.
 */
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
        if ((template == EmailTemplate.EVENT_BOOKED || template == EmailTemplate.EVENT_CHANGED)
                && params.containsKey("bookingId")) {
            record Row(long eventId, String reference) { }
            return sql.one("SELECT event_id, reference FROM event_booking WHERE id = ?",
                            rs -> new Row(rs.getLong(1), rs.getString(2)), Long.parseLong(params.get("bookingId")))
                    .flatMap(row -> events.find(row.eventId()).map(event -> new OutgoingEmail.Attachment(
                            "invitation.ics", CalendarInvitation.PUBLISHED,
                            CalendarInvitation.of(event, row.reference(), clock.instant())
                                    .getBytes(StandardCharsets.UTF_8))))
                    .map(List::of).orElse(List.of());
        }
        // a booking ended, by its holder or with its event: the invitation comes out of their calendar (same UID)
        if ((template == EmailTemplate.EVENT_CANCELLED || template == EmailTemplate.EVENT_BOOKING_CANCELLED)
                && params.containsKey("eventId") && !params.getOrDefault("reference", "").isEmpty()) {
            return events.find(Long.parseLong(params.get("eventId")))
                    .map(event -> List.of(new OutgoingEmail.Attachment("cancelled.ics", CalendarInvitation.CANCELLED,
                            CalendarInvitation.cancelling(event, params.get("reference"), clock.instant())
                                    .getBytes(StandardCharsets.UTF_8))))
                    .orElse(List.of());
        }
        return List.of();
    }
}
