package uk.frontdoor.core.retention;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import uk.frontdoor.core.journey.JourneyState;

/**
 * Which records of a kind have come of age: one query per kind, selecting {@code part, id, hold} (the table the row
 * is in, its id, and the {@link LegalHold} keeping it, or NULL) for everything whose use ended before the cutoff (its
 * one parameter) and that is not yet anonymised. The preview counts these rows and the run takes those with no hold,
 * so the preview says exactly what the run will do.
 */
final class DueRecords {
    /** Parts: the table a due row is in. */
    static final String ENQUIRY = "ENQUIRY";
    static final String SUPPORT_REQUEST = "SUPPORT_REQUEST";
    static final String JOURNEY = "JOURNEY";
    static final String BOOKING = "BOOKING";
    static final String WAITING = "WAITING";

    /** The ended journey states, as an SQL list: a journey in none of them holds its person's records. */
    static final String ENDED = Arrays.stream(JourneyState.values()).filter(JourneyState::isTerminal)
            .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ", "(", ")"));

    private DueRecords() {
    }

    /** The query for a kind of record kept row by row; empty for kinds only ever deleted in bulk (no holds). */
    static String query(RecordKind kind) {
        return switch (kind) {
            case ENQUIRY_NO_FURTHER_ACTION -> enquiries("'NO_FURTHER_ACTION', 'DUPLICATE'");
            case ENQUIRY_SIGNPOSTED -> enquiries("'SIGNPOSTED'");
            case REGISTRATION_DECLINED -> journeys("'REGISTRATION_DECLINED'");
            case JOURNEY_ENDED -> journeys("'WITHDRAWN', 'NOT_SUITABLE', 'NOT_SUITABLE_AT_STAGE_ONE'");
            case SUPPORT_REQUEST_CLOSED -> "SELECT '" + SUPPORT_REQUEST + "' AS part, s.id, CASE"
                    + " WHEN EXISTS (SELECT 1 FROM asgsf_application f WHERE f.support_request_id = s.id)"
                    + " THEN '" + LegalHold.CHILDS_ADOPTION + "' ELSE " + personHold("ha.email = s.email") + " END AS hold"
                    + " FROM work_item w JOIN support_request s ON s.id = w.subject_id"
                    + " WHERE w.kind = 'SUPPORT_REQUEST' AND w.subject_type = 'SUPPORT_REQUEST' AND w.is_open = 0"
                    + " AND w.updated_at < ? AND s.anonymised_at IS NULL" + latestItem("SUPPORT_REQUEST", "s");
            case EVENT_BOOKING -> "SELECT '" + BOOKING + "' AS part, b.id, "
                    + personHold("ha.email = b.email OR hj.applicant_id = b.applicant_id") + " AS hold"
                    + " FROM info_event e JOIN event_booking b ON b.event_id = e.id"
                    + " WHERE e.ends_at < ? AND b.anonymised_at IS NULL"
                    + " UNION ALL SELECT '" + WAITING + "', x.id, "
                    + personHold("ha.email = x.email OR hj.applicant_id = x.applicant_id")
                    + " FROM info_event e2 JOIN event_waiting x ON x.event_id = e2.id"
                    + " WHERE e2.ends_at < ? AND x.anonymised_at IS NULL";
            case OUTBOX_EMAIL, TOKEN, DRAFT, AUDIT_ENTRY -> "";
        };
    }

    /** The query's parameters: the cutoff, as many times as the query takes it. */
    static Object[] cutoffs(RecordKind kind, java.time.LocalDateTime cutoff) {
        return repeated(kind == RecordKind.EVENT_BOOKING ? 2 : 1, cutoff);
    }

    /** {@code cutoff} {@code times} times: the parameters of a statement that names it more than once. */
    static Object[] repeated(int times, java.time.LocalDateTime cutoff) {
        Object[] params = new Object[times];
        Arrays.fill(params, cutoff);
        return params;
    }

    /** Enquiries whose latest enquiry work item was closed with one of these statuses before the cutoff. */
    private static String enquiries(String statuses) {
        return "SELECT '" + ENQUIRY + "' AS part, e.id, "
                + personHold("ha.email = e.email OR hj.enquiry_id = e.id") + " AS hold"
                + " FROM work_item w JOIN enquiry e ON e.id = w.subject_id"
                + " WHERE w.kind = 'ENQUIRY' AND w.subject_type = 'ENQUIRY' AND w.is_open = 0"
                + " AND w.status IN (" + statuses + ") AND w.updated_at < ? AND e.anonymised_at IS NULL"
                + latestItem("ENQUIRY", "e");
    }

    /** No later item about the same record (a re-routed enquiry's outcome is its newest item's). */
    private static String latestItem(String kind, String alias) {
        return " AND NOT EXISTS (SELECT 1 FROM work_item w2 WHERE w2.subject_type = '" + kind + "' AND w2.subject_id = "
                + alias + ".id AND w2.kind = '" + kind + "' AND w2.id > w.id)";
    }

    /** Journeys that reached one of these states before the cutoff. */
    private static String journeys(String states) {
        return "SELECT '" + JOURNEY + "' AS part, j.id, " + personHold("hj.applicant_id = j.applicant_id") + " AS hold"
                + " FROM adopter_journey j WHERE j.state IN (" + states + ") AND j.state_since < ?"
                + " AND j.anonymised_at IS NULL";
    }

    /**
     * Why a person's records are held, or NULL: they are an approved adopter, or have a journey not yet ended.
     * {@code match} ties a journey {@code hj} and its account {@code ha} to the record.
     */
    private static String personHold(String match) {
        String journeys = "SELECT 1 FROM adopter_journey hj JOIN applicant_account ha ON ha.id = hj.applicant_id WHERE ("
                + match + ")";
        return "CASE WHEN EXISTS (" + journeys + " AND hj.state = 'APPROVED') THEN '" + LegalHold.APPROVED_ADOPTER + "'"
                + " WHEN EXISTS (" + journeys + " AND hj.state NOT IN " + ENDED + ") THEN '" + LegalHold.OPEN_ASSESSMENT
                + "' END";
    }

    /** A due row: the table it is in and its id. */
    record Due(String part, long id) {
    }

    /** The ids of the due rows in one part. */
    static List<Long> ids(List<Due> due, String part) {
        return due.stream().filter(d -> d.part().equals(part)).map(Due::id).toList();
    }
}
