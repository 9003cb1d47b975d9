package uk.frontdoor.core.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.frontdoor.applicant.registration.InvitedApplicants;
import uk.frontdoor.core.applicant.ApplicantAccounts;
import uk.frontdoor.core.events.Booker;
import uk.frontdoor.core.events.EventBookings;
import uk.frontdoor.core.identity.EmailAddress;
import uk.frontdoor.core.journey.JourneyActorIdentity;
import uk.frontdoor.core.journey.JourneyEvent;
import uk.frontdoor.core.journey.Journeys;
import uk.frontdoor.core.notify.EmailAllowance;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;
import uk.frontdoor.publicsite.events.EventFixture;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;

/**
 * The summary the funnel, the sources and the diversity tables read ({@code enquiry_progress}, ADR 44) is exact: after
 * people go different distances through the real write paths (a journey moved step by step, fast-tracked, declined,
 * withdrawn; attendance marked and marked again), every enquiry's row equals what {@link EnquiryProgress#RAW} reads
 * from the raw records, and the funnel worked out from the summary equals the one worked out from the raw records.
 */
@MicronautTest(transactional = false)
class EnquiryProgressTest extends AppTest {
    @Inject
    Sql sql;
    @Inject
    InvitedApplicants people;
    @Inject
    Journeys journeys;
    @Inject
    EventBookings bookings;
    @Inject
    EventFixture events;
    @Inject
    StaffFixture staff;
    @Inject
    EnquiryProgress progress;
    @Inject
    ApplicantAccounts accounts;

    @Test
    void the_summary_equals_the_raw_records_after_every_kind_of_write() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var m = staff.person("Mo Manager", Role.TEAM_MANAGER, staff.team("se-recruitment"));
        var manager = JourneyActorIdentity.staff(new StaffMember(m.id(), m.email(), m.name(), java.util.Set.of(Role.TEAM_MANAGER),
                java.util.Set.of(staff.team("se-recruitment").id())));
        List<Long> enquiries = new ArrayList<>();
        List<Long> journeyIds = new ArrayList<>();
        for (int n = 0; n < 6; n++) {
            var sent = people.sent("progress-" + n + "-" + tag + "@example.org");
            journeyIds.add(sent.person().journey().id());
            enquiries.add(enquiryOf(sent.person().journey().id()));
        }
        var invitedOnly = people.invite("progress-invited-" + tag + "@example.org");
        enquiries.add(enquiryOf(invitedOnly.journey().id()));
        people.enquirer("progress-none-" + tag + "@example.org");
        long notYetEnquiry = sql.one("SELECT MAX(id) FROM enquiry WHERE email = ?", rs -> rs.getLong(1),
                "progress-none-" + tag + "@example.org").orElseThrow();
        progress.refresh(notYetEnquiry); // made as the public form stores it: Enquiries.submit writes this row
        enquiries.add(notYetEnquiry);

        // 0: all the way to approval; 1: fast-tracked; 2: declined; 3: Stage One, then withdrawn; 4: to panel; 5: as sent
        journeys.fire(journeyIds.get(0), JourneyEvent.ACCEPT_REGISTRATION, manager, null);
        journeys.fire(journeyIds.get(0), JourneyEvent.COMPLETE_STAGE_ONE, manager, null);
        journeys.fire(journeyIds.get(0), JourneyEvent.START_STAGE_TWO, applicant(journeyIds.get(0)), null);
        journeys.fire(journeyIds.get(0), JourneyEvent.SUBMIT_TO_PANEL, manager, null);
        journeys.fire(journeyIds.get(0), JourneyEvent.APPROVE, manager, null);
        journeys.fire(journeyIds.get(1), JourneyEvent.FAST_TRACK, manager, null);
        journeys.fire(journeyIds.get(2), JourneyEvent.DECLINE_REGISTRATION, manager, "Not now");
        journeys.fire(journeyIds.get(3), JourneyEvent.ACCEPT_REGISTRATION, manager, null);
        journeys.fire(journeyIds.get(3), JourneyEvent.WITHDRAW, manager, "Moved away");
        journeys.fire(journeyIds.get(4), JourneyEvent.FAST_TRACK, manager, null);
        journeys.fire(journeyIds.get(4), JourneyEvent.SUBMIT_TO_PANEL, manager, null);

        // bookings made from enquiries (by the same address); attendance marked, then one corrected
        long event = events.atOffice(Times.todayUk(clock).plusDays(1).atTime(18, 0), 20).id();
        long came = book(event, "progress-0-" + tag + "@example.org");
        long corrected = book(event, "progress-2-" + tag + "@example.org");
        long missed = book(event, "progress-none-" + tag + "@example.org");
        var me = new StaffMember(m.id(), m.email(), m.name(), java.util.Set.of(Role.TEAM_MANAGER), java.util.Set.of());
        bookings.markAttendance(me, event, Map.of(came, EventBookings.Attendance.ATTENDED,
                corrected, EventBookings.Attendance.ATTENDED, missed, EventBookings.Attendance.DID_NOT_ATTEND));
        bookings.markAttendance(me, event, Map.of(corrected, EventBookings.Attendance.DID_NOT_ATTEND));

        String in = ReportScope.in(enquiries.size());
        List<String> summary = sql.list("SELECT CONCAT_WS('|', " + EnquiryProgress.COLUMNS + ") FROM enquiry_progress"
                + " WHERE enquiry_id IN " + in + " ORDER BY enquiry_id", rs -> rs.getString(1), enquiries.toArray());
        List<String> raw = sql.list("WITH r (" + EnquiryProgress.COLUMNS + ") AS ("
                + EnquiryProgress.RAW.formatted("e.id IN " + in) + ") SELECT CONCAT_WS('|', " + EnquiryProgress.COLUMNS
                + ") FROM r ORDER BY enquiry_id", rs -> rs.getString(1), enquiries.toArray());
        assertEquals(raw, summary);
        assertEquals(enquiries.size(), summary.size());
        // and the funnel, as the summary gives it and as the raw records give it (the query the funnel ran before V55)
        assertEquals(rawFunnel(in, enquiries), summaryFunnel(in, enquiries));
        assertEquals("8|1|6|2|1|3|2|1", summaryFunnel(in, enquiries));
    }

    private String summaryFunnel(String in, List<Long> enquiries) {
        return sql.one("SELECT CONCAT_WS('|', COUNT(*), SUM(attended), SUM(registered), SUM(stage_one_started),"
                + " SUM(stage_one_completed), SUM(stage_two_started), SUM(panel), SUM(approved)) FROM enquiry_progress"
                + " WHERE enquiry_id IN " + in, rs -> rs.getString(1), enquiries.toArray()).orElseThrow();
    }

    private String rawFunnel(String in, List<Long> enquiries) {
        StringBuilder select = new StringBuilder("SELECT CONCAT_WS('|', COUNT(*), SUM(EXISTS(SELECT 1 FROM event_booking b"
                + " WHERE b.enquiry_id = e.id AND b.attendance = 'ATTENDED'))");
        for (Funnel.Step step : Funnel.Step.values()) {
            if (!step.events.isEmpty()) {
                select.append(", SUM(EXISTS(SELECT 1 FROM adopter_journey j JOIN journey_event v ON v.journey_id = j.id"
                        + " WHERE j.enquiry_id = e.id AND v.event IN (").append(step.events).append(")))");
            }
        }
        return sql.one(select + ") FROM enquiry e WHERE e.id IN " + in, rs -> rs.getString(1), enquiries.toArray())
                .orElseThrow();
    }

    private long enquiryOf(long journeyId) {
        return sql.one("SELECT enquiry_id FROM adopter_journey WHERE id = ?", rs -> rs.getLong(1), journeyId).orElseThrow();
    }

    private JourneyActorIdentity applicant(long journeyId) {
        long applicant = sql.one("SELECT applicant_id FROM adopter_journey WHERE id = ?", rs -> rs.getLong(1), journeyId)
                .orElseThrow();
        return JourneyActorIdentity.applicant(accounts.find(applicant).orElseThrow());
    }

    private long book(long event, String email) {
        var booked = (EventBookings.Outcome.Booked) bookings.book(event,
                new Booker("Bo Booker", EmailAddress.canonical(email).orElseThrow(), 1, null, null), EmailAllowance.ALWAYS);
        return booked.bookingId();
    }
}
