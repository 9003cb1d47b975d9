package uk.frontdoor.core.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rewrites the addresses stored before canonical forms existed (migration V34), so that lookups by canonical
 * address find them. Records people made keep the part before the {@code @} as they typed it; an applicant account
 * (which used to be stored lower-cased) takes the address of the first enquiry or support request it was made from,
 * since that is the address its person gave us. A stored value with no canonical form (a non-ASCII letter before
 * the {@code @}) is left as it is: no lookup can match it and the outbox never sends to it. Only counts are logged.
 * Safe to run again: rows already canonical are not touched.
 */
public final class CanonicalAddresses {
    private static final Logger LOG = LoggerFactory.getLogger(CanonicalAddresses.class);
    /** Tables whose rows people made, with an address as typed. */
    static final String[] RECORDS = {"enquiry", "support_request", "event_booking", "event_waiting", "staff_account"};

    private CanonicalAddresses() {
    }

    /** The number of rows rewritten and of rows left without a canonical form, per table. */
    public record Result(Map<String, Integer> rewritten, Map<String, Integer> withoutCanonicalForm) { }

    public static Result rewrite(Connection connection) throws SQLException {
        Map<String, Integer> rewritten = new LinkedHashMap<>();
        Map<String, Integer> invalid = new LinkedHashMap<>();
        for (String table : RECORDS) {
            rewriteTable(connection, table, rewritten, invalid);
        }
        rewriteAccounts(connection, rewritten, invalid);
        for (String table : rewritten.keySet()) {
            LOG.info("Email addresses in {}: {} rewritten in canonical form, {} without one (never sent to)",
                    table, rewritten.get(table), invalid.get(table));
        }
        return new Result(rewritten, invalid);
    }

    private static void rewriteTable(Connection c, String table, Map<String, Integer> rewritten,
                                     Map<String, Integer> invalid) throws SQLException {
        int changed = 0;
        int without = 0;
        try (PreparedStatement select = c.prepareStatement("SELECT id, email FROM " + table);
             PreparedStatement update = c.prepareStatement("UPDATE " + table + " SET email = ? WHERE id = ?");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                String stored = rs.getString(2);
                Optional<EmailAddress> canonical = EmailAddress.canonical(stored);
                if (canonical.isEmpty()) {
                    without++;
                } else if (!canonical.get().value().equals(stored)) {
                    update.setString(1, canonical.get().value());
                    update.setLong(2, rs.getLong(1));
                    changed += updateUnlessTaken(update);
                }
            }
        }
        rewritten.put(table, changed);
        invalid.put(table, without);
    }

    private static void rewriteAccounts(Connection c, Map<String, Integer> rewritten, Map<String, Integer> invalid)
            throws SQLException {
        int changed = 0;
        int without = 0;
        try (PreparedStatement select = c.prepareStatement("SELECT id, email FROM applicant_account");
             PreparedStatement madeFrom = c.prepareStatement("""
                     SELECT email FROM (
                       SELECT email, submitted_at FROM enquiry WHERE LOWER(email) = LOWER(?)
                       UNION ALL
                       SELECT email, submitted_at FROM support_request WHERE LOWER(email) = LOWER(?)
                     ) r ORDER BY submitted_at LIMIT 1""");
             PreparedStatement update = c.prepareStatement("UPDATE applicant_account SET email = ? WHERE id = ?");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                String stored = rs.getString(2);
                Optional<EmailAddress> canonical = EmailAddress.canonical(stored);
                if (canonical.isEmpty()) {
                    without++;
                    continue;
                }
                madeFrom.setString(1, canonical.get().value());
                madeFrom.setString(2, canonical.get().value());
                String address = canonical.get().value();
                try (ResultSet first = madeFrom.executeQuery()) {
                    if (first.next() && EmailAddress.isCanonical(first.getString(1))) {
                        address = first.getString(1);
                    }
                }
                if (!address.equals(stored)) {
                    update.setString(1, address);
                    update.setLong(2, rs.getLong(1));
                    changed += updateUnlessTaken(update);
                }
            }
        }
        rewritten.put("applicant_account", changed);
        invalid.put("applicant_account", without);
    }

    /** An account whose canonical address another account already has keeps its own (and is logged). */
    private static int updateUnlessTaken(PreparedStatement update) throws SQLException {
        try {
            return update.executeUpdate();
        } catch (SQLIntegrityConstraintViolationException taken) {
            LOG.warn("An account's canonical email address belongs to another account already; left as it was");
            return 0;
        }
    }
}
