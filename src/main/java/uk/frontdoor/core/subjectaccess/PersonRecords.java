package uk.frontdoor.core.subjectaccess;

import java.util.ArrayList;
import java.util.List;
import uk.frontdoor.core.identity.EmailAddress;

/**
 * Which records are one person's: every record that carries their canonical address (compared byte for byte, ADR 29),
 * the records of their applicant account, and the registrations that name them as the second applicant (with those
 * registrations' journeys).
 */
public record PersonRecords(EmailAddress email, List<Long> accounts, List<Numbered> enquiries,
                            List<Numbered> supportRequests, List<Numbered> registrations, List<Long> journeys,
                            List<Numbered> bookings, List<Long> waitingList, List<Long> enrolments, long emails) {

    /** A record's id and its reference (null when it has none, such as a registration still a draft). */
    public record Numbered(long id, String reference) {
    }

    public boolean isEmpty() {
        return accounts.isEmpty() && enquiries.isEmpty() && supportRequests.isEmpty() && registrations.isEmpty()
                && journeys.isEmpty() && bookings.isEmpty() && waitingList.isEmpty() && enrolments.isEmpty()
                && emails == 0;
    }

    /**
     * The records named for an audit row: references and record numbers, never the address or a name, so the audit
     * log says whose records were read without holding the person's address in clear.
     */
    public String described() {
        List<String> parts = new ArrayList<>();
        accounts.forEach(id -> parts.add("applicant " + id));
        enquiries.forEach(n -> parts.add(n.reference()));
        supportRequests.forEach(n -> parts.add(n.reference()));
        registrations.forEach(n -> parts.add(n.reference() == null ? "registration " + n.id() : n.reference()));
        journeys.forEach(id -> parts.add("journey " + id));
        bookings.forEach(n -> parts.add(n.reference()));
        waitingList.forEach(id -> parts.add("waiting " + id));
        enrolments.forEach(id -> parts.add("enrolment " + id));
        if (emails > 0) {
            parts.add(emails + " emails");
        }
        return parts.isEmpty() ? "no records" : String.join(", ", parts);
    }
}
