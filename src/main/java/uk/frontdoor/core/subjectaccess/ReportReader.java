package uk.frontdoor.core.subjectaccess;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.frontdoor.core.action.Wording;
import uk.frontdoor.core.registration.Group;
import uk.frontdoor.core.registration.RegistrationAnswers;
import uk.frontdoor.core.registration.RegistrationSection;
import uk.frontdoor.core.subjectaccess.Report.Entry;
import uk.frontdoor.core.subjectaccess.Report.Item;
import uk.frontdoor.core.subjectaccess.Report.Part;
import uk.frontdoor.core.subjectaccess.Report.Section;
import uk.frontdoor.core.subjectaccess.Report.Table;
import uk.frontdoor.platform.db.Sql;

/**
 * Reads everything held in a person's records into a {@link Report}. Which tables are read, and which columns are
 * left out (token hashes, the outbox's parameters), is written in ADR 39. Each query names its columns, so a column
 * added later is not shown until someone decides it should be.
 */
@Singleton
class ReportReader {
    static final String LABEL = "staff.subjectAccess.field.";
    private final Sql sql;

    ReportReader(Sql sql) {
        this.sql = sql;
    }

    List<Section> read(PersonRecords p) {
        return List.of(
                new Section("accounts", p.accounts().stream().map(this::account).toList()),
                new Section("enquiries", p.enquiries().stream().map(n -> enquiry(n.id())).toList()),
                new Section("registrations", p.registrations().stream().map(n -> registration(n.id())).toList()),
                new Section("journeys", p.journeys().stream().map(this::journey).toList()),
                new Section("bookings", p.bookings().stream().map(n -> booking(n.id())).toList()),
                new Section("waitingList", p.waitingList().stream().map(this::waiting).toList()),
                new Section("training", p.enrolments().stream().map(this::enrolment).toList()),
                new Section("supportRequests", p.supportRequests().stream().map(n -> supportRequest(n.id())).toList()),
                new Section("emails", p.emails() == 0 ? List.of() : List.of(emails(p))),
                new Section("auditEntries", List.of(audit(p))));
    }

    private Item account(long id) {
        return item("accounts", "applicant-" + id, String.valueOf(id),
                one("SELECT id, email, created_at FROM applicant_account WHERE id = ?", id),
                List.of(), table("signInLinks", "SELECT created_at, expires_at, used_at FROM sign_in_token"
                        + " WHERE applicant_id = ? ORDER BY created_at", id));
    }

    private Item enquiry(long id) {
        Map<String, Object> e = one("""
                SELECT e.reference, e.submitted_at, b.name AS borough, e.full_name, e.email, e.phone, e.contact_method,
                       e.contact_times, e.applying_with, e.partner_name, e.interests, e.children_considered,
                       e.children_notes, e.heard_about, e.heard_about_other, e.privacy_version, e.consent_at
                FROM enquiry e JOIN borough b ON b.id = e.borough_id WHERE e.id = ?""", id);
        List<Part> parts = rows("SELECT ethnicity, religion, sexual_orientation, disability FROM enquiry_equality"
                + " WHERE enquiry_id = ?", id).stream().map(q -> new Part("equality",
                Wording.of("staff.subjectAccess.part.equality"), entries(q))).toList();
        return item("enquiries", (String) e.get("reference"), (String) e.get("reference"), e, parts,
                work("ENQUIRY", id));
    }

    private Item supportRequest(long id) {
        Map<String, Object> s = one("""
                SELECT s.reference, s.submitted_at, s.requester, s.requester_other, s.full_name, s.email, s.phone,
                       s.safe_to_leave_message, s.safe_to_send_post, s.safe_contact_notes, s.child_first_name,
                       s.child_born_on, s.placed_on, s.adoption_order_on, pb.name AS placing_council,
                       s.placing_council_other, lb.name AS lives_in_council, s.lives_in_council_other, s.help,
                       s.help_other, s.urgency, s.support_before, s.responsible_rule, s.outside_region, t.name AS team,
                       s.privacy_version, s.consent_at
                FROM support_request s JOIN team t ON t.id = s.team_id
                LEFT JOIN borough pb ON pb.id = s.placing_borough_id LEFT JOIN borough lb ON lb.id = s.lives_in_borough_id
                WHERE s.id = ?""", id);
        List<Table> tables = new ArrayList<>();
        tables.addAll(table("addedInformation", "SELECT added_at, text, seen_at FROM support_request_information"
                + " WHERE support_request_id = ? ORDER BY added_at, id", id));
        tables.addAll(table("fundApplications", """
                SELECT applied_on, therapy_type, provider, amount_pence, decision, decided_on, starts_on, ends_on
                FROM asgsf_application WHERE support_request_id = ? ORDER BY applied_on, id""", id));
        tables.addAll(work("SUPPORT_REQUEST", id));
        return item("supportRequests", (String) s.get("reference"), (String) s.get("reference"), s, List.of(), tables);
    }

    /** A work item's state, contact log and history: what staff did about the person's enquiry or request. */
    private List<Table> work(String subjectType, long subjectId) {
        String item = "SELECT id FROM work_item WHERE subject_type = ? AND subject_id = ?";
        List<Table> tables = new ArrayList<>();
        tables.addAll(table("workItems", "SELECT w.status, t.name AS team, w.created_at, w.first_response_at, w.due_date"
                + " FROM work_item w JOIN team t ON t.id = w.team_id WHERE w.subject_type = ? AND w.subject_id = ?"
                + " ORDER BY w.id", subjectType, subjectId));
        tables.addAll(table("contactLog", "SELECT at, channel, summary FROM contact_log WHERE work_item_id IN (" + item
                + ") ORDER BY at, id", subjectType, subjectId));
        tables.addAll(table("workHistory", "SELECT at, event_type, from_status, to_status, detail FROM work_item_event"
                + " WHERE work_item_id IN (" + item + ") ORDER BY at, id", subjectType, subjectId));
        return tables;
    }

    private Item registration(long id) {
        Map<String, Object> r = one("""
                SELECT reference, status, started_at, updated_at, submitted_at, decided_at, decision, decision_note, answers
                FROM registration_of_interest WHERE id = ?""", id);
        RegistrationAnswers answers = RegistrationAnswers.decode((String) r.remove("answers"));
        List<Part> parts = new ArrayList<>();
        for (RegistrationSection section : RegistrationSection.values()) {
            for (Group g : section.groups()) {
                if (g.isBlank(answers.values())) {
                    continue;
                }
                List<Entry> given = g.fields().stream().filter(f -> !answers.get(g.input(f.name())).isEmpty())
                        .map(f -> new Entry(g.input(f.name()), f.labelKey(g), answers.get(g.input(f.name())))).toList();
                parts.add(new Part(g.prefix(), Wording.of(g.legendKey(), String.valueOf(g.number())), given));
            }
        }
        String reference = r.get("reference") == null ? "registration-" + id : (String) r.get("reference");
        return item("registrations", reference, reference, r, parts, List.of());
    }

    private Item journey(long id) {
        Map<String, Object> j = one("""
                SELECT j.id, j.state, j.paused_from, j.state_since, j.created_at, t.name AS team
                FROM adopter_journey j JOIN team t ON t.id = j.team_id WHERE j.id = ?""", id);
        List<Part> parts = rows("""
                SELECT s.notified_on, a.display_name AS assessor, s.plan, s.target_panel_date, s.par_shared_on,
                       s.comments_due, s.comments, s.comments_received_at, s.panel_date, s.panel_recommendation,
                       s.adm_decision, s.adm_decided_on
                FROM stage_two s LEFT JOIN staff_account a ON a.id = s.assessor_id WHERE s.journey_id = ?""", id)
                .stream().map(s -> new Part("stageTwo", Wording.of("staff.subjectAccess.part.stageTwo"), entries(s)))
                .toList();
        List<Table> tables = new ArrayList<>();
        tables.addAll(table("journeyHistory", "SELECT at, event, from_state, to_state, detail FROM journey_event"
                + " WHERE journey_id = ? ORDER BY at, id", id));
        tables.addAll(table("stageOneChecks", "SELECT kind, subject, status, staff_note, updated_at FROM stage_one_check"
                + " WHERE journey_id = ? ORDER BY position, id", id));
        tables.addAll(table("extensions", "SELECT stage, previous_due, new_due, reason_kind, reason, at FROM journey_extension"
                + " WHERE journey_id = ? ORDER BY at, id", id));
        tables.addAll(table("homeVisits", "SELECT DATE_FORMAT(visit_at, '%Y-%m-%d %H:%i') AS visit_uk_time, note FROM home_visit WHERE journey_id = ? ORDER BY visit_at",
                id));
        tables.addAll(table("reminders", "SELECT reminder, deadline, sent_at FROM journey_reminder WHERE journey_id = ?"
                + " ORDER BY sent_at", id));
        return item("journeys", "journey-" + id, String.valueOf(id), j, parts, tables);
    }

    private Item booking(long id) {
        Map<String, Object> b = one("""
                SELECT b.reference, e.title AS event, e.starts_at AS event_starts_at, b.full_name, b.email, b.attending,
                       b.access_needs, b.status, b.booked_at, b.cancelled_at, b.reminded_at, b.attendance
                FROM event_booking b JOIN info_event e ON e.id = b.event_id WHERE b.id = ?""", id);
        return item("bookings", (String) b.get("reference"), (String) b.get("reference"), b, List.of(), List.of());
    }

    private Item waiting(long id) {
        Map<String, Object> w = one("""
                SELECT e.title AS event, e.starts_at AS event_starts_at, w.full_name, w.email, w.attending,
                       w.access_needs, w.status, w.joined_at, w.offered_at, w.offer_expires_at
                FROM event_waiting w JOIN info_event e ON e.id = w.event_id WHERE w.id = ?""", id);
        return item("waitingList", "waiting-" + id, (String) w.get("event"), w, List.of(), List.of());
    }

    private Item enrolment(long id) {
        Map<String, Object> t = one("""
                SELECT c.title AS course, c.stage, n.status, n.enrolled_at, n.ended_at, n.completed_at
                FROM training_enrolment n JOIN training_course c ON c.id = n.course_id WHERE n.id = ?""", id);
        List<Table> tables = new ArrayList<>();
        tables.addAll(table("attendance", """
                SELECT s.starts_at AS session_starts_at, a.attendance, a.marked_at FROM training_attendance a
                JOIN training_session s ON s.id = a.session_id WHERE a.enrolment_id = ? ORDER BY s.starts_at""", id));
        tables.addAll(table("sessionReminders", """
                SELECT s.starts_at AS session_starts_at, r.sent_at FROM training_session_reminder r
                JOIN training_session s ON s.id = r.session_id WHERE r.enrolment_id = ? ORDER BY s.starts_at""", id));
        return item("training", "enrolment-" + id, (String) t.get("course"), t, List.of(), tables);
    }

    /** The emails queued to the person's address: which template and when, never what they carried (links, tokens). */
    private Item emails(PersonRecords p) {
        return new Item("emails", Wording.of("staff.subjectAccess.item.emails"), List.of(), List.of(),
                table("emails", "SELECT template, created_at, status, sent_at FROM outbox_email WHERE recipient = ?"
                        + " ORDER BY created_at, id", p.email().value()));
    }

    /**
     * The audit entries about the person's records (their enquiries, support requests, registrations and journeys)
     * and those of what they did when signed in. Entries about an event or a course as a whole (a register viewed)
     * name no one and are not included.
     */
    private Item audit(PersonRecords p) {
        String where = "(a.subject_type = 'ENQUIRY' AND a.subject_id IN (" + People.in(ids(p.enquiries())) + "))"
                + " OR (a.subject_type = 'SUPPORT_REQUEST' AND a.subject_id IN (" + People.in(ids(p.supportRequests())) + "))"
                + " OR (a.subject_type = 'REGISTRATION' AND a.subject_id IN (" + People.in(ids(p.registrations())) + "))"
                + " OR (a.subject_type = 'JOURNEY' AND a.subject_id IN (" + People.in(p.journeys()) + "))"
                + " OR (a.actor_type = 'APPLICANT' AND a.actor_id IN (" + People.in(p.accounts()) + "))";
        return new Item("auditEntries", Wording.of("staff.subjectAccess.item.auditEntries"), List.of(), List.of(),
                table("auditEntries", """
                        SELECT a.at, a.actor_type, s.display_name AS staff, a.action, a.subject_type, a.subject_id, a.detail
                        FROM audit_event a LEFT JOIN staff_account s ON a.actor_type = 'STAFF' AND s.id = a.actor_id
                        WHERE""" + " " + where + " ORDER BY a.at, a.id"));
    }

    private static List<Long> ids(List<PersonRecords.Numbered> numbered) {
        return numbered.stream().map(PersonRecords.Numbered::id).toList();
    }

    private static Item item(String section, String id, String titleArg, Map<String, Object> values, List<Part> parts,
                             List<Table> tables) {
        return new Item(id, Wording.of("staff.subjectAccess.item." + section, titleArg), entries(values), parts, tables);
    }

    private static List<Entry> entries(Map<String, Object> values) {
        return values.entrySet().stream().map(e -> new Entry(e.getKey(), LABEL + e.getKey(), e.getValue())).toList();
    }

    /** A table with its rows; none when it has no rows, so the report shows only what is held. */
    private List<Table> table(String name, String query, Object... params) {
        List<Map<String, Object>> rows = rows(query, params);
        return rows.isEmpty() ? List.of() : List.of(new Table(name, rows));
    }

    private Map<String, Object> one(String query, Object... params) {
        return rows(query, params).get(0);
    }

    /** Each row as its columns' values by name in camel case, times as UTC {@code LocalDateTime}s and days as dates. */
    private List<Map<String, Object>> rows(String query, Object... params) {
        return sql.list(query, ReportReader::row, params);
    }

    private static Map<String, Object> row(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            Object value = switch (meta.getColumnType(i)) {
                case Types.TIMESTAMP -> rs.getObject(i, LocalDateTime.class);
                case Types.DATE -> rs.getObject(i, LocalDate.class);
                default -> rs.getObject(i);
            };
            row.put(camel(meta.getColumnLabel(i)), value);
        }
        return row;
    }

    static String camel(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
