package uk.frontdoor.core.reports;

import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.util.UUID;
import uk.frontdoor.platform.db.Sql;

/**
 * A small known data set for the management information, in a spoke of its own with two councils (North and South) and
 * one recruitment team, so that a report filtered to that spoke holds nothing else however many tests share the
 * database. Times are UTC as stored; the comments give the UK day. The expected figures are worked out by hand in
 * {@code ReportFiguresTest}. The period is April to June 2025 (2025-Q2), with Good Friday 18 April, Easter Monday
 * 21 April, 5 May and 26 May bank holidays; "today" is 15 July 2025.
 */
@Singleton
public class ReportData {
    private final Sql sql;
    private final EnquiryProgress progress;

    public ReportData(Sql sql, EnquiryProgress progress) {
        this.sql = sql;
        this.progress = progress;
    }

    /** What was made: the spoke's code and name, the councils' codes and names, the team, and the cases. */
    public record Made(long spokeId, String spoke, String spokeName, String north, String northName, String south,
                       String southName, long teamId, long e4Item, long j2, long j3) {
    }

    /**
     * Takes the data set away again, spoke and councils included: other tests count the region's councils (the
     * children's services numbers, the routing form), so a test's councils must not outlive it.
     */
    public void remove(Made made) {
        Object spoke = made.spokeId();
        String boroughs = "(SELECT id FROM borough WHERE spoke_id = ?)";
        String enquiries = "(SELECT id FROM enquiry WHERE borough_id IN " + boroughs + ")";
        String journeys = "(SELECT id FROM adopter_journey WHERE enquiry_id IN " + enquiries + ")";
        String requests = "(SELECT id FROM support_request WHERE team_id IN (SELECT id FROM team WHERE spoke_id = ?))";
        String events = "(SELECT id FROM info_event WHERE spoke_id = ?)";
        sql.update("DELETE FROM asgsf_application WHERE support_request_id IN " + requests, spoke);
        sql.update("DELETE FROM support_request WHERE id IN (SELECT id FROM " + requests + " r)", spoke);
        sql.update("DELETE FROM event_waiting WHERE event_id IN " + events, spoke);
        sql.update("DELETE FROM event_booking WHERE event_id IN " + events, spoke);
        sql.update("DELETE FROM info_event WHERE id IN (SELECT id FROM " + events + " e)", spoke);
        String courses = "(SELECT course_id FROM training_enrolment WHERE journey_id IN " + journeys + ")";
        java.util.List<Long> courseIds = sql.list("SELECT id FROM training_course WHERE id IN " + courses,
                rs -> rs.getLong(1), spoke);
        sql.update("DELETE FROM training_attendance WHERE enrolment_id IN (SELECT id FROM training_enrolment"
                + " WHERE journey_id IN " + journeys + ")", spoke);
        sql.update("DELETE FROM training_enrolment WHERE journey_id IN " + journeys, spoke);
        courseIds.forEach(c -> {
            sql.update("DELETE FROM training_session WHERE course_id = ?", c);
            sql.update("DELETE FROM training_course WHERE id = ?", c);
        });
        for (String table : java.util.List.of("registration_of_interest", "journey_extension", "journey_event")) {
            sql.update("DELETE FROM " + table + " WHERE journey_id IN " + journeys, spoke);
        }
        java.util.List<Long> applicants = sql.list("SELECT applicant_id FROM adopter_journey WHERE enquiry_id IN "
                + enquiries, rs -> rs.getLong(1), spoke);
        sql.update("DELETE FROM adopter_journey WHERE id IN (SELECT id FROM " + journeys + " j)", spoke);
        applicants.forEach(a -> sql.update("DELETE FROM applicant_account WHERE id = ?", a));
        sql.update("DELETE FROM work_item_event WHERE work_item_id IN (SELECT id FROM work_item WHERE team_id IN"
                + " (SELECT id FROM team WHERE spoke_id = ?))", spoke);
        sql.update("DELETE FROM work_item WHERE team_id IN (SELECT id FROM team WHERE spoke_id = ?)", spoke);
        sql.update("DELETE FROM enquiry_equality WHERE enquiry_id IN " + enquiries, spoke);
        sql.update("DELETE FROM enquiry WHERE id IN (SELECT id FROM " + enquiries + " e)", spoke);
        sql.update("DELETE FROM team WHERE spoke_id = ?", spoke);
        sql.update("DELETE FROM borough WHERE spoke_id = ?", spoke);
        sql.update("DELETE FROM spoke WHERE id = ?", spoke);
    }

    /** Makes the data set; {@code staff} is the member of staff who extends a clock and plans the event. */
    public Made make(long staff) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long region = sql.one("SELECT id FROM region ORDER BY id LIMIT 1", rs -> rs.getLong(1)).orElseThrow();
        long spoke = sql.insert("INSERT INTO spoke (region_id, code, name, office_name) VALUES (?, ?, ?, ?)",
                region, "mi-" + tag, "Reports spoke " + tag, "Office " + tag);
        long north = sql.insert("INSERT INTO borough (spoke_id, code, name) VALUES (?, ?, ?)", spoke, "mi-n-" + tag,
                "North " + tag);
        long south = sql.insert("INSERT INTO borough (spoke_id, code, name) VALUES (?, ?, ?)", spoke, "mi-s-" + tag,
                "South " + tag);
        long team = sql.insert("INSERT INTO team (spoke_id, code, name, function_code) VALUES (?, ?, ?, 'RECRUITMENT')",
                spoke, "mi-team-" + tag, "Reports team " + tag);

        // How each was made (the method): E1, E3 online; E2, E5 by phone (keyed in by staff); E4 by email.
        // E1 North, Tue 1 Apr, search engine, White; answered Tue 15 Apr: 10 working days, in time.
        long e1 = enquiry(tag, 1, north, "2025-04-01T09:00", "search-engine", "ONLINE", "white");
        item(e1, team, "2025-04-01T09:00", "2025-04-15T10:00", false, "2025-04-15");
        // E2 North, Mon 14 Apr, social media, White; answered Wed 30 Apr: 10 working days over Easter, in time.
        long e2 = enquiry(tag, 2, north, "2025-04-14T09:00", "social-media", "PHONE", "white");
        item(e2, team, "2025-04-14T09:00", "2025-04-30T10:00", false, "2025-04-30");
        // E3 South, Thu 1 May, search engine, Asian; answered Mon 19 May: 11 working days (5 May a holiday), late.
        long e3 = enquiry(tag, 3, south, "2025-05-01T09:00", "search-engine", "ONLINE", "asian");
        item(e3, team, "2025-05-01T09:00", "2025-05-19T10:00", false, "2025-05-16");
        // E4 South, 23:30 UTC on 31 May = 00:30 on Sun 1 June in the UK: a June enquiry; no equality answers; never
        // answered: due Fri 13 June, overdue now.
        long e4 = enquiry(tag, 4, south, "2025-05-31T23:30", "friend-or-family", "EMAIL", null);
        long e4Item = item(e4, team, "2025-05-31T23:30", null, true, "2025-06-13");
        // E5 North, 23:30 UTC on 31 March = 00:30 on 1 April in the UK: in the period; answered the next day.
        long e5 = enquiry(tag, 5, north, "2025-03-31T23:30", "search-engine", "PHONE", "white");
        item(e5, team, "2025-03-31T23:30", "2025-04-02T10:00", false, "2025-04-15");
        // E6 North, 23:30 UTC on 30 June = 1 July in the UK: after the period; its item is open, due today (not overdue).
        long e6 = enquiry(tag, 6, north, "2025-06-30T23:30", "search-engine", "ONLINE", null);
        item(e6, team, "2025-06-30T23:30", null, true, "2025-07-15");
        // E7 North, 22:30 UTC on 31 March = 23:30 on 31 March in the UK: before the period.
        long e7 = enquiry(tag, 7, north, "2025-03-31T22:30", "search-engine", "ONLINE", null);

        // J1 (E1): registration sent Thu 17 Apr, accepted Thu 24 Apr (3 working days over Easter, in time); Stage One
        // completed Tue 24 June, its due day exactly (2 months, 61 days); Stage Two started 25 June.
        long a1 = applicant(tag, 1);
        long j1 = journey(a1, e1, team, "STAGE_TWO", "2025-06-25T09:00");
        event(j1, "2025-04-16T09:00", "INVITE_TO_REGISTER", "ENQUIRY", "INVITED_TO_REGISTER");
        event(j1, "2025-04-17T10:00", "SUBMIT_REGISTRATION", "INVITED_TO_REGISTER", "REGISTRATION_SUBMITTED");
        event(j1, "2025-04-24T10:00", "ACCEPT_REGISTRATION", "REGISTRATION_SUBMITTED", "STAGE_ONE");
        event(j1, "2025-06-24T10:00", "COMPLETE_STAGE_ONE", "STAGE_ONE", "STAGE_ONE_COMPLETE");
        event(j1, "2025-06-25T09:00", "START_STAGE_TWO", "STAGE_ONE_COMPLETE", "STAGE_TWO");
        registration(j1, a1, tag, 1, "2025-04-17T10:00", "2025-04-24T10:00");
        // J2 (E2): sent Fri 2 May, accepted Mon 12 May (5 working days, 5 May a holiday: in time); Stage One running,
        // due 12 July but extended to 1 August: not overdue now.
        long a2 = applicant(tag, 2);
        long j2 = journey(a2, e2, team, "STAGE_ONE", "2025-05-12T10:00");
        event(j2, "2025-05-01T09:00", "INVITE_TO_REGISTER", "ENQUIRY", "INVITED_TO_REGISTER");
        event(j2, "2025-05-02T10:00", "SUBMIT_REGISTRATION", "INVITED_TO_REGISTER", "REGISTRATION_SUBMITTED");
        event(j2, "2025-05-12T10:00", "ACCEPT_REGISTRATION", "REGISTRATION_SUBMITTED", "STAGE_ONE");
        registration(j2, a2, tag, 2, "2025-05-02T10:00", "2025-05-12T10:00");
        // Its extensions: Tue 20 May, before kinds were recorded; 22:30 UTC on 30 June = 23:30 in the UK, the applicant
        // asked (both in the period); 1 July, checks delayed (after it). The last one sets the due day.
        extension(j2, staff, "2025-05-20T09:00", null, "2025-07-19");
        extension(j2, staff, "2025-06-30T22:30", "APPLICANT_ASKED", "2025-07-26");
        extension(j2, staff, "2025-07-01T09:00", "CHECKS_DELAYED", "2025-08-01");
        // J3 (E3): sent Tue 20 May, not decided: due Wed 28 May (26 May a holiday), overdue now.
        long a3 = applicant(tag, 3);
        long j3 = journey(a3, e3, team, "REGISTRATION_SUBMITTED", "2025-05-20T10:00");
        event(j3, "2025-05-19T09:00", "INVITE_TO_REGISTER", "ENQUIRY", "INVITED_TO_REGISTER");
        event(j3, "2025-05-20T10:00", "SUBMIT_REGISTRATION", "INVITED_TO_REGISTER", "REGISTRATION_SUBMITTED");
        registration(j3, a3, tag, 3, "2025-05-20T10:00", null);
        // J4 (E7, an enquiry before the period): Stage Two from 10 January, approved 12 May: due 10 May, 122 days, late.
        long a4 = applicant(tag, 4);
        long j4 = journey(a4, e7, team, "APPROVED", "2025-05-12T10:00");
        event(j4, "2025-01-10T10:00", "START_STAGE_TWO", "STAGE_ONE_COMPLETE", "STAGE_TWO");
        event(j4, "2025-04-20T10:00", "SUBMIT_TO_PANEL", "STAGE_TWO", "AWAITING_PANEL");
        event(j4, "2025-05-12T10:00", "APPROVE", "AWAITING_PANEL", "APPROVED");

        // An information event on 10 May in the spoke: 20 places; E5 came (2 people), E4 did not (1), one booking not
        // marked (1), one cancelled; one person joined the waiting list.
        long event = sql.insert("""
                INSERT INTO info_event (title, kind, spoke_id, place, starts_at, ends_at, capacity, places_taken,
                  booking_opens_at, booking_closes_at, created_by, created_at, updated_at)
                VALUES ('Reports event', 'INFORMATION', ?, 'ONLINE', '2025-05-10 10:00', '2025-05-10 12:00', 20, 4,
                  '2025-04-01 00:00', '2025-05-09 00:00', ?, '2025-04-01 00:00', '2025-04-01 00:00')""", spoke, staff);
        booking(event, tag, 1, e5, 2, "BOOKED", "ATTENDED");
        booking(event, tag, 2, e4, 1, "BOOKED", "DID_NOT_ATTEND");
        booking(event, tag, 3, null, 1, "BOOKED", null);
        booking(event, tag, 4, null, 1, "CANCELLED", null);
        sql.insert("""
                INSERT INTO event_waiting (event_id, full_name, email, attending, status, joined_at)
                VALUES (?, 'Wait Er', ?, 1, 'WAITING', '2025-05-01 10:00')""", event, "mi-wait-" + tag + "@example.org");

        // A preparation course whose first session is Tue 10 June (then 17 June): J2 (North) came to the first and
        // missed the second; J3 (South) came to the first. A second course's first session is 23:30 UTC on 30 June =
        // 00:30 on 1 July in the UK, after the period: J1 (North) enrolled on it and is not counted.
        long course = course(tag, staff, "2025-06-10T09:00", "2025-06-17T09:00");
        long later = course(tag, staff, "2025-06-30T23:30", "2025-07-07T09:00");
        long[] sessions = sql.list("SELECT id FROM training_session WHERE course_id = ? ORDER BY starts_at",
                rs -> rs.getLong(1), course).stream().mapToLong(Long::longValue).toArray();
        long n2 = enrol(course, a2, j2);
        long n3 = enrol(course, a3, j3);
        enrol(later, a1, j1);
        attendance(n2, sessions[0], "ATTENDED", staff);
        attendance(n2, sessions[1], "DID_NOT_ATTEND", staff);
        attendance(n3, sessions[0], "ATTENDED", staff);

        // A support request on 2 May: placed by North within three years, so North is responsible; urgent; contact and
        // therapeutic help. Two fund applications: £1,500 approved and £500 pending.
        long request = sql.insert("""
                INSERT INTO support_request (reference, submitted_at, requester, full_name, email, safe_to_leave_message,
                  safe_to_send_post, child_first_name, child_born_on, adoption_order_on, placing_borough_id,
                  lives_in_borough_id, help, urgency, responsible_rule, outside_region, team_id, privacy_version, consent_at)
                VALUES (?, '2025-05-02 09:00', 'ADOPTER', 'Sup Port', ?, TRUE, TRUE, 'Kit', '2018-01-01', '2024-01-01',
                  ?, ?, 'contact,therapeutic', 'urgent', 'PLACING_COUNCIL_WITHIN_THREE_YEARS', FALSE, ?, 'v1',
                  '2025-05-02 09:00')""", "SUP-MI-" + tag, "mi-support-" + tag + "@example.org", north, south, team);
        fund(request, "2025-05-05", 150000, "APPROVED");
        fund(request, "2025-06-01", 50000, "PENDING");
        // written straight into the tables, so their summary rows are written here, as the write paths would
        sql.list("SELECT id FROM enquiry WHERE borough_id IN (?, ?)", rs -> rs.getLong(1), north, south)
                .forEach(progress::refresh);
        return new Made(spoke, "mi-" + tag, "Reports spoke " + tag, "mi-n-" + tag, "North " + tag, "mi-s-" + tag,
                "South " + tag, team, e4Item, j2, j3);
    }

    private long enquiry(String tag, int n, long borough, String at, String heard, String method, String ethnicity) {
        long id = sql.insert("""
                INSERT INTO enquiry (reference, submitted_at, borough_id, full_name, email, phone, contact_method,
                  contact_times, applying_with, interests, heard_about, privacy_version, consent_at, method)
                VALUES (?, ?, ?, ?, ?, '07700900000', 'email', 'any', 'alone', 'adoption', ?, 'v1', ?, ?)""",
                "ENQ-MI-" + tag + "-" + n, LocalDateTime.parse(at), borough, "Enquirer " + n,
                "mi-" + tag + "-" + n + "@example.org", heard, LocalDateTime.parse(at), method);
        if (ethnicity != null) {
            sql.update("INSERT INTO enquiry_equality (enquiry_id, ethnicity) VALUES (?, ?)", id, ethnicity);
        }
        return id;
    }

    private long item(long enquiry, long team, String created, String responded, boolean open, String due) {
        return sql.insert("""
                INSERT INTO work_item (kind, team_id, subject_type, subject_id, reference, title, status, is_open, due_date,
                  created_at, updated_at, first_response_at)
                VALUES ('ENQUIRY', ?, 'ENQUIRY', ?, 'ENQ-MI', 'Enquiry', ?, ?, ?, ?, ?, ?)""",
                team, enquiry, open ? "NEW" : "CLOSED", open, java.time.LocalDate.parse(due),
                LocalDateTime.parse(created), LocalDateTime.parse(created),
                responded == null ? null : LocalDateTime.parse(responded));
    }

    private void extension(long journey, long staff, String at, String kind, String newDue) {
        sql.insert("""
                INSERT INTO journey_extension (journey_id, stage, previous_due, new_due, reason_kind, reason, by_staff, at)
                VALUES (?, 'STAGE_ONE', '2025-07-12', ?, ?, 'Medical report awaited', ?, ?)""",
                journey, java.time.LocalDate.parse(newDue), kind, staff, LocalDateTime.parse(at));
    }

    private long course(String tag, long staff, String first, String second) {
        long course = sql.insert("""
                INSERT INTO training_course (title, stage, capacity, places_taken, created_by, created_at)
                VALUES (?, 'STAGE_ONE', 12, 0, ?, '2025-04-01 00:00')""", "Reports course " + tag, staff);
        for (String at : new String[] {first, second}) {
            sql.insert("INSERT INTO training_session (course_id, starts_at, ends_at) VALUES (?, ?, ?)", course,
                    LocalDateTime.parse(at), LocalDateTime.parse(at).plusHours(3));
        }
        return course;
    }

    private long enrol(long course, long applicant, long journey) {
        return sql.insert("""
                INSERT INTO training_enrolment (course_id, applicant_id, journey_id, status, enrolled_at)
                VALUES (?, ?, ?, 'ENROLLED', '2025-06-01 09:00')""", course, applicant, journey);
    }

    private void attendance(long enrolment, long session, String attendance, long staff) {
        sql.update("""
                INSERT INTO training_attendance (enrolment_id, session_id, attendance, marked_by, marked_at)
                VALUES (?, ?, ?, ?, '2025-06-20 09:00')""", enrolment, session, attendance, staff);
    }

    private long applicant(String tag, int n) {
        return sql.insert("INSERT INTO applicant_account (email, created_at) VALUES (?, '2025-01-01 00:00')",
                "mi-applicant-" + tag + "-" + n + "@example.org");
    }

    private long journey(long applicant, long enquiry, long team, String state, String since) {
        return sql.insert("""
                INSERT INTO adopter_journey (applicant_id, enquiry_id, team_id, state, state_since, created_at)
                VALUES (?, ?, ?, ?, ?, '2025-01-01 00:00')""", applicant, enquiry, team, state, LocalDateTime.parse(since));
    }

    private void event(long journey, String at, String event, String from, String to) {
        sql.insert("""
                INSERT INTO journey_event (journey_id, at, actor_type, event, from_state, to_state)
                VALUES (?, ?, 'SYSTEM', ?, ?, ?)""", journey, LocalDateTime.parse(at), event, from, to);
    }

    private void registration(long journey, long applicant, String tag, int n, String submitted, String decided) {
        sql.insert("""
                INSERT INTO registration_of_interest (journey_id, applicant_id, answers, status, reference, started_at,
                  updated_at, submitted_at, decided_at, decision)
                VALUES (?, ?, '{}', ?, ?, ?, ?, ?, ?, ?)""", journey, applicant, decided == null ? "SUBMITTED" : "DECIDED",
                "ROI-MI-" + tag + "-" + n, LocalDateTime.parse(submitted), LocalDateTime.parse(submitted),
                LocalDateTime.parse(submitted), decided == null ? null : LocalDateTime.parse(decided),
                decided == null ? null : "ACCEPTED");
    }

    private void booking(long event, String tag, int n, Long enquiry, int attending, String status, String attendance) {
        sql.insert("""
                INSERT INTO event_booking (event_id, reference, full_name, email, attending, enquiry_id, status, booked_at,
                  attendance)
                VALUES (?, ?, 'Book Er', ?, ?, ?, ?, '2025-05-01 10:00', ?)""", event, "BK-MI-" + tag + "-" + n,
                "mi-book-" + tag + "-" + n + "@example.org", attending, enquiry, status, attendance);
    }

    private void fund(long request, String applied, int pence, String decision) {
        sql.insert("""
                INSERT INTO asgsf_application (support_request_id, applied_on, therapy_type, provider, amount_pence,
                  decision, created_at, updated_at)
                VALUES (?, ?, 'Therapy', 'Provider', ?, ?, '2025-05-01 00:00', '2025-05-01 00:00')""",
                request, java.time.LocalDate.parse(applied), pence, decision);
    }
}
