package uk.frontdoor.staff.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.WebClient;

@MicronautTest(transactional = false)
class PlanningAnEventTest extends AppTest {
    @Inject
    StaffFixture staff;
    @Inject
    Sql sql;

    private WebClient officer() {
        WebClient client = client();
        staff.signIn(client, staff.person("Rita Officer", Role.RECRUITMENT_OFFICER, staff.team("se-recruitment")));
        return client;
    }

    static Map<String, String> goodEvent(String title) {
        LocalDate day = LocalDate.now().plusDays(40);
        LocalDate opens = LocalDate.now().minusDays(1);
        Map<String, String> f = new HashMap<>();
        f.put("title", title);
        f.put("kind", "INFORMATION_EVENT");
        f.put("spoke", "1");
        f.put("place", "SPOKE_OFFICE");
        f.put("venueAddress", "");
        f.put("joiningLink", "");
        f.put("date-day", String.valueOf(day.getDayOfMonth()));
        f.put("date-month", String.valueOf(day.getMonthValue()));
        f.put("date-year", String.valueOf(day.getYear()));
        f.put("startTime", "18:00");
        f.put("endTime", "20:00");
        f.put("capacity", "20");
        f.put("bookingOpens-day", String.valueOf(opens.getDayOfMonth()));
        f.put("bookingOpens-month", String.valueOf(opens.getMonthValue()));
        f.put("bookingOpens-year", String.valueOf(opens.getYear()));
        f.put("bookingCloses-day", String.valueOf(day.getDayOfMonth()));
        f.put("bookingCloses-month", String.valueOf(day.getMonthValue()));
        f.put("bookingCloses-year", String.valueOf(day.getYear()));
        return f;
    }

    private long spokeId() {
        return sql.one("SELECT id FROM spoke WHERE code = 'south-east'", rs -> rs.getLong(1)).orElseThrow();
    }

    private Map<String, String> good(String title) {
        Map<String, String> f = goodEvent(title);
        f.put("spoke", String.valueOf(spokeId()));
        return f;
    }

    private long idOf(String title) {
        return sql.one("SELECT id FROM info_event WHERE title = ?", rs -> rs.getLong(1), title).orElseThrow();
    }

    @Test
    void a_recruitment_officer_creates_an_event_and_sees_it_listed() {
        WebClient client = officer();
        String title = "Information evening " + UUID.randomUUID();
        var form = client.get("/staff/events/new");
        assertEquals(200, form.status());
        assertTrue(form.html().select(".govuk-warning-text").isEmpty(), "nobody is booked on a new event yet");
        var page = client.submit("/staff/events/new", good(title));
        assertEquals(200, page.status());
        assertTrue(page.html().select(".govuk-notification-banner").text().contains("Event created"));
        assertTrue(page.html().select("table").text().contains(title));
        assertTrue(page.html().select("table").text().contains("0 of 20"));
    }

    @Test
    void a_support_worker_may_not_plan_events() {
        WebClient client = client();
        staff.signIn(client, staff.person("Sid Support", Role.SUPPORT_WORKER, staff.team("se-support")));
        assertEquals(403, client.get("/staff/events").status());
    }

    @ParameterizedTest(name = "{0}={1} is refused: {3}")
    @CsvSource(delimiter = '|', value = {
        "title|''|title|Enter a title",
        "kind|''|kind|Select what kind of event it is",
        "spoke|999999|spoke|Select the hosting spoke",
        "place|''|place|Select where the event is",
        "place|VENUE|venueAddress|Enter the venue address",
        "place|ONLINE|joiningLink|Enter the joining link for an online event",
        "date-month|13|date|Date must be a real date, for example 27 3 2027",
        "date-day|''|date|Date must be a real date, for example 27 3 2027",
        "startTime|''|startTime|Enter a start time",
        "startTime|6pm|startTime|Enter a time on the 24-hour clock, for example 18:30",
        "endTime|17:59|endTime|End time must be after the start time",
        "endTime|18:00|endTime|End time must be after the start time",
        "capacity|''|capacity|Enter the number of places",
        "capacity|twenty|capacity|Number of places must be a whole number, like 20",
        "capacity|0|capacity|Number of places must be 1 or more",
        "capacity|501|capacity|Number of places must be 500 or fewer",
        "bookingOpens-year|''|bookingOpens|Date must be a real date, for example 27 3 2027",
        "bookingCloses-year|2001|bookingCloses|Booking must close after it opens",
    })
    void a_bad_answer_is_explained_and_nothing_is_saved(String field, String value, String errorField, String message) {
        WebClient client = officer();
        client.get("/staff/events/new");
        String title = "Refused " + UUID.randomUUID();
        Map<String, String> form = good(title);
        form.put(field, value);
        var page = client.post("/staff/events/new", form);
        assertEquals(422, page.status());
        assertEquals(message, page.inlineError(errorField));
        assertTrue(page.errorSummary().contains(message));
        assertEquals(0, sql.count("SELECT COUNT(*) FROM info_event WHERE title = ?", title));
    }

    @Test
    void booking_cannot_close_after_the_event_day() {
        WebClient client = officer();
        client.get("/staff/events/new");
        Map<String, String> form = good("Late close " + UUID.randomUUID());
        LocalDate after = LocalDate.now().plusDays(41);
        form.put("bookingCloses-day", String.valueOf(after.getDayOfMonth()));
        form.put("bookingCloses-month", String.valueOf(after.getMonthValue()));
        form.put("bookingCloses-year", String.valueOf(after.getYear()));
        var page = client.post("/staff/events/new", form);
        assertEquals(422, page.status());
        assertEquals("Booking must close on or before the day of the event", page.inlineError("bookingCloses"));
    }

    @Test
    void an_online_link_must_be_https() {
        WebClient client = officer();
        client.get("/staff/events/new");
        Map<String, String> form = good("Online " + UUID.randomUUID());
        form.put("place", "ONLINE");
        form.put("joiningLink", "http://meet.example.org/x");
        var page = client.post("/staff/events/new", form);
        assertEquals(422, page.status());
        assertEquals("Enter a joining link that starts with https://", page.inlineError("joiningLink"));
    }

    @Test
    void capacity_cannot_be_cut_below_the_places_already_taken() {
        WebClient client = officer();
        String title = "Popular " + UUID.randomUUID();
        client.get("/staff/events/new");
        client.submit("/staff/events/new", good(title));
        long id = idOf(title);
        sql.update("UPDATE info_event SET places_taken = 5 WHERE id = ?", id);

        var edit = client.get("/staff/events/" + id + "/edit");
        assertEquals(200, edit.status());
        assertEquals(title, edit.html().getElementById("title").val());
        assertTrue(edit.html().select(".govuk-warning-text").text().contains("everyone booked will be emailed"));
        Map<String, String> form = good(title);
        form.put("capacity", "4");
        var page = client.post("/staff/events/" + id + "/edit", form);
        assertEquals(422, page.status());
        assertEquals("Number of places cannot be fewer than the places already taken", page.inlineError("capacity"));
        assertEquals(20, sql.count("SELECT capacity FROM info_event WHERE id = ?", id));

        form.put("capacity", "5");
        assertEquals(303, client.post("/staff/events/" + id + "/edit", form).status());
        assertEquals(5, sql.count("SELECT capacity FROM info_event WHERE id = ?", id));
    }

    @Test
    void cancelling_an_event_asks_first_then_takes_it_off_and_a_second_cancel_finds_nothing() {
        WebClient client = officer();
        String title = "To cancel " + UUID.randomUUID();
        client.get("/staff/events/new");
        client.submit("/staff/events/new", good(title));
        long id = idOf(title);
        var confirm = client.get("/staff/events/" + id + "/cancel");
        assertEquals(200, confirm.status());
        assertTrue(confirm.html().select("h1").text().contains(title));
        var done = client.submit("/staff/events/" + id + "/cancel", Map.of());
        assertTrue(done.html().select(".govuk-notification-banner").text().contains("Event cancelled"));
        assertEquals(1, sql.count("SELECT COUNT(*) FROM info_event WHERE id = ? AND cancelled_at IS NOT NULL", id));
        assertEquals(404, client.post("/staff/events/" + id + "/cancel", Map.of()).status());
        assertEquals(404, client.get("/staff/events/" + id + "/edit").status());
    }

    @Test
    void an_event_that_does_not_exist_is_not_found() {
        WebClient client = officer();
        assertEquals(404, client.get("/staff/events/987654321/edit").status());
        assertEquals(404, client.get("/staff/events/987654321/cancel").status());
    }

}
