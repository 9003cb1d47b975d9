package uk.frontdoor.core.identity;

import jakarta.inject.Singleton;
import java.util.List;
import uk.frontdoor.platform.db.Sql;

/**
 * The records a member of the public made with their email address, found by it exactly (ADR 0029): enquiries,
 * support requests, event bookings and places on a waiting list. A person's name, phone number or address changes on
 * all of them at once, whether they change it themselves or a data protection officer corrects it. Records already
 * anonymised are left as they are.
 */
@Singleton
public class RecordsByAddress {
    private static final List<String> NAMED = List.of("enquiry", "support_request", "event_booking", "event_waiting");
    private static final List<String> WITH_PHONE = List.of("enquiry", "support_request");

    private final Sql sql;

    public RecordsByAddress(Sql sql) {
        this.sql = sql;
    }

    /** Puts this name on every record of the person; answers how many records it changed. */
    public int rename(EmailAddress person, String fullName) {
        return set(NAMED, "full_name", fullName, person.value());
    }

    /** Puts this phone number on every record of the person that has one. */
    public int renumber(EmailAddress person, String phone) {
        return set(WITH_PHONE, "phone", phone, person.value());
    }

    /** Moves every record of the person from their old address to their new one. */
    public int readdress(EmailAddress from, EmailAddress to) {
        return set(NAMED, "email", to.value(), from.value());
    }

    private int set(List<String> tables, String column, String value, String email) {
        int changed = 0;
        for (String table : tables) {
            changed += sql.update("UPDATE " + table + " SET " + column + " = ? WHERE email = ? AND anonymised_at IS NULL",
                    value, email);
        }
        return changed;
    }
}
