package uk.frontdoor.staff.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.publicsite.events.EventFixture;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Mailbox;
import uk.frontdoor.testing.WebClient;

@MicronautTest(transactional = false)
class AttendanceRegisterTest extends AppTest {
    @Inject
    StaffFixture staff;
    @Inject
    EventFixture events;
    @Inject
    Sql sql;

    private void book(long eventId, String name, String email, String needs) {
        WebClient client = client();
        client.get("/events/" + eventId + "/book");
        assertEquals(303, client.post("/events/" + eventId + "/book",
                Map.of("fullName", name, "email", email, "attending", "1", "accessNeeds", needs)).status());
    }

    private long bookingId(String email) {
        return sql.one("SELECT id FROM event_booking WHERE email = ?", rs -> rs.getLong(1), email).orElseThrow();
    }

    @Test
    void staff_mark_who_came_print_the_register_and_download_it_safely_as_csv() {
        var event = events.atOffice(LocalDateTime.of(2027, 4, 21, 18, 0), 10);
        String came = uniqueEmail("came");
        String stayedAway = uniqueEmail("away");
        book(event.id(), "Ada Came", came, "");
        book(event.id(), "=HYPERLINK(\"http://evil\")", stayedAway, "Hearing loop");
        var officer = staff.person("Reg Ister", Role.RECRUITMENT_OFFICER, staff.team("se-recruitment"));
        WebClient client = staff.signIn(client(), officer);

        var register = client.get("/staff/events/" + event.id() + "/register");
        assertEquals(200, register.status());
        assertTrue(register.html().select("table").text().contains("Ada Came"));
        assertTrue(register.html().select("table").text().contains("Hearing loop"));
        assertEquals(1, staff.audits(officer.id(), "VIEW_REGISTER", "INFO_EVENT", event.id()));

        var saved = client.submit("/staff/events/" + event.id() + "/register", Map.of(
                "attendance-" + bookingId(came), "ATTENDED",
                "attendance-" + bookingId(stayedAway), "DID_NOT_ATTEND"));
        assertTrue(saved.html().select(".govuk-notification-banner").text().contains("Attendance saved"));
        assertEquals("ATTENDED", sql.one("SELECT attendance FROM event_booking WHERE email = ?", rs -> rs.getString(1), came).orElseThrow());
        assertTrue(saved.html().getElementById("attendance-" + bookingId(came)).hasAttr("checked"));
        assertEquals(1, staff.audits(officer.id(), "MARK_ATTENDANCE", "INFO_EVENT", event.id()));
        assertTrue(saved.html().select(".app-print-only").text().contains("Did not attend"), "the printed register shows it");

        var csv = client.get("/staff/events/" + event.id() + "/register.csv");
        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals("attachment; filename=\"register-" + event.id() + ".csv\"", csv.header("Content-Disposition").orElse(""));
        assertTrue(csv.body().contains("\"Ada Came\""));
        assertTrue(csv.body().contains("\"'=HYPERLINK(\"\"http://evil\"\")\""), csv.body());
        assertTrue(csv.body().contains("\"Attended\""));
        assertEquals(1, staff.audits(officer.id(), "DOWNLOAD_REGISTER", "INFO_EVENT", event.id()));
    }

    @Test
    void cancelling_an_event_emails_everyone_booked() throws Exception {
        var event = events.atOffice(LocalDateTime.of(2027, 4, 22, 18, 0), 10);
        String booked = uniqueEmail("booked");
        book(event.id(), "Bo Oked", booked, "");
        var invitation = uk.frontdoor.testing.CalendarFiles.attached(
                Mailbox.await(booked, 1, Duration.ofSeconds(20)).get(0), "invitation.ics", "PUBLISH");
        WebClient client = staff.signIn(client(), staff.person("Can Celler", Role.TEAM_MANAGER));
        client.get("/staff/events/" + event.id() + "/cancel");
        assertEquals(303, client.post("/staff/events/" + event.id() + "/cancel", Map.of()).status());
        var mail = Mailbox.await(booked, 2, Duration.ofSeconds(20));
        assertEquals("An event you booked has been cancelled: " + event.title(), mail.get(1).getSubject());
        var cancelling = uk.frontdoor.testing.CalendarFiles.attached(mail.get(1), "cancelled.ics", "CANCEL");
        String uid = uk.frontdoor.testing.CalendarFiles.statusByUid(invitation).keySet().iterator().next();
        assertEquals(java.util.Map.of(uid, "CANCELLED"), uk.frontdoor.testing.CalendarFiles.statusByUid(cancelling),
                "the entry their booking's invitation put in their calendar, cancelled");
        assertEquals(404, client().get("/events/" + event.id()).status(), "a cancelled event leaves the public pages");
    }

    @Test
    void a_support_worker_cannot_see_a_register_and_an_unknown_event_has_none() {
        var event = events.atOffice(LocalDateTime.of(2027, 4, 23, 18, 0), 10);
        WebClient support = staff.signIn(client(), staff.person("Sue Port", Role.SUPPORT_WORKER, staff.team("se-support")));
        assertEquals(403, support.get("/staff/events/" + event.id() + "/register").status());
        assertEquals(403, support.get("/staff/events/" + event.id() + "/register.csv").status());
        WebClient manager = staff.signIn(client(), staff.person("Man Ager", Role.TEAM_MANAGER));
        assertEquals(404, manager.get("/staff/events/987654321/register").status());
        assertEquals(404, manager.get("/staff/events/987654321/register.csv").status());
    }
}
