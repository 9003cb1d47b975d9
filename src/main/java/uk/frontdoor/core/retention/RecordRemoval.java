package uk.frontdoor.core.retention;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import uk.frontdoor.core.reports.EnquiryProgress;
import uk.frontdoor.core.retention.DueRecords.Due;
import uk.frontdoor.platform.db.Sql;

/**
 * Carries out an action on a batch of due records, all of it in one short transaction: a record is anonymised or
 * deleted whole, with what hangs off it (its work items' history and contact log, receipts, links), or not at all.
 * Anonymising blanks what identifies a person and keeps what reports count: borough, dates, how they heard, interests,
 * outcomes, equality answers, attendance.
 */
@Singleton
class RecordRemoval {
    private final Sql sql;
    private final EnquiryProgress progress;

    RecordRemoval(Sql sql, EnquiryProgress progress) {
        this.sql = sql;
        this.progress = progress;
    }

    @Transactional
    public void apply(RetentionAction action, List<Due> due, LocalDateTime now) {
        List<Long> enquiries = DueRecords.ids(due, DueRecords.ENQUIRY);
        List<Long> requests = DueRecords.ids(due, DueRecords.SUPPORT_REQUEST);
        List<Long> journeys = DueRecords.ids(due, DueRecords.JOURNEY);
        List<Long> bookings = DueRecords.ids(due, DueRecords.BOOKING);
        List<Long> waiting = DueRecords.ids(due, DueRecords.WAITING);
        if (action == RetentionAction.ANONYMISE) {
            anonymiseJourneys(journeys, now);
            anonymiseEnquiries(enquiries, now);
            anonymiseSupportRequests(requests, now);
            anonymiseBookings(bookings, waiting, now);
        } else {
            if (!journeys.isEmpty()) {
                throw new IllegalArgumentException("Journeys are only ever anonymised");
            }
            deleteEnquiries(enquiries);
            deleteSupportRequests(requests);
            deleteBookings(bookings, waiting);
        }
    }

    private void anonymiseEnquiries(List<Long> ids, LocalDateTime now) {
        if (ids.isEmpty()) {
            return;
        }
        update("""
                UPDATE enquiry SET full_name = '', email = '', phone = '', contact_times = '', partner_name = NULL,
                children_notes = NULL, heard_about_other = NULL, anonymised_at = ? WHERE anonymised_at IS NULL AND id""",
                ids, now);
        forgetItems("ENQUIRY", ids);
        update("DELETE FROM enquiry_receipt WHERE enquiry_id", ids);
    }

    private void anonymiseSupportRequests(List<Long> ids, LocalDateTime now) {
        if (ids.isEmpty()) {
            return;
        }
        // the child's year of birth stays (ages are counted); the day and month, names and free text go
        update("""
                UPDATE support_request SET full_name = '', email = '', phone = NULL, safe_contact_notes = NULL,
                child_first_name = '', child_born_on = MAKEDATE(YEAR(child_born_on), 1), placed_on = NULL,
                adoption_order_on = NULL, requester_other = NULL, help_other = NULL, support_before = NULL,
                anonymised_at = ? WHERE anonymised_at IS NULL AND id""", ids, now);
        update("UPDATE support_request_information SET text = '' WHERE support_request_id", ids);
        forgetItems("SUPPORT_REQUEST", ids);
        update("DELETE FROM support_receipt WHERE support_request_id", ids);
    }

    private void anonymiseJourneys(List<Long> ids, LocalDateTime now) {
        if (ids.isEmpty()) {
            return;
        }
        update("UPDATE adopter_journey SET anonymised_at = ? WHERE anonymised_at IS NULL AND id", ids, now);
        update("UPDATE registration_of_interest SET answers = '', decision_note = NULL WHERE journey_id", ids);
        update("UPDATE journey_event SET detail = NULL, detail_code = NULL, detail_args = NULL WHERE journey_id", ids);
        update("UPDATE stage_one_check SET subject = NULL, staff_note = NULL WHERE journey_id", ids);
        update("UPDATE journey_extension SET reason = '' WHERE journey_id", ids);
        update("UPDATE stage_two SET plan = NULL, comments = NULL WHERE journey_id", ids);
        update("UPDATE home_visit SET note = NULL WHERE journey_id", ids);
        forgetItems("REGISTRATION", select("SELECT id FROM registration_of_interest WHERE journey_id", ids));
        // the enquiry the journey came from is part of the same case
        anonymiseEnquiries(select("SELECT enquiry_id FROM adopter_journey WHERE enquiry_id IS NOT NULL AND id", ids), now);
        // the account goes once every journey of it is anonymised: its address no longer finds anyone
        anonymiseAccounts(select("""
                SELECT a.id FROM applicant_account a WHERE NOT EXISTS
                (SELECT 1 FROM adopter_journey j WHERE j.applicant_id = a.id AND j.anonymised_at IS NULL)
                AND a.id IN (SELECT applicant_id FROM adopter_journey WHERE id""", ids, ")"));
    }

    /** Accounts whose address no longer finds or reaches anyone: signed out everywhere, their links gone. */
    @Transactional
    public void anonymiseAccounts(List<Long> accounts) {
        update("UPDATE applicant_account SET email = CONCAT('anonymised-', id, '@anonymised.invalid') WHERE id",
                accounts);
        update("DELETE FROM sign_in_token WHERE applicant_id", accounts);
        update("DELETE FROM email_change WHERE applicant_id", accounts);
        update("DELETE FROM web_session WHERE applicant_id", accounts);
    }

    private void anonymiseBookings(List<Long> bookings, List<Long> waiting, LocalDateTime now) {
        update("""
                UPDATE event_booking SET full_name = '', email = '', access_needs = NULL, anonymised_at = ?
                WHERE anonymised_at IS NULL AND id""", bookings, now);
        update("DELETE FROM event_booking_token WHERE booking_id", bookings);
        update("""
                UPDATE event_waiting SET full_name = '', email = '', access_needs = NULL, offer_token_hash = NULL,
                anonymised_at = ? WHERE anonymised_at IS NULL AND id""", waiting, now);
    }

    private void deleteEnquiries(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        deleteItems("ENQUIRY", ids);
        update("UPDATE event_booking SET enquiry_id = NULL WHERE enquiry_id", ids);
        update("UPDATE event_waiting SET enquiry_id = NULL WHERE enquiry_id", ids);
        update("UPDATE adopter_journey SET enquiry_id = NULL WHERE enquiry_id", ids);
        update("DELETE FROM enquiry_receipt WHERE enquiry_id", ids);
        update("DELETE FROM enquiry_equality WHERE enquiry_id", ids);
        update("DELETE FROM enquiry WHERE id", ids);
    }

    private void deleteSupportRequests(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        deleteItems("SUPPORT_REQUEST", ids);
        update("DELETE FROM support_request_information WHERE support_request_id", ids);
        update("DELETE FROM support_receipt WHERE support_request_id", ids);
        update("DELETE FROM support_request WHERE id", ids);
    }

    private void deleteBookings(List<Long> bookings, List<Long> waiting) {
        update("DELETE FROM event_booking_token WHERE booking_id", bookings);
        update("UPDATE event_waiting SET booking_id = NULL WHERE booking_id", bookings);
        List<Long> enquiries = progress.enquiriesOfBookings(bookings);
        update("DELETE FROM event_booking WHERE id", bookings);
        enquiries.forEach(progress::refresh);
        update("DELETE FROM event_waiting WHERE id", waiting);
    }

    /** Blanks what staff wrote about a record on its work items: contact notes and history details. */
    private void forgetItems(String subjectType, List<Long> subjectIds) {
        List<Long> items = items(subjectType, subjectIds);
        update("UPDATE contact_log SET summary = '' WHERE work_item_id", items);
        update("UPDATE work_item_event SET detail = NULL, detail_code = NULL, detail_args = NULL WHERE work_item_id",
                items);
    }

    private void deleteItems(String subjectType, List<Long> subjectIds) {
        List<Long> items = items(subjectType, subjectIds);
        update("DELETE FROM contact_log WHERE work_item_id", items);
        update("DELETE FROM work_item_event WHERE work_item_id", items);
        update("DELETE FROM work_item WHERE id", items);
    }

    private List<Long> items(String subjectType, List<Long> subjectIds) {
        if (subjectIds.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        params.add(subjectType);
        params.addAll(subjectIds);
        return sql.list("SELECT id FROM work_item WHERE subject_type = ? AND subject_id IN " + marks(subjectIds.size()),
                rs -> rs.getLong(1), params.toArray());
    }

    /** Runs {@code head IN (ids...)}, with any leading parameters; nothing when there are no ids. */
    private void update(String head, List<Long> ids, Object... leading) {
        if (ids.isEmpty()) {
            return;
        }
        List<Object> params = new ArrayList<>(List.of(leading));
        params.addAll(ids);
        sql.update(head + " IN " + marks(ids.size()), params.toArray());
    }

    private List<Long> select(String head, List<Long> ids) {
        return select(head, ids, "");
    }

    private List<Long> select(String head, List<Long> ids, String tail) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return sql.list(head + " IN " + marks(ids.size()) + tail, rs -> rs.getLong(1), ids.toArray());
    }

    private static String marks(int n) {
        return "(" + String.join(", ", Collections.nCopies(n, "?")) + ")";
    }
}
