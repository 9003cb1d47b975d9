package uk.frontdoor.publicsite.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.frontdoor.core.reference.ReferenceNumbers;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Mailbox;
import uk.frontdoor.testing.WebClient;

@MicronautTest(transactional = false)
class BookingAnEventTest extends AppTest {
    private static final LocalDateTime SUMMER = LocalDateTime.of(2027, 7, 14, 18, 30);
    private static final LocalDateTime WINTER = LocalDateTime.of(2027, 1, 20, 18, 30);

    @Inject
    EventFixture events;
    @Inject
    Sql sql;

    static Map<String, String> answers(String email) {
        Map<String, String> f = new HashMap<>();
        f.put("fullName", "Sam Taylor");
        f.put("email", email);
        f.put("attending", "2");
        f.put("accessNeeds", "Step-free access, please");
        return f;
    }

    @Test
    void a_person_finds_an_event_books_two_places_and_gets_a_reference() {
        var event = events.atOffice(SUMMER, 10);
        WebClient client = client();
        assertEquals(200, client.get("/events").status());
        assertTrue(listed(client, "/events").contains(event.title()));
        var page = client.get("/events/" + event.id());
        assertTrue(page.html().select("dl").text().contains("10"));
        client.get("/events/" + event.id() + "/book");
        String email = uniqueEmail("sam");
        var confirmation = client.submit("/events/" + event.id() + "/book", answers(email));
        assertEquals(200, confirmation.status());
        String reference = confirmation.html().select(".govuk-panel__body strong").text();
        assertTrue(reference.startsWith("EVT-") && ReferenceNumbers.isValid(reference), reference);
        assertEquals(2, events.placesTaken(event.id()));
        assertTrue(client.get("/events/" + event.id()).html().select("dl").text().contains("8"));
    }

    @ParameterizedTest(name = "{0}={1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "fullName|''|Enter your full name",
        "email|''|Enter your email address",
        "email|not-an-email|Enter an email address in the correct format, like name@example.com",
        "attending|3|Select how many people are coming",
        "attending|''|Select how many people are coming",
    })
    void a_bad_answer_is_explained_and_nothing_is_booked(String field, String value, String message) {
        var event = events.atOffice(SUMMER, 10);
        WebClient client = client();
        client.get("/events/" + event.id() + "/book");
        Map<String, String> form = answers(uniqueEmail("bad"));
        form.put(field, value);
        var page = client.post("/events/" + event.id() + "/book", form);
        assertEquals(422, page.status());
        assertEquals(message, page.inlineError(field));
        assertTrue(page.errorSummary().contains(message));
        assertEquals(0, events.placesTaken(event.id()));
    }

    @Test
    void names_and_access_needs_that_are_too_long_are_refused() {
        var event = events.atOffice(SUMMER, 10);
        WebClient client = client();
        client.get("/events/" + event.id() + "/book");
        Map<String, String> form = answers(uniqueEmail("long"));
        form.put("fullName", "a".repeat(201));
        form.put("accessNeeds", "b".repeat(1001));
        var page = client.post("/events/" + event.id() + "/book", form);
        assertEquals(422, page.status());
        assertEquals(List.of("Full name must be 200 characters or fewer", "Access needs must be 1000 characters or fewer"),
                page.errorSummary());
    }

    @Test
    void the_list_filters_by_area_and_by_online_or_in_person() {
        var office = events.atOffice(SUMMER, 10);
        var online = events.online(SUMMER, 10, "https://meet.example.org/secret-room");
        WebClient client = client();
        String onlineOnly = listed(client, "/events?where=online");
        assertTrue(onlineOnly.contains(online.title()));
        assertFalse(onlineOnly.contains(office.title()));
        String inPerson = listed(client, "/events?where=in-person");
        assertTrue(inPerson.contains(office.title()));
        assertFalse(inPerson.contains(online.title()));
        String southEast = listed(client, "/events?spoke=south-east");
        assertTrue(southEast.contains(office.title()));
        assertFalse(southEast.contains(online.title()));
        var fragment = client.get("/events?spoke=south-west", Map.of("HX-Request", "true"));
        assertTrue(fragment.body().trim().startsWith("<div id=\"event-results\""), fragment.body());
        assertTrue(listed(client, "/events?spoke=south-west").contains(online.title()));
    }

    @Test
    void a_long_list_comes_in_pages_of_twenty_with_links_to_later_and_earlier_events() {
        List<String> ours = new java.util.ArrayList<>();
        for (int i = 0; i < 23; i++) {
            ours.add(events.online(SUMMER.plusMinutes(i), 10, "https://meet.example.org/paged").title());
        }
        WebClient client = client();
        var first = client.get("/events?where=online");
        assertEquals(20, first.html().select("#event-results li.app-event-card").size());
        assertTrue(first.html().select("#event-results a:contains(Earlier events)").isEmpty());
        String next = first.html().select("#event-results a[rel=next]").attr("href");
        assertEquals("/events?spoke=&where=online&page=2", next);
        var second = client.get(next);
        assertEquals("/events?spoke=&where=online&page=1",
                second.html().select("#event-results a:contains(Earlier events)").attr("href"));
        String all = listed(client, "/events?where=online");
        for (String title : ours) {
            assertEquals(1, all.split(java.util.regex.Pattern.quote(title), -1).length - 1, title + " listed once");
        }
        assertEquals(200, client.get("/events?page=not-a-number").status());
        assertEquals(200, client.get("/events?page=99999999999999999999").status());
    }

    /** The results text of every page of a list, following "Later events" to the end. */
    private static String listed(WebClient client, String path) {
        StringBuilder text = new StringBuilder();
        String next = path;
        for (int pages = 0; next != null && !next.isEmpty() && pages < 100; pages++) {
            var page = client.get(next).html();
            text.append(page.select("#event-results ul").text()).append('\n');
            next = page.select("#event-results a[rel=next]").attr("href");
        }
        return text.toString();
    }

    @Test
    void the_joining_link_is_shown_only_to_people_booked() throws Exception {
        String link = "https://meet.example.org/room-" + System.nanoTime();
        var event = events.online(SUMMER, 10, link);
        WebClient client = client();
        assertFalse(client.get("/events").body().contains(link));
        assertFalse(client.get("/events/" + event.id()).body().contains(link));
        client.get("/events/" + event.id() + "/book");
        String email = uniqueEmail("online");
        var confirmation = client.submit("/events/" + event.id() + "/book", answers(email));
        assertFalse(confirmation.body().contains(link));

        MimeMessage message = Mailbox.await(email, 1, Duration.ofSeconds(20)).get(0);
        String body = text(message);
        Matcher manage = Pattern.compile("/events/booking/([A-Za-z0-9_-]+)").matcher(body);
        assertTrue(manage.find(), body);
        assertTrue(client.get("/events/booking/" + manage.group(1)).body().contains(link));
        assertEquals(link, event(ics(message)).getProperty("URL").orElseThrow().getValue());
    }

    @Test
    void the_calendar_invitation_keeps_the_uk_time_in_summer() throws Exception {
        checkInvitation(SUMMER);
    }

    @Test
    void the_calendar_invitation_keeps_the_uk_time_in_winter() throws Exception {
        checkInvitation(WINTER);
    }

    private void checkInvitation(LocalDateTime startUk) throws Exception {
        var event = events.atOffice(startUk, 10);
        WebClient client = client();
        client.get("/events/" + event.id() + "/book");
        String email = uniqueEmail("ics");
        String reference = client.submit("/events/" + event.id() + "/book", answers(email))
                .html().select(".govuk-panel__body strong").text();
        MimeMessage message = Mailbox.await(email, 1, Duration.ofSeconds(20)).get(0);
        assertTrue(message.getSubject().contains(reference));
        String ics = ics(message);
        assertTrue(ics.contains("DTSTART;TZID=Europe/London:" + String.format("%tY%<tm%<tdT183000", startUk)), ics);
        assertTrue(ics.contains("DTEND;TZID=Europe/London:" + String.format("%tY%<tm%<tdT203000", startUk)), ics);
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        VTimeZone zone = (VTimeZone) calendar.getComponent("VTIMEZONE").orElseThrow();
        assertEquals("Europe/London", zone.getProperty("TZID").orElseThrow().getValue());
        VEvent vevent = event(ics);
        assertEquals(reference, vevent.getProperty("UID").orElseThrow().getValue());
        assertEquals(event.title(), vevent.getProperty("SUMMARY").orElseThrow().getValue());
        ZonedDateTime start = (ZonedDateTime) vevent.getDateTimeStart().getDate();
        assertEquals(startUk, start.withZoneSameInstant(java.time.ZoneId.of("Europe/London")).toLocalDateTime());
        int expectedOffset = startUk.getMonthValue() == 7 ? 3600 : 0;
        assertEquals(expectedOffset, start.getOffset().getTotalSeconds(), "UTC offset in " + startUk.getMonth());
        assertNotNull(vevent.getProperty("LOCATION").orElse(null));
    }

    @Test
    void someone_who_enquired_is_linked_to_their_enquiry_by_exactly_the_same_address() {
        String email = uniqueEmail("enquirer");
        long enquiryId = sql.insert("""
                INSERT INTO enquiry (reference, submitted_at, borough_id, full_name, email, phone, contact_method,
                  contact_times, applying_with, interests, children_considered, heard_about, privacy_version, consent_at)
                VALUES (?, NOW(), (SELECT id FROM borough WHERE code = 'lambeth'), 'Jo Known', ?, '07700 900000', 'email',
                  'evening', 'alone', 'siblings', 'school_age', 'search', 'v1', NOW())""",
                new ReferenceNumbers().next("ENQ"), email);
        var event = events.atOffice(SUMMER, 10);
        WebClient client = client();
        client.get("/events/" + event.id() + "/book");
        String sameAddress = email.replace("@example.org", "@EXAMPLE.ORG"); // a domain's letter case is no part of it
        client.submit("/events/" + event.id() + "/book", answers(sameAddress));
        assertEquals(enquiryId, sql.count("SELECT enquiry_id FROM event_booking WHERE email = ?", email));

        // capitals before the @ make another address (ADR 29): a look-alike is never linked to someone's enquiry
        WebClient other = client();
        other.get("/events/" + event.id() + "/book");
        other.submit("/events/" + event.id() + "/book", answers(email.toUpperCase()));
        String otherStored = email.substring(0, email.indexOf('@')).toUpperCase() + "@example.org";
        assertEquals(1, sql.count("SELECT COUNT(*) FROM event_booking WHERE email = ? AND enquiry_id IS NULL",
                otherStored));
    }

    @Test
    void a_confirmation_page_for_someone_elses_reference_is_not_found() {
        var event = events.atOffice(SUMMER, 10);
        assertEquals(404, client().get("/events/" + event.id() + "/booked?reference=EVT-AAAA-AAAA-A").status());
        assertEquals(404, client().get("/events/booking/not-a-real-token").status());
        assertEquals(404, client().get("/events/987654321").status());
    }

    static String text(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof MimeMultipart multipart) {
            return String.valueOf(multipart.getBodyPart(0).getContent()).replace("\r\n", "\n");
        }
        return String.valueOf(content).replace("\r\n", "\n");
    }

    static String ics(MimeMessage message) throws Exception {
        MimeMultipart multipart = (MimeMultipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (part.getContentType().startsWith("text/calendar")) {
                assertEquals("invitation.ics", part.getFileName());
                Object c = part.getContent();
                return c instanceof String s ? s : new String(((java.io.InputStream) c).readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no calendar attachment");
    }

    static VEvent event(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        return (VEvent) calendar.getComponent("VEVENT").orElseThrow();
    }

}
