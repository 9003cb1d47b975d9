package uk.frontdoor.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyListAccessor;
import net.fortuna.ical4j.model.component.VEvent;

/** The calendar file an email carries, read as a calendar program reads it (ical4j). */
public final class CalendarFiles {
    private CalendarFiles() {
    }

    /** The email's calendar attachment named {@code fileName}; fails if it has none or its type says another method. */
    public static Calendar attached(MimeMessage message, String fileName, String method) throws Exception {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            var part = parts.getBodyPart(i);
            if (part.getContentType().startsWith("text/calendar")) {
                assertEquals(fileName, part.getFileName());
                assertTrue(part.getContentType().toLowerCase().contains("method=" + method.toLowerCase()),
                        part.getContentType());
                String ics = new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
                assertEquals(method, value(calendar, Property.METHOD), ics);
                return calendar;
            }
        }
        throw new AssertionError("no calendar file in \"" + message.getSubject() + "\"");
    }

    /** Each entry's UID with its STATUS (empty when it has none), in UID order. */
    public static Map<String, String> statusByUid(Calendar calendar) {
        Map<String, String> entries = new TreeMap<>();
        for (var component : calendar.<VEvent>getComponents("VEVENT")) {
            entries.put(value(component, Property.UID), value(component, Property.STATUS));
        }
        return entries;
    }

    /** Each entry's SEQUENCE (0 when it has none), in the file's order. */
    public static List<Integer> sequences(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .map(e -> value(e, Property.SEQUENCE)).map(s -> s.isEmpty() ? 0 : Integer.parseInt(s)).toList();
    }

    private static String value(PropertyListAccessor holder, String name) {
        return holder.<Property>getProperty(name).map(Property::getValue).orElse("");
    }
}
