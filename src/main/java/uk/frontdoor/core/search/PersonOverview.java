package uk.frontdoor.core.search;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.frontdoor.core.action.Result;
import uk.frontdoor.core.audit.AuditLog;
import uk.frontdoor.core.audit.Subject;
import uk.frontdoor.core.identity.EmailAddress;
import uk.frontdoor.core.journey.JourneyClocks;
import uk.frontdoor.core.journey.JourneyEventLine;
import uk.frontdoor.core.journey.JourneyState;
import uk.frontdoor.core.journey.Journeys;
import uk.frontdoor.core.stagetwo.Caseloads;
import uk.frontdoor.core.staff.StaffMember;
import uk.frontdoor.core.subjectaccess.People;
import uk.frontdoor.core.subjectaccess.PersonKeys;
import uk.frontdoor.core.subjectaccess.PersonRecords;
import uk.frontdoor.core.work.WorkItemEvent;
import uk.frontdoor.core.work.WorkItemStatus;
import uk.frontdoor.core.work.WorkQueue;
import uk.frontdoor.platform.db.Sql;

/**
 * A person's page (issue 15): everything about one member of the public that this member of staff may see, in one
 * place. The person is an address and their records are what subject access finds for it ({@link People}); each kind
 * is then kept only where the viewer's teams may see it (enquiries and support requests by their work item's team,
 * registrations, journeys and training by the journey's team, bookings for those who read events' registers). Someone
 * none of whose records the viewer may see is not found. Each view is one audit row naming the records shown.
 */
@Singleton
public class PersonOverview {
    /** Emails shown: the newest. */
    static final int EMAILS = 50;

    /** An enquiry or a support request: its work item opens it. */
    public record CaseLine(long id, String reference, String name, LocalDateTime at, long itemId,
                           WorkItemStatus status) {
    }

    /** A journey with its registration (reference null while a draft) and the clock running now (null: none). */
    public record JourneyLine(long id, String registrationReference, String registrationStatus, JourneyState state,
                              LocalDateTime since, LocalDate due, JourneyClocks.ClockState clockState) {
    }

    public record BookingLine(String reference, String eventTitle, LocalDateTime startsAt, String status,
                              String attendance) {
    }

    public record TrainingLine(String course, String status, LocalDateTime enrolledAt, LocalDateTime completedAt) {
    }

    public record EmailLine(LocalDateTime at, String template, String status) {
    }

    /** One line of the timeline: a work item's or a journey's history line, with the record it belongs to. */
    public sealed interface Entry {
        LocalDateTime at();

        String record();
    }

    public record ItemEntry(String record, WorkItemEvent event) implements Entry {
        @Override
        public LocalDateTime at() {
            return event.at();
        }
    }

    public record JourneyEntry(String record, JourneyEventLine event) implements Entry {
        @Override
        public LocalDateTime at() {
            return event.at();
        }
    }

    public record EmailEntry(String record, EmailLine email) implements Entry {
        @Override
        public LocalDateTime at() {
            return email.at();
        }
    }

    /** What the viewer may see of one person, newest first in each list. */
    public record Person(String name, String email, List<CaseLine> enquiries, List<CaseLine> supportRequests,
                         List<JourneyLine> journeys, List<BookingLine> bookings, List<TrainingLine> training,
                         List<EmailLine> emails, List<Entry> timeline) {
    }

    private final Sql sql;
    private final People people;
    private final PersonKeys keys;
    private final Caseloads caseloads;
    private final WorkQueue queue;
    private final Journeys journeys;
    private final AuditLog audit;

    public PersonOverview(Sql sql, People people, PersonKeys keys, Caseloads caseloads, WorkQueue queue,
                          Journeys journeys, AuditLog audit) {
        this.sql = sql;
        this.people = people;
        this.keys = keys;
        this.caseloads = caseloads;
        this.queue = queue;
        this.journeys = journeys;
        this.audit = audit;
    }

    /** The person a key (from a search) names, as this member of staff may see them. */
    @Transactional
    public Result<Person> open(StaffMember me, String key) {
        Optional<EmailAddress> email = me.worksCases() ? keys.open(key) : Optional.empty();
        if (email.isEmpty()) {
            return Result.notFound();
        }
        PersonRecords records = people.records(email.get());
        List<CaseLine> enquiries = cases(me, "enquiry", "ENQUIRY", records.enquiries());
        List<CaseLine> support = cases(me, "support_request", "SUPPORT_REQUEST", records.supportRequests());
        List<JourneyLine> journeyLines = journeys(me, records.journeys());
        List<BookingLine> bookings = me.readsEventRegisters() ? bookings(records.bookings()) : List.of();
        List<TrainingLine> training = training(journeyLines, records.enrolments());
        if (enquiries.isEmpty() && support.isEmpty() && journeyLines.isEmpty() && bookings.isEmpty()) {
            return Result.notFound();
        }
        List<EmailLine> emails = sql.list("""
                SELECT created_at, template, status FROM outbox_email WHERE recipient = ?
                ORDER BY created_at DESC, id DESC LIMIT\s""" + EMAILS,
                rs -> new EmailLine(rs.getObject(1, LocalDateTime.class), rs.getString(2), rs.getString(3)),
                email.get().value());
        List<Entry> timeline = timeline(enquiries, support, journeyLines, emails);
        String name = names(enquiries, support, records);
        audit.staff(me.id(), "VIEW_PERSON", Subject.PERSON, null, described(enquiries, support, journeyLines,
                bookings, training, emails));
        return Result.done(new Person(name, email.get().value(), enquiries, support, journeyLines, bookings, training,
                emails, timeline));
    }

    private List<CaseLine> cases(StaffMember me, String table, String subject, List<PersonRecords.Numbered> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return sql.list("SELECT t.id, t.reference, t.full_name, t.submitted_at, w.id, w.status, w.team_id FROM " + table
                        + " t JOIN work_item w ON w.subject_type = ? AND w.subject_id = t.id WHERE t.id IN ("
                        + People.in(ids.stream().map(PersonRecords.Numbered::id).toList()) + ") ORDER BY t.id DESC",
                rs -> me.canSeeTeam(rs.getLong(7)) ? new CaseLine(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDateTime.class), rs.getLong(5), WorkItemStatus.valueOf(rs.getString(6)))
                        : null, subject).stream().filter(java.util.Objects::nonNull).toList();
    }

    private List<JourneyLine> journeys(StaffMember me, List<Long> ids) {
        List<JourneyLine> lines = new ArrayList<>();
        for (long id : ids) {
            caseloads.visibleTo(me, id).ifPresent(c -> lines.add(sql.one("""
                    SELECT r.reference, r.status, j.state_since FROM adopter_journey j
                    LEFT JOIN registration_of_interest r ON r.journey_id = j.id WHERE j.id = ?""",
                    rs -> new JourneyLine(id, rs.getString(1), rs.getString(2), c.state(),
                            rs.getObject(3, LocalDateTime.class), c.due(), c.clockState()), id).orElseThrow()));
        }
        lines.sort(Comparator.comparing(JourneyLine::id).reversed());
        return lines;
    }

    private List<BookingLine> bookings(List<PersonRecords.Numbered> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return sql.list("""
                SELECT b.reference, e.title, e.starts_at, b.status, b.attendance FROM event_booking b
                JOIN info_event e ON e.id = b.event_id WHERE b.id IN (""" + People.in(ids.stream()
                .map(PersonRecords.Numbered::id).toList()) + ") ORDER BY e.starts_at DESC",
                rs -> new BookingLine(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDateTime.class),
                        rs.getString(4), rs.getString(5)));
    }

    private List<TrainingLine> training(List<JourneyLine> visibleJourneys, List<Long> enrolments) {
        if (enrolments.isEmpty() || visibleJourneys.isEmpty()) {
            return List.of();
        }
        return sql.list("""
                SELECT c.title, t.status, t.enrolled_at, t.completed_at FROM training_enrolment t
                JOIN training_course c ON c.id = t.course_id WHERE t.id IN (""" + People.in(enrolments)
                + ") AND t.journey_id IN (" + People.in(visibleJourneys.stream().map(JourneyLine::id).toList())
                + ") ORDER BY t.enrolled_at DESC",
                rs -> new TrainingLine(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDateTime.class),
                        rs.getObject(4, LocalDateTime.class)));
    }

    private List<Entry> timeline(List<CaseLine> enquiries, List<CaseLine> support, List<JourneyLine> journeyLines,
                                 List<EmailLine> emails) {
        List<Entry> entries = new ArrayList<>();
        for (CaseLine c : concat(enquiries, support)) {
            queue.history(c.itemId()).forEach(e -> entries.add(new ItemEntry(c.reference(), e)));
        }
        for (JourneyLine j : journeyLines) {
            String record = j.registrationReference() != null ? j.registrationReference() : "#" + j.id();
            journeys.history(j.id()).forEach(e -> entries.add(new JourneyEntry(record, e)));
        }
        emails.forEach(e -> entries.add(new EmailEntry(e.template(), e)));
        entries.sort(Comparator.comparing(Entry::at).reversed());
        return entries;
    }

    private static List<CaseLine> concat(List<CaseLine> a, List<CaseLine> b) {
        List<CaseLine> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The name their newest visible record gives, else the address. */
    private static String names(List<CaseLine> enquiries, List<CaseLine> support, PersonRecords records) {
        return concat(enquiries, support).stream().max(Comparator.comparing(CaseLine::at)).map(CaseLine::name)
                .map(String::strip).orElse(records.email().value());
    }

    /** The audit row's words: the records shown, by reference or number, never the address or a name. */
    private static String described(List<CaseLine> enquiries, List<CaseLine> support, List<JourneyLine> journeyLines,
                                    List<BookingLine> bookings, List<TrainingLine> training, List<EmailLine> emails) {
        List<String> parts = new ArrayList<>();
        concat(enquiries, support).forEach(c -> parts.add(c.reference()));
        journeyLines.forEach(j -> parts.add("journey " + j.id()));
        bookings.forEach(b -> parts.add(b.reference()));
        if (!training.isEmpty()) {
            parts.add(training.size() + " enrolments");
        }
        if (!emails.isEmpty()) {
            parts.add(emails.size() + " emails");
        }
        return String.join(", ", parts);
    }
}
