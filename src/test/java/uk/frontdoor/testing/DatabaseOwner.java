package uk.frontdoor.testing;

import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The schema's owner account (ADR 40), for what only the owner may do in a test: damage the audit log behind its
 * back (to see the chain catch it) and make tables. The portal's own connections ({@code Sql}) cannot do either.
 * Each call is a connection of its own in autocommit, so what it does is visible to the portal at once.
 */
@Singleton
public class DatabaseOwner {
    private final String url;
    private final String user;
    private final String password;

    public DatabaseOwner(@Property(name = "datasources.default.url") String url,
                         @Property(name = "frontdoor.db.owner.username") String user,
                         @Property(name = "frontdoor.db.owner.password") String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** A count, as the owner sees it (the portal's account does not see the triggers, for one). */
    public long count(String sql) {
        try (Connection c = connect(); var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Runs one statement as the owner and answers the rows it changed. */
    public int update(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
