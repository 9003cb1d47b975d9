package uk.frontdoor.staff.events;

import uk.frontdoor.core.calendar.TypedDate;
import uk.frontdoor.core.calendar.TypedTime;
import uk.frontdoor.core.events.EventKind;
import uk.frontdoor.core.events.EventPlace;
import uk.frontdoor.core.events.EventRequest;
import uk.frontdoor.web.form.FormData;

/**
 * The event form as staff typed it (shown again as typed when core refuses it). Dates are GOV.UK date inputs, times
 * 24-hour "14:30"; {@link #request()} binds it for {@code Events}, which checks every rule.
 */
public record EventForm(String title, String kind, String spoke, String place, String venueAddress, String joiningLink,
                        TypedDate date, String startTime, String endTime, String capacity, TypedDate bookingOpens,
                        TypedDate bookingCloses) {

    static final EventForm EMPTY = new EventForm("", "", "", "", "", "", TypedDate.blank(), "", "", "",
            TypedDate.blank(), TypedDate.blank());

    static EventForm read(FormData f) {
        return new EventForm(f.get("title"), f.get("kind"), f.get("spoke"), f.get("place"), f.get("venueAddress"),
                f.get("joiningLink"), f.date("date"), f.get("startTime"), f.get("endTime"), f.get("capacity"),
                f.date("bookingOpens"), f.date("bookingCloses"));
    }

    static EventForm of(EventRequest r) {
        return new EventForm(r.title(), r.kind().name(), String.valueOf(r.spokeId()), r.place().name(),
                r.venueAddress(), r.joiningLink(), r.date(), r.startTime().typed(), r.endTime().typed(), r.capacity(),
                r.bookingOpens(), r.bookingCloses());
    }

    EventRequest request() {
        return new EventRequest(title, choice(EventKind.class, kind),
                spoke.matches("\\d{1,18}") ? Long.valueOf(spoke) : null, choice(EventPlace.class, place),
                venueAddress, joiningLink, date, new TypedTime(startTime), new TypedTime(endTime), capacity,
                bookingOpens, bookingCloses);
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        return null;
    }
}
