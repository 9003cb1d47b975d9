package uk.frontdoor.publicsite.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.frontdoor.applicant.registration.InvitedApplicants;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.core.work.WorkQueue;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Enquiries;
import uk.frontdoor.testing.Mailbox;
import uk.frontdoor.testing.WebClient;

/** A person who has booked information events sees each of them, and where each stands, in their account. */
@MicronautTest(transactional = false)
class SeeingYourBookingsInYourAccountTest extends AppTest {
    @Inject
    EventFixture events;
    @Inject
    InvitedApplicants applicants;
    @Inject
    Sql sql;
    @Inject
    WorkQueue queue;
    @Inject
    RegionDirectory region;

    private String book(long eventId, String email) throws Exception {
        WebClient client = client();
        client.get("/events/" + eventId + "/book");
        int before = Mailbox.to(email).size();
        assertEquals(303, client.post("/events/" + eventId + "/book", BookingAnEventTest.answers(email)).status());
        var mails = Mailbox.await(email, before + 1, Duration.ofSeconds(20));
        return WaitingListTest.link(mails.get(mails.size() - 1), "booking");
    }

    @Test
    void an_account_lists_every_booking_with_its_state_and_never_anyone_elses() throws Exception {
        String email = uniqueEmail("booker");
        String someoneElse = uniqueEmail("other");
        Enquiries.make(sql, queue, region, email, "Bea Booker", "lambeth");
        var kept = events.atOffice(LocalDateTime.of(2027, 9, 14, 18, 30), 10);
        var dropped = events.atOffice(LocalDateTime.of(2027, 9, 21, 18, 30), 10);
        var theirs = events.atOffice(LocalDateTime.of(2027, 9, 28, 18, 30), 10);
        book(kept.id(), email);
        String manage = book(dropped.id(), email);
        book(theirs.id(), someoneElse);
        WebClient fromEmail = client();
        fromEmail.get(manage + "/cancel");
        assertEquals(303, fromEmail.post(manage + "/cancel", Map.of()).status());

        var account = applicants.signIn(client(), email).get("/account").html();

        assertEquals(List.of(dropped.title(), kept.title()), account.select(".app-booking h3").eachText(),
                "latest first, cancelled ones too");
        assertEquals(List.of("You cancelled your place", "Booked"), account.select(".app-booking .govuk-tag").eachText());
        assertEquals(List.of("/events/" + kept.id()), account.select(".app-booking .govuk-summary-card__actions a")
                .eachAttr("href"), "only an event still to come is worth opening");
        assertFalse(account.text().contains(theirs.title()), "never another person's booking");
    }

    @Test
    void a_booking_is_changed_or_cancelled_from_the_account_and_another_persons_is_not_found() throws Exception {
        String email = uniqueEmail("manager");
        String someoneElse = uniqueEmail("stranger");
        Enquiries.make(sql, queue, region, email, "Max Manager", "lambeth");
        var event = events.atOffice(LocalDateTime.of(2027, 10, 5, 18, 30), 10);
        book(event.id(), email);
        book(event.id(), someoneElse);
        String theirReference = sql.one("SELECT reference FROM event_booking WHERE email = ?", rs -> rs.getString(1),
                someoneElse).orElseThrow();
        WebClient account = applicants.signIn(client(), email);

        var page = account.get("/account");
        String action = page.html().selectFirst(".app-booking form").attr("action");
        assertEquals("Change or cancel this booking " + event.title(), page.html().selectFirst(".app-booking form button")
                .text());
        var manage = account.post(action, Map.of());
        assertEquals(303, manage.status());
        assertTrue(manage.location().startsWith("/events/booking/"), manage.location());
        assertEquals(200, account.get(manage.location()).status(), "the same page as the email's link");
        account.get(manage.location() + "/cancel");
        assertEquals(303, account.post(manage.location() + "/cancel", Map.of()).status());
        assertEquals(List.of("You cancelled your place"), account.get("/account").html().select(".app-booking .govuk-tag")
                .eachText());
        assertTrue(account.get("/account").html().select(".app-booking form").isEmpty(), "nothing left to change");
        assertEquals(2, events.placesTaken(event.id()), "their two places were given back; the other person keeps theirs");

        assertEquals(404, account.post("/account/bookings/" + theirReference, Map.of()).status(),
                "another person's booking is not found");
        assertEquals(404, account.post(action, Map.of()).status(), "a cancelled booking has nothing to manage");
    }
}
