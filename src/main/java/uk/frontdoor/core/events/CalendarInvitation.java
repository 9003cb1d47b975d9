package uk.frontdoor.core.events;

import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import uk.frontdoor.platform.time.Times;

/**
 * The .ics calendar invitation for a booking (ical4j): one VEVENT in Europe/London time with the zone's VTIMEZONE,
 * so calendars show the right hour in winter and in British Summer Time alike. Its UID is the booking's reference,
 * so a changed invitation replaces the first. The location is the office or venue; an online event carries the
 * joining link as its URL (the person is booked, so they may have it).
 */
public final class CalendarInvitation {
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private CalendarInvitation() {
    }

    public static String of(InfoEvent event, String reference, Instant stamp) {
        TimeZone london = ZONES.getTimeZone(Times.UK.getId());
        ZonedDateTime start = event.plan().startsAt().atZone(java.time.ZoneOffset.UTC).withZoneSameInstant(Times.UK);
        ZonedDateTime end = event.plan().endsAt().atZone(java.time.ZoneOffset.UTC).withZoneSameInstant(Times.UK);
        VEvent vevent = new VEvent(start, end, event.plan().title());
        vevent.add(new Uid(reference));
        vevent.add(new DtStamp(stamp));
        if (event.online()) {
            vevent.add(new Url(URI.create(event.plan().joiningLink())));
        } else {
            vevent.add(new Location(event.whereText()));
        }
        Calendar calendar = new Calendar()
                .withProdId("-//Front Door//Information events//EN")
                .withDefaults()
                .withProperty(ImmutableMethod.PUBLISH)
                .withComponent(london.getVTimeZone())
                .withComponent(vevent)
                .getFluentTarget();
        try {
            var out = new java.io.StringWriter();
            new CalendarOutputter(false).output(calendar, out);
            return out.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
