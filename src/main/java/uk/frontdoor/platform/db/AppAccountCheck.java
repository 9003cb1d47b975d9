package uk.frontdoor.platform.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Asks the database, on the portal's own connection, whether it could alter the append-only tables (ADR 40): an
 * UPDATE and a DELETE matching no row must be refused for lack of the right (MariaDB checks rights before it looks
 * for rows, so nothing is touched either way), and the account's grants must hold no right to drop, alter or
 * re-trigger them. Whatever the rights came from (one account for everything, a grant by hand, a role), the answer
 * is the database's own.
 */
public final class AppAccountCheck {
    /** MariaDB's ER_TABLEACCESS_DENIED_ERROR: "UPDATE command denied to user ... for table ...". */
    static final int COMMAND_DENIED = 1142;
    private static final Pattern WIDE_RIGHT = Pattern.compile(
            "ALL PRIVILEGES|\\bDROP\\b|\\bALTER\\b(?! ROUTINE)|\\bTRIGGER\\b");

    private AppAccountCheck() {
    }

    /** What the account may do to the append-only tables that it must not; empty when it may only read and add. */
    public static List<String> whatItMayAlter(DataSource portal) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection c = portal.getConnection(); Statement s = c.createStatement()) {
            String schema = one(s, "SELECT DATABASE()");
            for (String table : AppGrants.APPEND_ONLY.stream().sorted().toList()) {
                String column = one(s, "SELECT column_name FROM information_schema.columns WHERE table_schema ="
                        + " DATABASE() AND table_name = '" + table + "' ORDER BY ordinal_position LIMIT 1");
                if (column == null) {
                    continue; // not created yet (an older schema): nothing to alter
                }
                if (allowed(s, "UPDATE " + table + " SET " + column + " = " + column + " WHERE FALSE")) {
                    found.add("UPDATE " + table);
                }
                if (allowed(s, "DELETE FROM " + table + " WHERE FALSE")) {
                    found.add("DELETE FROM " + table);
                }
            }
            Pattern scope = Pattern.compile(" ON (\\*\\.\\*|`" + Pattern.quote(schema) + "`\\.(\\*|`("
                    + String.join("|", AppGrants.APPEND_ONLY) + ")`)) TO ", Pattern.CASE_INSENSITIVE);
            try (ResultSet rs = s.executeQuery("SHOW GRANTS")) {
                while (rs.next()) {
                    String grant = rs.getString(1);
                    String rights = grant.split(" ON ", 2)[0];
                    if (scope.matcher(grant).find() && WIDE_RIGHT.matcher(rights).find()) {
                        found.add(grant.replaceAll("IDENTIFIED BY .*", ""));
                    }
                }
            }
        }
        return found;
    }

    private static boolean allowed(Statement s, String statement) throws SQLException {
        try {
            s.executeUpdate(statement);
            return true;
        } catch (SQLException e) {
            if (e.getErrorCode() == COMMAND_DENIED) {
                return false;
            }
            throw e;
        }
    }

    private static String one(Statement s, String query) throws SQLException {
        try (ResultSet rs = s.executeQuery(query)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
