package uk.frontdoor.staff.subjectaccess;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.UUID;
import uk.frontdoor.applicant.registration.InvitedApplicants;
import uk.frontdoor.core.events.Booker;
import uk.frontdoor.core.events.EventBookings;
import uk.frontdoor.core.identity.EmailAddress;
import uk.frontdoor.core.notify.EmailAllowance;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.core.registration.Registrations;
import uk.frontdoor.core.work.WorkQueue;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.platform.time.Times;
import uk.frontdoor.publicsite.events.EventFixture;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.Enquiries;

/**
 * People for subject access tests: one with a record of every kind the report covers, and a look-alike with the same
 * name whose address differs only in letter case.
 */
@Singleton
public class SubjectAccessPeople {
    private final Sql sql;
    private final InvitedApplicants applicants;
    private final Registrations registrations;
    private final EventFixture events;
    private final EventBookings bookings;
    private final WorkQueue queue;
    private final RegionDirectory region;
    private final StaffFixture staff;
    private final Clock clock;

    SubjectAccessPeople(Sql sql, InvitedApplicants applicants, Registrations registrations, EventFixture events,
                        EventBookings bookings, WorkQueue queue, RegionDirectory region, StaffFixture staff, Clock clock) {
        this.sql = sql;
        this.applicants = applicants;
        this.registrations = registrations;
        this.events = events;
        this.bookings = bookings;
        this.queue = queue;
        this.region = region;
        this.staff = staff;
        this.clock = clock;
    }

    /** What a test looks for in the report: each record's reference or a value only it holds. */
    public record Everything(String email, String name, String enquiry, String registration, long journeyId, String booking,
                      String waitingEvent, String course, String supportRequest, String addedText) {
    }

    public Everything everything(String tag) {
        String email = "Alice.Subject-" + tag + "@example.org";
        String name = "Alice Subject " + tag;
        var sent = applicants.sent(email);
        String enquiry = sql.one("SELECT reference FROM enquiry WHERE email = ?", rs -> rs.getString(1), email)
                .orElseThrow();
        sql.update("UPDATE enquiry SET full_name = ? WHERE email = ?", name, email);
        sql.update("INSERT INTO enquiry_equality (enquiry_id, ethnicity, religion, sexual_orientation, disability)"
                + " SELECT id, 'white-irish', 'buddhist', 'bisexual', 'no' FROM enquiry WHERE email = ?", email);
        if (!registrations.decide(applicants.officer("se-recruitment"), sent.registrationId(),
                Registrations.Decision.ACCEPT, "Checks and the next course", "").isDone()) {
            throw new IllegalStateException("not accepted");
        }
        long journeyId = registrations.find(sent.registrationId()).orElseThrow().journeyId();
        long applicantId = sent.person().applicant().id();
        EmailAddress address = EmailAddress.canonical(email).orElseThrow();

        var event = events.atOffice(Times.todayUk(clock).plusDays(30).atTime(18, 0), 10);
        var booked = (EventBookings.Outcome.Booked) bookings.book(event.id(),
                new Booker(name, address, 2, "Step-free access please", applicantId), EmailAllowance.ALWAYS);
        var full = events.atOffice(Times.todayUk(clock).plusDays(31).atTime(18, 0), 1);
        bookings.book(full.id(), new Booker("Someone Else", EmailAddress.canonical("else-" + tag + "@example.org")
                .orElseThrow(), 1, null, null), EmailAllowance.ALWAYS);
        if (!bookings.joinWaitingList(full.id(), new Booker(name, address, 1, null, null), EmailAllowance.ALWAYS)) {
            throw new IllegalStateException("not on the waiting list");
        }

        String course = "Preparation course " + tag;
        long staffId = staff.person("Tia Trainer", uk.frontdoor.core.staff.Role.SOCIAL_WORKER,
                staff.team("se-recruitment")).id();
        LocalDateTime now = Times.nowUtc(clock);
        long courseId = sql.insert("INSERT INTO training_course (title, stage, capacity, places_taken, created_by,"
                + " created_at) VALUES (?, 'STAGE_ONE', 10, 1, ?, ?)", course, staffId, now);
        long sessionId = sql.insert("INSERT INTO training_session (course_id, starts_at, ends_at, venue_address)"
                + " VALUES (?, ?, ?, 'Southwark office')", courseId, now.minusDays(2), now.minusDays(2).plusHours(6));
        long enrolmentId = sql.insert("INSERT INTO training_enrolment (course_id, applicant_id, journey_id, status,"
                + " enrolled_at) VALUES (?, ?, ?, 'ENROLLED', ?)", courseId, applicantId, journeyId, now.minusDays(9));
        sql.update("INSERT INTO training_attendance (enrolment_id, session_id, attendance, marked_by, marked_at)"
                + " VALUES (?, ?, 'ATTENDED', ?, ?)", enrolmentId, sessionId, staffId, now.minusDays(2));

        String supportRequest = new uk.frontdoor.core.reference.ReferenceNumbers().next("SUP");
        long borough = region.boroughByCode("lambeth").orElseThrow().id();
        long requestId = sql.insert("""
                INSERT INTO support_request (reference, submitted_at, requester, full_name, email, safe_to_leave_message,
                    safe_to_send_post, child_first_name, child_born_on, placing_borough_id, lives_in_borough_id, help,
                    urgency, responsible_rule, outside_region, team_id, privacy_version, consent_at)
                VALUES (?, ?, 'adoptive-parent', ?, ?, TRUE, FALSE, 'Kit', '2015-04-03', ?, ?, 'therapeutic', 'soon',
                    'PLACING_COUNCIL', FALSE, ?, '1', ?)""",
                supportRequest, now, name, email, borough, borough, staff.team("se-support").id(), now);
        String added = "Kit starts a new school in January " + tag;
        sql.update("INSERT INTO support_request_information (support_request_id, added_at, text) VALUES (?, ?, ?)",
                requestId, now, added);
        return new Everything(email, name, enquiry, sent.reference(), journeyId, booked.reference(), full.title(), course, supportRequest, added);
    }

    /** A registration sent by someone who names {@code partnerEmail} as the second applicant; its reference. */
    String registrationNaming(String partnerEmail, String tag) {
        var invited = applicants.invite("applicant-" + tag + "@example.org");
        var draft = registrations.start(invited.journey());
        var answers = uk.frontdoor.core.registration.RegistrationAnswers.empty();
        for (var section : uk.frontdoor.core.registration.RegistrationSection.values()) {
            var page = new java.util.LinkedHashMap<>(InvitedApplicants.filled(section));
            if (section == uk.frontdoor.core.registration.RegistrationSection.APPLICANTS) {
                page.putAll(java.util.Map.of("applicant2-name", "Pat Partner " + tag, "applicant2-dateOfBirth",
                        "2 5 1986", "applicant2-email", partnerEmail, "applicant2-phone", "020 7946 0001"));
            }
            answers = answers.with(section, page);
        }
        registrations.save(draft.id(), answers);
        return ((Registrations.Sending.Sent) registrations.submit(invited.applicant())).reference();
    }

    /** Someone else with the same name, whose address differs from {@code email} only in the first letter's case. */
    Enquiries.Made lookAlike(String email, String name) {
        String other = Character.toLowerCase(email.charAt(0)) + email.substring(1);
        var made = Enquiries.make(sql, queue, region, other, name, "lambeth");
        bookings.book(events.atOffice(Times.todayUk(clock).plusDays(32).atTime(18, 0), 10).id(),
                new Booker(name, EmailAddress.canonical(other).orElseThrow(), 1, null, null), EmailAllowance.ALWAYS);
        return made;
    }

    public static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
