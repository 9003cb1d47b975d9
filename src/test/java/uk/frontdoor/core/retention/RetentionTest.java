package uk.frontdoor.core.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.events.Booker;
import uk.frontdoor.core.events.EventBookings;
import uk.frontdoor.core.identity.EmailAddress;
import uk.frontdoor.core.journey.JourneyActorIdentity;
import uk.frontdoor.core.journey.JourneyEvent;
import uk.frontdoor.core.journey.Journeys;
import uk.frontdoor.core.notify.EmailAllowance;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.core.work.ContactChannel;
import uk.frontdoor.core.work.NewContact;
import uk.frontdoor.core.work.TriageChoice;
import uk.frontdoor.core.work.TriageOutcome;
import uk.frontdoor.core.work.WorkQueue;
import uk.frontdoor.platform.db.Sql;
import uk.frontdoor.publicsite.events.EventFixture;
import uk.frontdoor.staff.StaffFixture;
import uk.frontdoor.testing.AppTest;
import uk.frontdoor.testing.Enquiries;

/**
 * The retention schedule applied to a known data set. Every record here is made in 2005, before anything other tests
 * make (their clocks are 2020 on), and the run happens on 4 January 2016: with the default schedule each of these has
 * come of age and nothing another test made has, so every count can be exact.
 */
@MicronautTest(transactional = false)
class RetentionTest extends AppTest {
    private static final Instant MADE = Instant.parse("2005-02-01T10:00:00Z");
    private static final Instant RUN = Instant.parse("2016-01-04T03:00:00Z");

    @Inject
    Sql sql;
    @Inject
    Retention retention;
    @Inject
    RetentionSchedule schedule;
    @Inject
    WorkQueue queue;
    @Inject
    RegionDirectory region;
    @Inject
    StaffFixture staff;
    @Inject
    Journeys journeys;
    @Inject
    EventBookings bookings;
    @Inject
    EventFixture events;

    private StaffMember officer;
    private StaffMember admin;

    @BeforeEach
    void madeIn2005() {
        clock.set(MADE);
        var person = staff.person("Rita Retention", Role.RECRUITMENT_OFFICER, staff.team("se-recruitment"));
        officer = new StaffMember(person.id(), person.email(), person.name(), Set.of(Role.RECRUITMENT_OFFICER),
                Set.of(staff.team("se-recruitment").id()));
        var a = staff.person("Ada Admin", Role.ADMINISTRATOR);
        admin = new StaffMember(a.id(), a.email(), a.name(), Set.of(Role.ADMINISTRATOR), Set.of());
        // a run of an earlier build on this database may have claimed the day, or changed a rule
        sql.update("DELETE FROM retention_run WHERE run_on >= '2016-01-01' AND run_on < '2016-02-01'");
        for (RecordKind kind : RecordKind.values()) {
            restoreDefault(kind);
        }
    }

    @AfterEach
    void backToNow() {
        for (RecordKind kind : RecordKind.values()) {
            restoreDefault(kind);
        }
        clock.reset();
    }

    private void restoreDefault(RecordKind kind) {
        String[] rule = switch (kind) {
            case ENQUIRY_NO_FURTHER_ACTION, ENQUIRY_SIGNPOSTED, EVENT_BOOKING -> new String[] {"1", "YEARS", "ANONYMISE"};
            case REGISTRATION_DECLINED -> new String[] {"3", "YEARS", "ANONYMISE"};
            case JOURNEY_ENDED -> new String[] {"10", "YEARS", "ANONYMISE"};
            case SUPPORT_REQUEST_CLOSED -> new String[] {"6", "YEARS", "ANONYMISE"};
            case OUTBOX_EMAIL -> new String[] {"90", "DAYS", "DELETE"};
            case TOKEN, DRAFT -> new String[] {"1", "DAYS", "DELETE"};
            case AUDIT_ENTRY -> new String[] {"6", "YEARS", "DELETE"};
        };
        sql.update("UPDATE retention_rule SET amount = ?, unit = ?, action = ? WHERE record_kind = ?", rule[0], rule[1],
                rule[2], kind.name());
    }

    @Test
    void the_run_anonymises_exactly_what_has_come_of_age_keeps_what_is_held_and_leaves_the_figures_alone()
            throws InterruptedException {
        long nfa = closedEnquiry(uniqueEmail("nfa"), TriageOutcome.NO_FURTHER_ACTION);
        long signposted = closedEnquiry(uniqueEmail("signposted"), TriageOutcome.SIGNPOST);
        String adopter = uniqueEmail("approved");
        long adoptersEnquiry = closedEnquiry(adopter, TriageOutcome.NO_FURTHER_ACTION);
        long approvedJourney = journeyIn(adopter, "APPROVED");
        String assessed = uniqueEmail("assessed");
        long assessedEnquiry = closedEnquiry(assessed, TriageOutcome.NO_FURTHER_ACTION);
        journeyIn(assessed, "STAGE_ONE");
        String withdrew = uniqueEmail("withdrew");
        long withdrawn = journeyIn(withdrew, "INVITED_TO_REGISTER");
        journeys.fire(withdrawn, JourneyEvent.WITHDRAW, JourneyActorIdentity.staff(officer), "Moving abroad for work");
        long closedSupport = supportRequest(uniqueEmail("support"), false);
        long fundedSupport = supportRequest(uniqueEmail("funded"), true);
        long event = events.atOffice(LocalDateTime.of(2005, 3, 1, 18, 0), 10).id();
        String booker = uniqueEmail("booker");
        long booking = book(event, booker, "Step-free access please");
        long adoptersBooking = book(event, adopter, null);
        long sentEmail = sql.insert("""
                INSERT INTO outbox_email (created_at, recipient, template, params, status, next_attempt_at, sent_at)
                VALUES (?, ?, 'ENQUIRY_RECEIVED', '', 'SENT', ?, ?)""", at(MADE), booker, at(MADE), at(MADE));
        String draftSession = draft();

        clock.set(RUN);
        // the emails this data set queued (confirmations, invitations) are sent first, so the preview and the run
        // see the same outbox: a pending email is not yet the schedule's to delete
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (sql.count("SELECT COUNT(*) FROM outbox_email WHERE status = 'PENDING' AND created_at < '2006-01-01'") > 0
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Map<String, Long> figuresBefore = figures();
        List<Retention.Preview> preview = ((Result.Done<List<Retention.Preview>>) retention.preview(admin)).value();
        long auditBefore = sql.count("SELECT COALESCE(MAX(id), 0) FROM audit_event");
        Map<RecordKind, Long> done = retention.run().orElseThrow();

        // the preview said what the run did, kind by kind
        for (Retention.Preview p : preview) {
            assertEquals(p.due(), done.get(p.rule().kind()), "the preview of " + p.rule().kind());
        }
        assertEquals(1L, done.get(RecordKind.ENQUIRY_NO_FURTHER_ACTION), "only the NFA enquiry nobody holds");
        assertEquals(1L, done.get(RecordKind.ENQUIRY_SIGNPOSTED));
        assertEquals(1L, done.get(RecordKind.JOURNEY_ENDED));
        assertEquals(1L, done.get(RecordKind.SUPPORT_REQUEST_CLOSED));
        assertEquals(1L, done.get(RecordKind.EVENT_BOOKING), "the adopter's booking is held");
        assertTrue(held(preview, RecordKind.ENQUIRY_NO_FURTHER_ACTION, LegalHold.APPROVED_ADOPTER) >= 1);
        assertTrue(held(preview, RecordKind.ENQUIRY_NO_FURTHER_ACTION, LegalHold.OPEN_ASSESSMENT) >= 1);
        assertTrue(held(preview, RecordKind.SUPPORT_REQUEST_CLOSED, LegalHold.CHILDS_ADOPTION) >= 1);
        assertTrue(held(preview, RecordKind.EVENT_BOOKING, LegalHold.APPROVED_ADOPTER) >= 1);

        // gone: who they are and what was written about them
        for (long id : List.of(nfa, signposted)) {
            assertEquals(List.of("", "", ""), sql.one("SELECT full_name, email, phone FROM enquiry WHERE id = ?",
                    rs -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)), id).orElseThrow());
            assertEquals(0, sql.count("""
                    SELECT COUNT(*) FROM contact_log c JOIN work_item w ON w.id = c.work_item_id
                    WHERE w.subject_type = 'ENQUIRY' AND w.subject_id = ? AND c.summary <> ''""", id));
            assertEquals(0, sql.count("""
                    SELECT COUNT(*) FROM work_item_event e JOIN work_item w ON w.id = e.work_item_id
                    WHERE w.subject_type = 'ENQUIRY' AND w.subject_id = ? AND (e.detail IS NOT NULL OR e.detail_args IS NOT NULL)""",
                    id));
        }
        assertEquals(0, sql.count("SELECT COUNT(*) FROM journey_event WHERE journey_id = ? AND detail_args LIKE '%abroad%'",
                withdrawn));
        assertEquals(0, sql.count("SELECT COUNT(*) FROM journey_event WHERE journey_id = ? AND detail LIKE '%abroad%'",
                withdrawn));
        assertEquals(0, sql.count("SELECT COUNT(*) FROM applicant_account WHERE email = ?", withdrew),
                "the account's address no longer finds anyone");
        assertEquals(0, sql.count("SELECT COUNT(*) FROM enquiry WHERE email = ?", withdrew),
                "the enquiry the journey came from goes with it");
        assertEquals("", sql.one("SELECT full_name FROM support_request WHERE id = ?", rs -> rs.getString(1),
                closedSupport).orElseThrow());
        assertEquals(0, sql.count("SELECT COUNT(*) FROM support_request_information WHERE support_request_id = ? AND text <> ''",
                closedSupport));
        assertEquals(List.of("", ""), sql.one("SELECT full_name, email FROM event_booking WHERE id = ?",
                rs -> List.of(rs.getString(1), rs.getString(2)), booking).orElseThrow());
        assertEquals(0, sql.count("SELECT COUNT(*) FROM event_booking_token WHERE booking_id = ?", booking),
                "the link to manage it is deleted too");
        assertEquals(0, sql.count("SELECT COUNT(*) FROM outbox_email WHERE id = ?", sentEmail));
        assertEquals(0, sql.count("SELECT COUNT(*) FROM enquiry_draft WHERE session_id = ?", draftSession));

        // kept: everything under a legal hold, whole
        assertEquals(adopter, sql.one("SELECT email FROM enquiry WHERE id = ?", rs -> rs.getString(1), adoptersEnquiry)
                .orElseThrow());
        assertEquals(assessed, sql.one("SELECT email FROM enquiry WHERE id = ?", rs -> rs.getString(1), assessedEnquiry)
                .orElseThrow());
        assertEquals(adopter, sql.one("SELECT email FROM event_booking WHERE id = ?", rs -> rs.getString(1),
                adoptersBooking).orElseThrow());
        assertFalse(sql.one("SELECT full_name FROM support_request WHERE id = ?", rs -> rs.getString(1), fundedSupport)
                .orElseThrow().isEmpty(), "a request with a fund application is part of a child's adoption case");
        assertEquals(1, sql.count("SELECT COUNT(*) FROM adopter_journey WHERE id = ? AND anonymised_at IS NULL",
                approvedJourney));

        // what reports count is the same
        assertEquals(figuresBefore, figures());

        // the run is logged as counts, never names, and audited as the system's own
        String summary = sql.one("SELECT summary FROM retention_run WHERE run_on = '2016-01-04'", rs -> rs.getString(1))
                .orElseThrow();
        assertTrue(summary.contains("ENQUIRY_SIGNPOSTED=1"), summary);
        assertFalse(summary.contains("@"), summary);
        assertEquals(1, sql.count("""
                SELECT COUNT(*) FROM audit_event WHERE actor_type = 'SYSTEM' AND action = 'APPLY_RETENTION'
                AND detail = ? AND id > ?""", summary, auditBefore));

        // a second run that day does nothing; the next day finds nothing left but what is held
        assertEquals(Optional.empty(), retention.run());
        clock.set(RUN.plusSeconds(86_400));
        Map<RecordKind, Long> nextDay = retention.run().orElseThrow();
        assertEquals(0L, nextDay.get(RecordKind.ENQUIRY_NO_FURTHER_ACTION) + nextDay.get(RecordKind.JOURNEY_ENDED)
                + nextDay.get(RecordKind.EVENT_BOOKING) + nextDay.get(RecordKind.SUPPORT_REQUEST_CLOSED));
    }

    @Test
    void an_enquiry_whose_rule_says_delete_is_deleted_with_its_work_item_history_and_equality_answers() {
        assertInstanceOf(Result.Done.class,
                schedule.change(admin, RecordKind.ENQUIRY_SIGNPOSTED, "2", "YEARS", "DELETE"));
        long gone = closedEnquiry(uniqueEmail("deleted"), TriageOutcome.SIGNPOST);
        sql.update("INSERT INTO enquiry_equality (enquiry_id, ethnicity) VALUES (?, 'prefer-not-to-say')", gone);
        clock.set(RUN);
        assertEquals(1L, retention.run().orElseThrow().get(RecordKind.ENQUIRY_SIGNPOSTED));
        assertEquals(0, sql.count("SELECT COUNT(*) FROM enquiry WHERE id = ?", gone));
        assertEquals(0, sql.count("SELECT COUNT(*) FROM enquiry_equality WHERE enquiry_id = ?", gone));
        assertEquals(0, sql.count("SELECT COUNT(*) FROM work_item WHERE subject_type = 'ENQUIRY' AND subject_id = ?", gone));
    }

    @Test
    void two_nodes_starting_the_run_at_once_apply_it_once() throws Exception {
        long nfa = closedEnquiry(uniqueEmail("twice"), TriageOutcome.NO_FURTHER_ACTION);
        clock.set(RUN);
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Optional<Map<RecordKind, Long>>> one = CompletableFuture.supplyAsync(() -> awaitThenRun(start));
        CompletableFuture<Optional<Map<RecordKind, Long>>> two = CompletableFuture.supplyAsync(() -> awaitThenRun(start));
        start.countDown();
        var first = one.get(60, TimeUnit.SECONDS);
        var second = two.get(60, TimeUnit.SECONDS);
        assertTrue(first.isPresent() ^ second.isPresent(), "exactly one node applies the day's run");
        assertEquals(1L, first.or(() -> second).orElseThrow().get(RecordKind.ENQUIRY_NO_FURTHER_ACTION));
        assertEquals(1, sql.count("SELECT COUNT(*) FROM retention_run WHERE run_on = '2016-01-04'"));
        assertEquals(1, sql.count("SELECT COUNT(*) FROM enquiry WHERE id = ? AND anonymised_at IS NOT NULL", nfa));
    }

    @Test
    void only_an_administrator_changes_the_schedule_a_bad_rule_is_refused_whole_and_a_change_is_audited() {
        assertInstanceOf(Result.NotFound.class, schedule.change(officer, RecordKind.DRAFT, "2", "DAYS", "DELETE"));
        var refused = schedule.change(admin, RecordKind.JOURNEY_ENDED, "0", null, "DELETE");
        var problems = ((Result.Refused<RetentionRule>) refused).problems();
        assertEquals(List.of("staff.retention.amount.range", "staff.retention.unit.missing",
                "staff.retention.action.notForDelete"), problems.stream().map(p -> p.messageKey()).toList());
        assertEquals("staff.retention.amount.notWhole", ((Result.Refused<RetentionRule>) schedule.change(admin,
                RecordKind.DRAFT, "1.5", "DAYS", "DELETE")).problems().get(0).messageKey());
        assertEquals(10, schedule.rule(RecordKind.JOURNEY_ENDED).orElseThrow().period().amount(), "nothing changed");

        var changed = schedule.change(admin, RecordKind.JOURNEY_ENDED, "12", "YEARS", "ANONYMISE");
        assertInstanceOf(Result.Done.class, changed);
        assertEquals(new RetentionPeriod(12, RetentionPeriod.Unit.YEARS),
                schedule.rule(RecordKind.JOURNEY_ENDED).orElseThrow().period());
        assertEquals(1, sql.count("""
                SELECT COUNT(*) FROM audit_event WHERE actor_type = 'STAFF' AND actor_id = ? AND action = 'CHANGE_RETENTION'
                AND detail = 'JOURNEY_ENDED: 10 YEARS ANONYMISE -> 12 YEARS ANONYMISE'""", admin.id()));
    }

    private Optional<Map<RecordKind, Long>> awaitThenRun(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return retention.run();
    }

    /** What reports count: kept the same by anonymising. */
    private Map<String, Long> figures() {
        Map<String, Long> figures = new java.util.TreeMap<>();
        String[] queries = {
            "SELECT CONCAT('enquiries ', borough_id, ' ', heard_about, ' ', interests, ' ', YEAR(submitted_at)), COUNT(*)"
                    + " FROM enquiry GROUP BY 1",
            "SELECT CONCAT('equality ', COALESCE(ethnicity, '-'), ' ', COALESCE(religion, '-')), COUNT(*)"
                    + " FROM enquiry_equality GROUP BY 1",
            "SELECT CONCAT('items ', kind, ' ', status, ' ', team_id), COUNT(*) FROM work_item GROUP BY 1",
            "SELECT CONCAT('journeys ', state, ' ', team_id), COUNT(*) FROM adopter_journey GROUP BY 1",
            "SELECT CONCAT('journey events ', event), COUNT(*) FROM journey_event GROUP BY 1",
            "SELECT CONCAT('bookings ', event_id, ' ', status, ' ', attending, ' ', COALESCE(attendance, '-')), COUNT(*)"
                    + " FROM event_booking GROUP BY 1",
            "SELECT CONCAT('support ', team_id, ' ', requester, ' ', urgency, ' ', YEAR(child_born_on)), COUNT(*)"
                    + " FROM support_request GROUP BY 1",
        };
        for (String query : queries) {
            sql.list(query, rs -> figures.put(rs.getString(1), rs.getLong(2)));
        }
        return figures;
    }

    private static long held(List<Retention.Preview> preview, RecordKind kind, LegalHold hold) {
        return preview.stream().filter(p -> p.rule().kind() == kind).findFirst().orElseThrow().held()
                .getOrDefault(hold, 0L);
    }

    private static LocalDateTime at(Instant instant) {
        return LocalDateTime.ofInstant(instant, java.time.ZoneOffset.UTC);
    }

    /** An enquiry closed by an officer with this outcome, with a contact note. */
    private long closedEnquiry(String email, TriageOutcome outcome) {
        var made = Enquiries.make(sql, queue, region, email, "Pat Person", "lambeth");
        queue.logContact(made.workItemId(), officer, new NewContact(ContactChannel.values()[0], "Talked about their sister"));
        int version = queue.find(made.workItemId()).orElseThrow().version();
        var closed = queue.recordOutcome(made.workItemId(), version, officer,
                new TriageChoice(outcome, "Adoption UK", "Not the right time for them", null, null));
        assertInstanceOf(Result.Done.class, closed, "closing " + outcome);
        return made.enquiryId();
    }

    /** A journey from an enquiry, put in this state as the journey's own events would have left it. */
    private long journeyIn(String email, String state) {
        var made = Enquiries.make(sql, queue, region, email, "Jo Journey", "lambeth");
        long journey = journeys.inviteToRegister(made.enquiryId(), made.teamId(), JourneyActorIdentity.staff(officer)).id();
        if (!state.equals("INVITED_TO_REGISTER")) {
            sql.update("UPDATE adopter_journey SET state = ? WHERE id = ?", state, journey);
        }
        return journey;
    }

    /** A support request closed by a worker, with information the requester added; with a fund application if asked. */
    private long supportRequest(String email, boolean funded) {
        long team = staff.team("se-support").id();
        long borough = region.boroughByCode("lambeth").orElseThrow().id();
        long id = sql.insert("""
                INSERT INTO support_request (reference, submitted_at, requester, full_name, email, phone,
                  safe_to_leave_message, safe_to_send_post, child_first_name, child_born_on, placing_borough_id,
                  lives_in_borough_id, help, urgency, support_before, responsible_rule, outside_region, team_id,
                  privacy_version, consent_at)
                VALUES (?, ?, 'adoptive-parent', 'Rae Requester', ?, '020 7946 0999', TRUE, FALSE, 'Kit', '2001-04-03',
                  ?, ?, 'therapeutic', 'soon', 'Play therapy in 2004', 'PLACING_COUNCIL', FALSE, ?, '1', ?)""",
                "SUP-" + email.substring(8, 16).toUpperCase(), at(MADE), email, borough, borough, team, at(MADE));
        sql.insert("INSERT INTO support_request_information (support_request_id, added_at, text) VALUES (?, ?, ?)",
                id, at(MADE), "Kit has started a new school");
        long item = queue.create(uk.frontdoor.core.work.WorkKind.SUPPORT_REQUEST, team,
                uk.frontdoor.core.audit.Subject.SUPPORT_REQUEST, id, "SUP-" + id, "Adoption support");
        sql.update("UPDATE work_item SET status = 'CLOSED', is_open = FALSE, updated_at = ? WHERE id = ?", at(MADE), item);
        if (funded) {
            sql.insert("""
                    INSERT INTO asgsf_application (support_request_id, applied_on, therapy_type, provider, amount_pence,
                      decision, created_at, updated_at) VALUES (?, '2005-01-10', 'Therapeutic parenting', 'Provider',
                      250000, 'APPROVED', ?, ?)""", id, at(MADE), at(MADE));
        }
        return id;
    }

    private long book(long event, String email, String accessNeeds) {
        var booked = (EventBookings.Outcome.Booked) bookings.book(event,
                new Booker("Bo Booker", EmailAddress.canonical(email).orElseThrow(), 1, accessNeeds, null),
                EmailAllowance.ALWAYS);
        return booked.bookingId();
    }

    /** Answers saved in an enquiry and never sent. */
    private String draft() {
        String session = java.util.UUID.randomUUID().toString().replace("-", "") + "0".repeat(32);
        sql.update("""
                INSERT INTO web_session (id, created_at, last_seen_at, expires_at, idle_seconds)
                VALUES (?, ?, ?, ?, 14400)""", session, at(MADE), at(MADE), at(RUN.plusSeconds(86_400 * 30)));
        sql.update("INSERT INTO enquiry_draft (session_id, answers, updated_at) VALUES (?, 'fullName=Pat', ?)", session,
                at(MADE));
        return session;
    }
}
