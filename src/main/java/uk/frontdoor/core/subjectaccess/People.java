package uk.frontdoor.core.subjectaccess;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.frontdoor.core.identity.EmailAddress;
import uk.frontdoor.core.registration.RegistrationAnswers;
import uk.frontdoor.platform.db.Sql;

/**
 * Finds people in the records: by address (exactly, in canonical form: {@code Alice@} and {@code alice@} are two
 * people), by a reference of one of their records, or by name (several candidates). A person is an address; their
 * records are everything that carries it (ADR 39).
 */
@Singleton
public class People {
    /** The second applicant's address on a Registration of Interest (an input of its "your details" section). */
    static final String SECOND_APPLICANT_EMAIL = "applicant2-email";
    private static final String[] NAMES = {"applicant1-name", "applicant2-name"};
    private static final String[] EMAILS = {null, SECOND_APPLICANT_EMAIL};
    /** At most this many people answer a name search: a longer list helps no one choose. */
    static final int MOST_CANDIDATES = 50;

    private final Sql sql;

    People(Sql sql) {
        this.sql = sql;
    }

    /** Every record that is this person's. */
    public PersonRecords records(EmailAddress email) {
        String e = email.value();
        List<Long> accounts = ids("SELECT id FROM applicant_account WHERE email = ? ORDER BY id", e);
        List<Long> secondOn = registrationsNaming(email);
        List<PersonRecords.Numbered> registrations = numbered("SELECT id, reference FROM registration_of_interest"
                + " WHERE applicant_id IN (" + in(accounts) + ") OR id IN (" + in(secondOn) + ") ORDER BY id");
        List<Long> journeys = ids("SELECT id FROM adopter_journey WHERE applicant_id IN (" + in(accounts) + ")"
                + " OR id IN (SELECT journey_id FROM registration_of_interest WHERE id IN (" + in(secondOn) + "))"
                + " ORDER BY id");
        return new PersonRecords(email, accounts,
                numbered("SELECT id, reference FROM enquiry WHERE email = ? ORDER BY id", e),
                numbered("SELECT id, reference FROM support_request WHERE email = ? ORDER BY id", e),
                registrations, journeys,
                numbered("SELECT id, reference FROM event_booking WHERE email = ? OR applicant_id IN (" + in(accounts)
                        + ") ORDER BY id", e),
                ids("SELECT id FROM event_waiting WHERE email = ? OR applicant_id IN (" + in(accounts) + ") ORDER BY id",
                        e),
                ids("SELECT id FROM training_enrolment WHERE applicant_id IN (" + in(accounts) + ") ORDER BY id"),
                sql.count("SELECT COUNT(*) FROM outbox_email WHERE recipient = ?", e));
    }

    /** The address on the record a reference names; empty when no record has it (or its address has no canonical form). */
    Optional<EmailAddress> byReference(String reference) {
        return sql.one("""
                SELECT email FROM enquiry WHERE reference = ?
                UNION ALL SELECT email FROM support_request WHERE reference = ?
                UNION ALL SELECT email FROM event_booking WHERE reference = ?
                UNION ALL SELECT a.email FROM registration_of_interest r JOIN applicant_account a ON a.id = r.applicant_id
                          WHERE r.reference = ?""", rs -> rs.getString(1), reference, reference, reference, reference)
                .flatMap(EmailAddress::canonical);
    }

    /** The people whose records carry a name containing {@code part} (any case), each address once with its names. */
    Map<EmailAddress, Set<String>> byName(String part) {
        String pattern = "%" + part.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        Map<EmailAddress, Set<String>> found = new LinkedHashMap<>();
        for (String table : List.of("enquiry", "support_request", "event_booking", "event_waiting")) {
            sql.list("SELECT email, full_name FROM " + table + " WHERE full_name LIKE ? ESCAPE '!' ORDER BY id LIMIT 200",
                    rs -> {
                        add(found, rs.getString(1), rs.getString(2));
                        return null;
                    }, pattern);
        }
        String lower = part.toLowerCase(Locale.ROOT);
        forEachRegistration((answers, accountEmail) -> {
            for (int i = 0; i < NAMES.length; i++) {
                String name = answers.get(NAMES[i]);
                if (name.toLowerCase(Locale.ROOT).contains(lower)) {
                    add(found, EMAILS[i] == null ? accountEmail : answers.get(EMAILS[i]), name);
                }
            }
        });
        return found;
    }

    private static void add(Map<EmailAddress, Set<String>> found, String stored, String name) {
        Optional<EmailAddress> email = EmailAddress.canonical(stored);
        if (email.isPresent() && (found.containsKey(email.get()) || found.size() < MOST_CANDIDATES)) {
            found.computeIfAbsent(email.get(), k -> new LinkedHashSet<>()).add(name.strip());
        }
    }

    /**
     * The registrations that name {@code email} as the second applicant. Answers are kept as one encoded text per
     * registration, so each is read and its address compared in canonical form (never a LIKE over the text).
     */
    private List<Long> registrationsNaming(EmailAddress email) {
        List<Long> ids = new ArrayList<>();
        sql.list("SELECT id, answers FROM registration_of_interest ORDER BY id", rs -> {
            String second = RegistrationAnswers.decode(rs.getString(2)).get(SECOND_APPLICANT_EMAIL);
            if (EmailAddress.canonical(second).filter(email::equals).isPresent()) {
                ids.add(rs.getLong(1));
            }
            return null;
        });
        return ids;
    }

    private interface RegistrationVisitor {
        void visit(RegistrationAnswers answers, String accountEmail);
    }

    private void forEachRegistration(RegistrationVisitor visitor) {
        sql.list("""
                SELECT r.answers, a.email FROM registration_of_interest r JOIN applicant_account a ON a.id = r.applicant_id
                ORDER BY r.id""", rs -> {
            visitor.visit(RegistrationAnswers.decode(rs.getString(1)), rs.getString(2));
            return null;
        });
    }

    private List<Long> ids(String query, Object... params) {
        return sql.list(query, rs -> rs.getLong(1), params);
    }

    private List<PersonRecords.Numbered> numbered(String query, Object... params) {
        return sql.list(query, rs -> new PersonRecords.Numbered(rs.getLong(1), rs.getString(2)), params);
    }

    /** Ids for an {@code IN (...)}: numbers only, never text, so nothing typed reaches the SQL; none matches nothing. */
    public static String in(List<Long> ids) {
        return ids.isEmpty() ? "NULL" : String.join(",", ids.stream().map(String::valueOf).toList());
    }
}
