package uk.frontdoor.platform.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Gives the portal's own account its rights after every migration, run by the owner (ADR 40): SELECT, INSERT, UPDATE
 * and DELETE on every table of the schema, except the append-only ones (the audit log and its chain: SELECT and
 * INSERT only) and Flyway's history (SELECT only); EXECUTE on the schema's routines. Read from
 * {@code information_schema.tables} each time, so a table a later migration adds gets its rights at the same start.
 * GRANT only adds, so running it again changes nothing; MariaDB has no "deny", so a right given to the account by
 * hand is not taken back here (the portal's start-up check, {@link AppAccountCheck}, refuses to serve with it).
 */
public final class AppGrants implements Callback {
    /** The tables the portal may add rows to but never change or remove them from. */
    public static final Set<String> APPEND_ONLY = Set.of("audit_event", "audit_seal", "audit_chain_start");

    private final String account;

    /** @param account the portal's account as MariaDB names it, e.g. {@code 'frontdoor_app'@'%'} ({@link #account}) */
    public AppGrants(String account) {
        this.account = account;
    }

    /** {@code 'user'@'host'}, quoted for a GRANT. */
    public static String account(String user, String host) {
        return quote(user) + "@" + quote(host);
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            grant(context.getConnection(), context.getConfiguration().getTable());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not give the portal's account " + account + " its rights; the"
                    + " owner account needs ALL PRIVILEGES on the schema WITH GRANT OPTION, and " + account
                    + " must exist (docs/deployment.md): " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "app-account-grants";
    }

    /** Grants on {@code owner}'s connection, in its current schema; answers the tables it granted on. */
    public List<String> grant(Connection owner, String historyTable) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = owner.createStatement()) {
            String schema;
            try (ResultSet rs = s.executeQuery("SELECT DATABASE()")) {
                rs.next();
                schema = rs.getString(1);
            }
            try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = DATABASE() ORDER BY table_name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                s.execute("GRANT " + rightsOn(table, historyTable) + " ON " + identifier(schema) + "."
                        + identifier(table) + " TO " + account);
            }
            s.execute("GRANT EXECUTE ON " + identifier(schema) + ".* TO " + account);
        }
        return tables;
    }

    static String rightsOn(String table, String historyTable) {
        if (table.equalsIgnoreCase(historyTable)) {
            return "SELECT";
        }
        return APPEND_ONLY.contains(table.toLowerCase()) ? "SELECT, INSERT" : "SELECT, INSERT, UPDATE, DELETE";
    }

    private static String identifier(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    private static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
