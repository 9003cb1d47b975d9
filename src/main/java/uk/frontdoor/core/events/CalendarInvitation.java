package uk.frontdoor.core.events;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import uk.frontdoor.platform.time.Times;

/**
 * The .ics calendar invitation for a booking or a course's sessions (ical4j): a VEVENT each in Europe/London time with the zone's VTIMEZONE,
 * so calendars show the right hour in winter and in British Summer Time alike. Its UID is the booking's reference,
 * so a changed invitation (sent later, so with a higher SEQUENCE) replaces the first. The location is the office or
 * venue; an online event carries the joining link as its URL (the person is booked, so they may have it).
 */
public final class CalendarInvitation {
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();
    /** The content type of a file from {@link #of}. */
    public static final String PUBLISHED = "text/calendar; charset=UTF-8; method=PUBLISH";
    /** The content type of a file from {@link #cancelling}. */
    public static final String CANCELLED = "text/calendar; charset=UTF-8; method=CANCEL";

    private CalendarInvitation() {
    }

    /** One entry of a calendar file: {@code uid} stays the same when it is sent again changed. Times are UTC. */
    public record Entry(String uid, String title, LocalDateTime startsUtc, LocalDateTime endsUtc, String location,
                        String link) { }

    public static String of(InfoEvent event, String reference, Instant stamp) {
        return of(List.of(entry(event, reference, true)), stamp);
    }

    /**
     * The file that takes a booking's entry ({@link #of(InfoEvent, String, Instant)}) out of a calendar: the same entry,
     * without the joining link of an event that is no longer on for them.
     */
    public static String cancelling(InfoEvent event, String reference, Instant stamp) {
        return cancelling(List.of(entry(event, reference, false)), stamp);
    }

    /** A booking's entry: its reference as UID, the office or venue, or (if wanted) an online event's joining link. */
    private static Entry entry(InfoEvent event, String reference, boolean withLink) {
        return new Entry(reference, event.plan().title(), event.plan().startsAt(), event.plan().endsAt(),
                event.online() ? null : event.whereText(),
                withLink && event.online() ? event.plan().joiningLink() : null);
    }

    /** A calendar file with every entry (a course's sessions, say), each with its place or its joining link. */
    public static String of(List<Entry> entries, Instant stamp) {
        return file(entries, stamp, false);
    }

    /**
     * A calendar file that takes these entries out of a calendar that has them from an earlier file: the same UIDs,
     * {@code METHOD:CANCEL}, each marked {@code STATUS:CANCELLED} with a higher {@code SEQUENCE} than any file sent
     * before ({@link #sequence}), so a calendar that does not remove it shows it as cancelled.
     */
    public static String cancelling(List<Entry> entries, Instant stamp) {
        return file(entries, stamp, true);
    }

    /** Sequences count seconds from here: every file sent later than another carries a higher one. */
    private static final Instant FIRST_SEQUENCE = Instant.parse("2026-01-01T00:00:00Z");

    /**
     * An entry's SEQUENCE: calendars take a file for an entry they have as a change (or a cancellation) only when its
     * sequence is higher. Each file is built when its email is sent, so the seconds since {@link #FIRST_SEQUENCE} at
     * that moment rise with every later file for the same entry (until 2094, when they no longer fit an int).
     */
    static int sequence(Instant stamp) {
        return (int) Math.max(0, java.time.Duration.between(FIRST_SEQUENCE, stamp).getSeconds());
    }

    private static String file(List<Entry> entries, Instant stamp, boolean cancelled) {
        TimeZone london = ZONES.getTimeZone(Times.UK.getId());
        Calendar calendar = new Calendar()
                .withProdId("-//Front Door//Information events//EN")
                .withDefaults()
                .withProperty(cancelled ? ImmutableMethod.CANCEL : ImmutableMethod.PUBLISH)
                .withComponent(london.getVTimeZone())
                .getFluentTarget();
        for (Entry entry : entries) {
            ZonedDateTime start = entry.startsUtc().atZone(ZoneOffset.UTC).withZoneSameInstant(Times.UK);
            ZonedDateTime end = entry.endsUtc().atZone(ZoneOffset.UTC).withZoneSameInstant(Times.UK);
            VEvent vevent = new VEvent(start, end, entry.title());
            vevent.add(new Uid(entry.uid()));
            vevent.add(new DtStamp(stamp));
            if (entry.link() != null) {
                vevent.add(new Url(URI.create(entry.link())));
            }
            if (entry.location() != null) {
                vevent.add(new Location(entry.location()));
            }
            // a cancellation sent in the same second as the file it cancels must still come after it
            vevent.add(new Sequence(sequence(stamp) + (cancelled ? 1 : 0)));
            if (cancelled) {
                vevent.add(ImmutableStatus.VEVENT_CANCELLED);
            }
            calendar.add(vevent);
        }
        try {
            var out = new StringWriter();
            new CalendarOutputter(false).output(calendar, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
